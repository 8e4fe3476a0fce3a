#include "files/exercise_json.h"

#include <nlohmann/json.hpp>

#include "base64.h"
#include "core/errors.h"
#include "files/json_object.h"
#include "images/photo.h"

namespace hep {

using nlohmann::json;

Dose readDoseFields(JsonObject& obj, const Dose& base) {
    Dose dose = base;
    for (const auto& field : doseFields()) {
        std::string key(field.name);
        if (!obj.has(key)) {
            continue;
        }
        auto value = obj.integer(key);
        if (value && (*value < field.min || *value > field.max)) {
            obj.fail(key, std::to_string(*value) + " is out of bounds (" +
                              std::to_string(field.min) + " to " + std::to_string(field.max) + ")");
        }
        dose.*field.member = value;
    }
    if (obj.has("side")) {
        std::string name = obj.text("side");
        if (obj.isNull("side") || name.empty()) {
            dose.side = Side::None;
        } else if (auto side = sideFromName(name)) {
            dose.side = *side;
        } else {
            obj.fail("side", "\"" + name + "\" is not a side (each, both, left or right)");
        }
    }
    return dose;
}

void writeDoseFields(json& out, const Dose& dose, const Dose& base) {
    for (const auto& field : doseFields()) {
        std::string key(field.name);
        if (const auto& v = dose.*field.member) {
            out[key] = *v;
        } else if ((base.*field.member).has_value()) {
            out[key] = nullptr;
        }
    }
    if (dose.side != Side::None) {
        out["side"] = sideName(dose.side);
    } else if (base.side != Side::None) {
        out["side"] = nullptr;
    }
}

json exerciseToJson(const Exercise& e) {
    json dose = json::object();
    writeDoseFields(dose, e.default_dose);
    json out = json{
        {"id", e.id},
        {"name", e.name},
        {"category", e.category},
        {"position", e.position},
        {"equipment", e.equipment},
        {"optional_equipment", e.optional_equipment},
        {"conditions", e.conditions},
        {"purpose", e.purpose},
        {"steps", e.steps},
        {"feel", e.feel},
        {"stop_if", e.stop_if},
        {"cautions", e.cautions},
        {"therapist_alert", e.therapist_alert},
        {"dose", dose},
        {"builtin", e.builtin},
    };
    if (e.use == ExerciseUse::OneTime) {
        out["one_time"] = true;
    } else if (e.use == ExerciseUse::AsNeeded) {
        out["as_needed"] = true;
    }
    if (!e.photos.empty()) {
        json photos = json::array();
        for (const auto& png : e.photos) {
            photos.push_back(base64Encode(png.bytes()));
        }
        out["photos"] = photos;
    }
    return out;
}

Exercise exerciseFromJson(const json& value, const std::string& place) {
    JsonObject obj(value, place);
    Exercise e;
    e.id = obj.text("id", true);
    JsonObject named(value, place + " (" + e.id + ")");
    e.name = named.text("name", true);
    e.category = named.text("category", true);
    e.position = named.text("position", true);
    e.equipment = named.texts("equipment");
    if (e.equipment.empty()) {
        e.equipment = {"none"};
    }
    e.optional_equipment = named.texts("optional_equipment");
    e.conditions = named.texts("conditions");
    e.purpose = named.text("purpose", true);
    e.steps = named.texts("steps");
    e.feel = named.text("feel", true);
    e.stop_if = named.text("stop_if", true);
    e.cautions = named.texts("cautions");
    e.therapist_alert = named.text("therapist_alert");
    const bool one_time = named.boolean("one_time", false);
    const bool as_needed = named.boolean("as_needed", false);
    if (one_time && as_needed) {
        named.fail("as_needed",
                   "cannot be true with one_time: an exercise is a one-time test or "
                   "used as needed, not both");
    }
    e.use = one_time ? ExerciseUse::OneTime
                     : (as_needed ? ExerciseUse::AsNeeded : ExerciseUse::Regular);
    named.value("id");
    named.value("builtin");  // informative only: files never make an exercise built in
    if (const auto* dose = named.value("dose"); dose != nullptr && !dose->is_null()) {
        JsonObject dose_obj(*dose, named.place() + ": dose");
        e.default_dose = readDoseFields(dose_obj, {});
    }
    auto photos = named.texts("photos");
    if (photos.size() > kMaxPhotos) {
        named.fail("photos",
                   "has " + std::to_string(photos.size()) + " photos; at most 2 (start and end)");
    }
    for (std::size_t i = 0; i < photos.size(); ++i) {
        auto bytes = base64Decode(photos[i]);
        if (!bytes) {
            named.fail("photos",
                       "item " + std::to_string(i + 1) + " is not a picture in base64 form");
        }
        e.photos.push_back(
            photoFromFile(*bytes, named.place() + ": photos[" + std::to_string(i) + "]"));
    }
    if (auto problems = checkExercise(e); !problems.empty()) {
        named.fail(problems.front().field, problems.front().message);
    }
    return e;
}

}  // namespace hep
