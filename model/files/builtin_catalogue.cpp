#include "files/builtin_catalogue.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "assets/embedded_assets.h"
#include "core/errors.h"
#include "files/exercise_json.h"
#include "files/json_object.h"
#include "files/program_file.h"

namespace hep {

using nlohmann::json;

namespace {

bool startsWith(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

json parseAsset(const EmbeddedAsset& asset) {
    return parseJson(asset.data, "assets/" + std::string(asset.path));
}

std::string fingerprintOf(const std::vector<EmbeddedAsset>& assets) {
    std::uint64_t hash = 1469598103934665603ULL;  // FNV-1a
    auto mix = [&](std::string_view bytes) {
        for (unsigned char c : bytes) {
            hash = (hash ^ c) * 1099511628211ULL;
        }
        hash = (hash ^ 0xff) * 1099511628211ULL;
    };
    for (const auto& asset : assets) {
        mix(asset.path);
        mix(asset.data);
    }
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

SafetyText readSafety(JsonObject& parent, const std::string& place) {
    const json* safety = parent.value("safety");
    if (safety == nullptr) {
        parent.fail("safety", "is missing");
    }
    JsonObject s(*safety, place + ": safety");
    SafetyText t;
    t.pain_rule = s.text("pain_rule", true);
    t.call_clinic = s.texts("call_clinic");
    t.same_day = s.texts("same_day");
    t.emergency = s.texts("emergency");
    t.emergency_note = s.text("emergency_note");
    if (t.call_clinic.empty() || t.emergency.empty()) {
        s.fail(t.call_clinic.empty() ? "call_clinic" : "emergency", "must list at least one sign");
    }
    return t;
}

Condition readCondition(const json& value, const std::string& place) {
    JsonObject obj(value, place);
    Condition c;
    c.id = obj.text("id", true);
    c.name = obj.text("name", true);
    c.patient_title = obj.text("patient_title", true);
    c.education = obj.texts("education");
    c.sources = obj.texts("sources");
    c.handout_sources = obj.texts("handout_sources");
    if (c.handout_sources.size() > 5) {
        obj.fail("handout_sources", "has " + std::to_string(c.handout_sources.size()) +
                                        " lines; a handout lists at most 5");
    }
    c.safety = readSafety(obj, place);
    return c;
}

HandoutText readHandoutText(const json& value, const std::string& place) {
    JsonObject obj(value, place);
    HandoutText h;
    h.safety = readSafety(obj, place);
    h.moving_safely = obj.texts("moving_safely");
    if (const json* over_time = obj.value("over_time"); over_time != nullptr) {
        JsonObject o(*over_time, place + ": over_time");
        h.over_time.bad_day = o.text("bad_day", true);
        h.over_time.when_easy = o.text("when_easy", true);
    }
    h.disclaimer_short = obj.text("disclaimer_short", true);
    h.disclaimer_full = obj.texts("disclaimer_full");
    return h;
}

const EmbeddedAsset& assetAt(std::string_view path) {
    const EmbeddedAsset* asset = findEmbeddedAsset(path);
    if (asset == nullptr) {
        throw InputError("assets/" + std::string(path) + " is missing from the build");
    }
    return *asset;
}

BuiltinCatalogue load() {
    BuiltinCatalogue c;
    c.revision = builtinRevision();
    c.fingerprint = builtinFingerprint();
    c.conditions = builtinConditions();
    c.handout = builtinHandoutText();
    std::vector<const EmbeddedAsset*> template_assets;
    for (const auto& asset : embeddedAssets()) {
        std::string place = "assets/" + std::string(asset.path);
        if (startsWith(asset.path, "exercises/")) {
            Exercise e = exerciseFromJson(parseAsset(asset), place);
            e.builtin = true;
            c.exercises.push_back(std::move(e));
        } else if (startsWith(asset.path, "templates/")) {
            template_assets.push_back(&asset);
        }
    }
    std::sort(c.exercises.begin(), c.exercises.end(),
              [](const Exercise& a, const Exercise& b) { return a.id < b.id; });
    // Templates refer to exercises, so they are read once every exercise is known.
    auto lookup = lookupIn(c.exercises);
    for (const auto* asset : template_assets) {
        HepFile file = parseHepFile(asset->data, "assets/" + std::string(asset->path), lookup);
        if (file.kind != FileKind::Template) {
            throw InputError("assets/" + std::string(asset->path) + ": is not a template");
        }
        file.template_.builtin = true;
        c.templates.push_back(std::move(file.template_));
    }
    std::sort(c.templates.begin(), c.templates.end(),
              [](const auto& a, const auto& b) { return a.id < b.id; });
    return c;
}

}  // namespace

int builtinRevision() {
    static const int revision = [] {
        const EmbeddedAsset& asset = assetAt("catalogue.json");
        const json value = parseAsset(asset);
        return JsonObject(value, "assets/" + std::string(asset.path))
            .integer("revision")
            .value_or(0);
    }();
    return revision;
}

const std::string& builtinFingerprint() {
    static const std::string fingerprint = fingerprintOf(embeddedAssets());
    return fingerprint;
}

const std::vector<Condition>& builtinConditions() {
    static const std::vector<Condition> conditions = [] {
        std::vector<Condition> out;
        for (const auto& asset : embeddedAssets()) {
            if (startsWith(asset.path, "conditions/")) {
                out.push_back(
                    readCondition(parseAsset(asset), "assets/" + std::string(asset.path)));
            }
        }
        return out;
    }();
    return conditions;
}

const HandoutText& builtinHandoutText() {
    static const HandoutText text = [] {
        const EmbeddedAsset& asset = assetAt("handout/text.json");
        return readHandoutText(parseAsset(asset), "assets/" + std::string(asset.path));
    }();
    return text;
}

const BuiltinCatalogue& builtinCatalogue() {
    static const BuiltinCatalogue catalogue = load();
    return catalogue;
}

const std::vector<Exercise>& builtinExercises() {
    return builtinCatalogue().exercises;
}

std::optional<Exercise> builtinExercise(const std::string& id) {
    const EmbeddedAsset* asset = findEmbeddedAsset("exercises/" + id + ".json");
    if (asset == nullptr) {
        return std::nullopt;
    }
    Exercise e = exerciseFromJson(parseAsset(*asset), "assets/" + std::string(asset->path));
    if (e.id != id) {  // an asset named for another id: the catalogue's tests say so
        return std::nullopt;
    }
    e.builtin = true;
    return e;
}

}  // namespace hep
