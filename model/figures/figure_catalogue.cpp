#include "figures/figure_catalogue.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <string_view>

#include "assets/embedded_assets.h"
#include "core/errors.h"
#include "figures/figure_json.h"
#include "files/json_object.h"

namespace hep {

using nlohmann::json;
using namespace figure_json;

FigurePair figureFromJson(const json& value, const std::string& place) {
    JsonObject obj(value, place);
    FigurePair pair;
    pair.exercise_id = obj.text("exercise", true);
    obj.text("note");  // for the people who edit the file
    const std::string view = obj.text("view");
    if (view == "front") {
        pair.view = FigureView::Front;
    } else if (view.empty() || view == "side") {
        pair.view = FigureView::Side;
    } else {
        obj.fail("view", "must be side or front, not \"" + view + "\"");
    }
    const std::string frame = obj.text("frame");
    if (frame == "upper") {
        pair.close_up = true;
    } else if (!frame.empty() && frame != "whole") {
        obj.fail("frame", "must be whole or upper, not \"" + frame + "\"");
    }
    if (const json* inset = obj.value("inset"); inset != nullptr && !inset->is_null()) {
        pair.inset = readInset(*inset, place + ": inset");
    }
    pair.tilt = number(obj, "tilt", 0);
    if (pair.tilt < 0 || pair.tilt > 80) {
        obj.fail("tilt", "must be between 0 and 80 degrees");
    }
    auto captions = obj.texts("captions");
    if (!captions.empty()) {
        if (captions.size() != 2 || captions[0].empty() || captions[1].empty()) {
            obj.fail("captions", "must hold 2 captions, like [\"Start\", \"Finish\"]");
        }
        pair.captions = {captions[0], captions[1]};
    }
    pair.props = readProps(obj, "props");
    const char* const names[] = {"start", "end"};
    for (std::size_t i = 0; i < 2; ++i) {
        const json* pose = obj.value(names[i]);
        if (pose == nullptr || pose->is_null()) {
            obj.fail(names[i], "is missing");
        }
        pair.poses[i] = readPose(*pose, place + ": " + names[i]);
    }
    rejectUnknown(obj);

    for (std::size_t i = 0; i < 2; ++i) {
        const auto surfaces = surfacesOf(propsOf(pair, static_cast<int>(i)));
        for (const auto& contact : pair.poses[i].contacts) {
            bool known = std::any_of(surfaces.begin(), surfaces.end(), [&](const PropSurface& s) {
                return s.name == contact.surface;
            });
            if (!known) {
                std::string list;
                for (const auto& s : surfaces) {
                    list += (list.empty() ? "" : ", ") + s.name;
                }
                throw InputError(place + ": " + names[i] + ": field \"contacts\" puts " +
                                 bodyPointName(contact.point) + " on \"" + contact.surface +
                                 "\", which this pose does not have (it has: " + list + ")");
            }
        }
    }
    return pair;
}

namespace {

constexpr std::string_view kFigureFolder = "figures/";

// One figure asset read, and checked to be named for its exercise.
FigurePair figureOfAsset(const EmbeddedAsset& asset) {
    const std::string place = "assets/" + std::string(asset.path);
    FigurePair pair = figureFromJson(parseJson(asset.data, place), place);
    std::string_view stem = asset.path.substr(kFigureFolder.size());
    stem = stem.substr(0, stem.rfind(".json"));
    if (pair.exercise_id != stem) {
        throw InputError(place + ": field \"exercise\" is \"" + pair.exercise_id +
                         "\" but the file is named for \"" + std::string(stem) + "\"");
    }
    return pair;
}

}  // namespace

const std::vector<FigurePair>& builtinFigures() {
    static const std::vector<FigurePair> figures = [] {
        std::vector<FigurePair> out;
        for (const auto& asset : embeddedAssets()) {
            if (asset.path.substr(0, kFigureFolder.size()) == kFigureFolder) {
                out.push_back(figureOfAsset(asset));
            }
        }
        std::sort(out.begin(), out.end(), [](const FigurePair& a, const FigurePair& b) {
            return a.exercise_id < b.exercise_id;
        });
        return out;
    }();
    return figures;
}

const FigurePair* builtinFigure(const std::string& exercise_id) {
    // Read on first use, one at a time: a handout of 10 exercises needs 10 of the 62.
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<const FigurePair>, std::less<>> read;
    const std::lock_guard lock(mutex);
    if (auto it = read.find(exercise_id); it != read.end()) {
        return it->second.get();
    }
    std::unique_ptr<const FigurePair> pair;
    if (const EmbeddedAsset* asset =
            findEmbeddedAsset(std::string(kFigureFolder) + exercise_id + ".json")) {
        pair = std::make_unique<const FigurePair>(figureOfAsset(*asset));
    }
    return read.emplace(exercise_id, std::move(pair)).first->second.get();
}

}  // namespace hep
