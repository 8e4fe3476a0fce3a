#include "core/exercise.h"

#include <algorithm>

#include "core/text_limits.h"

namespace hep {

const std::vector<std::string_view>& categories() {
    static const std::vector<std::string_view> v = {"mobility", "strengthening", "stretching",
                                                    "aerobic", "balance"};
    return v;
}

const std::vector<std::string_view>& positions() {
    static const std::vector<std::string_view> v = {"lying-back", "lying-side", "hands-knees",
                                                    "kneeling",   "sitting",    "standing"};
    return v;
}

const std::vector<std::string_view>& equipmentKinds() {
    static const std::vector<std::string_view> v = {"none",  "mat",   "chair", "counter", "wall",
                                                    "strap", "band",  "bed",   "bike",    "walker",
                                                    "pool",  "towel", "step",  "doorway"};
    return v;
}

namespace {

bool contains(const std::vector<std::string_view>& words, std::string_view word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

std::string sentence(std::string text) {
    while (!text.empty() && text.back() == ' ') {
        text.pop_back();
    }
    if (!text.empty() && text.back() != '.' && text.back() != '!' && text.back() != '?') {
        text += '.';
    }
    return text;
}

}  // namespace

std::string feelLabel(const Exercise& exercise) {
    return exercise.use == ExerciseUse::OneTime ? "You may feel:" : "You should feel:";
}

std::string readableText(const Exercise& e) {
    std::string text = sentence(e.purpose);
    for (const auto& step : e.steps) {
        text += ' ' + sentence(step);
    }
    std::string label = feelLabel(e);
    label.pop_back();  // the colon
    text += " " + label + " " + sentence(e.feel) + " Stop if " + sentence(e.stop_if);
    for (const auto& caution : e.cautions) {
        text += ' ' + sentence(caution);
    }
    return text;
}

bool isValidId(std::string_view id) {
    if (id.empty() || id.size() > 64 || id.front() == '-' || id.back() == '-') {
        return false;
    }
    char previous = 0;
    for (char c : id) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && previous == '-')) {
            return false;
        }
        previous = c;
    }
    return true;
}

std::vector<ExerciseProblem> checkExercise(const Exercise& e) {
    std::vector<ExerciseProblem> problems;
    auto add = [&](std::string field, std::string message) {
        problems.push_back({std::move(field), std::move(message)});
    };
    if (!isValidId(e.id)) {
        add("id", "\"" + e.id +
                      "\" is not a valid id (lowercase letters, digits and hyphens, "
                      "at most 64 characters)");
    }
    if (auto p = checkRequiredText(e.name, kMaxNameLength)) {
        add("name", *p);
    }
    if (!contains(categories(), e.category)) {
        add("category", "\"" + e.category + "\" is not a category");
    }
    if (!contains(positions(), e.position)) {
        add("position", "\"" + e.position + "\" is not a position");
    }
    for (const auto& list : {&e.equipment, &e.optional_equipment}) {
        for (const auto& item : *list) {
            if (!contains(equipmentKinds(), item)) {
                add(list == &e.equipment ? "equipment" : "optional_equipment",
                    "\"" + item + "\" is not a kind of equipment");
            }
        }
    }
    if (auto p = checkRequiredText(e.purpose, kMaxLineLength)) {
        add("purpose", *p);
    }
    if (e.steps.size() < kMinSteps || e.steps.size() > kMaxSteps) {
        add("steps", "has " + std::to_string(e.steps.size()) + " steps; 3 to 7 are allowed");
    }
    for (std::size_t i = 0; i < e.steps.size(); ++i) {
        if (auto p = checkRequiredText(e.steps[i], kMaxLineLength)) {
            add("steps[" + std::to_string(i) + "]", *p);
        }
    }
    if (auto p = checkRequiredText(e.feel, kMaxLineLength)) {
        add("feel", *p);
    }
    if (auto p = checkRequiredText(e.stop_if, kMaxLineLength)) {
        add("stop_if", *p);
    }
    if (e.cautions.size() > kMaxCautions) {
        add("cautions", "has " + std::to_string(e.cautions.size()) + " cautions; at most 5");
    }
    for (std::size_t i = 0; i < e.cautions.size(); ++i) {
        if (auto p = checkRequiredText(e.cautions[i], kMaxLineLength)) {
            add("cautions[" + std::to_string(i) + "]", *p);
        }
    }
    if (auto p = checkOptionalText(e.therapist_alert, kMaxLineLength)) {
        add("therapist_alert", *p);
    }
    if (e.photos.size() > kMaxPhotos) {
        add("photos",
            "has " + std::to_string(e.photos.size()) + " photos; at most 2 (start and end)");
    }
    if (e.builtin && !e.photos.empty()) {
        add("photos", "built-in exercises have drawings, not photos");
    }
    for (const auto& dp : checkDose(e.default_dose)) {
        add("dose." + dp.field, dp.message);
    }
    return problems;
}

}  // namespace hep
