#include "files/program_file.h"

#include <nlohmann/json.hpp>
#include <set>
#include <utility>

#include "core/errors.h"
#include "core/file_io.h"
#include "core/program_check.h"
#include "core/text_limits.h"
#include "files/exercise_json.h"
#include "files/json_object.h"

namespace hep {

using nlohmann::json;

namespace {

void checkText(JsonObject& obj, const std::string& key, const std::string& value,
               std::size_t max_chars, bool required) {
    auto problem =
        required ? checkRequiredText(value, max_chars) : checkOptionalText(value, max_chars);
    if (problem) {
        obj.fail(key, *problem);
    }
}

void warnUnknown(const JsonObject& obj, std::vector<std::string>& warnings) {
    for (const auto& [key, value] : obj.unknownFields()) {
        warnings.push_back(obj.place() + ": unknown field \"" + key + "\" (kept, not used)");
    }
}

std::vector<Exercise> readCustomExercises(JsonObject& root, const std::string& source,
                                          const ExerciseLookup& lookup) {
    std::vector<Exercise> out;
    const json* list = root.value("exercises");
    if (list == nullptr || list->is_null()) {
        return out;
    }
    if (!list->is_array()) {
        root.fail("exercises",
                  "must be a list of exercise definitions, not " + describeJson(*list));
    }
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list->size(); ++i) {
        std::string place = source + ": exercises[" + std::to_string(i) + "]";
        Exercise e = exerciseFromJson((*list)[i], place);
        if (!ids.insert(e.id).second) {
            throw InputError(place + ": the id \"" + e.id +
                             "\" is defined twice in this file; give each exercise its own id");
        }
        if (auto existing = lookup ? lookup(e.id) : std::nullopt; existing && existing->builtin) {
            throw InputError(place + ": the id \"" + e.id +
                             "\" belongs to a built-in exercise; a custom exercise needs an id "
                             "of its own");
        }
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<ProgramItem> readItems(JsonObject& root, const std::string& source,
                                   const ExerciseLookup& lookup,
                                   std::vector<std::string>& warnings) {
    const json* list = root.value("items");
    if (list == nullptr) {
        root.fail("items", "is missing (a list of exercises, which may be empty)");
    }
    if (!list->is_array()) {
        root.fail("items", "must be a list, not " + describeJson(*list));
    }
    if (list->size() > kMaxItems) {
        root.fail("items", "has " + std::to_string(list->size()) + " exercises; at most " +
                               std::to_string(kMaxItems) + " are allowed");
    }
    std::vector<ProgramItem> items;
    for (std::size_t i = 0; i < list->size(); ++i) {
        std::string place = source + ": items[" + std::to_string(i) + "]";
        JsonObject first(list->at(i), place);
        ProgramItem item;
        item.exercise_id = first.text("exercise", true);
        JsonObject obj(list->at(i), place + " (" + item.exercise_id + ")");
        obj.value("exercise");
        auto exercise = lookup(item.exercise_id);
        if (!exercise) {
            obj.fail("exercise", "names \"" + item.exercise_id +
                                     "\", which is neither a built-in exercise nor defined in "
                                     "the file's \"exercises\"");
        }
        item.dose = readDoseFields(obj, exercise->default_dose);
        item.note = obj.text("note");
        checkText(obj, "note", item.note, kMaxNoteLength, false);
        item.extra_fields = obj.unknownFields();
        warnUnknown(obj, warnings);
        items.push_back(std::move(item));
    }
    return items;
}

HandoutOptions readHandout(JsonObject& root, std::vector<std::string>& warnings) {
    HandoutOptions options;
    const json* value = root.value("handout");
    if (value == nullptr || value->is_null()) {
        return options;
    }
    JsonObject obj(*value, root.place() + ": handout");
    std::string paper = obj.text("paper");
    if (paper == "a4") {
        options.paper = Paper::A4;
    } else if (paper.empty() || paper == "letter") {
        options.paper = Paper::Letter;
    } else {
        obj.fail("paper", "is \"" + paper + "\"; it must be \"letter\" or \"a4\"");
    }
    options.large_print = obj.boolean("large_print", false);
    options.education = obj.boolean("education", true);
    if (auto weeks = obj.integer("log_weeks")) {
        if (*weeks < 0 || *weeks > kMaxLogWeeks) {
            obj.fail("log_weeks", std::to_string(*weeks) + " is out of bounds (0 to 4)");
        }
        options.log_weeks = *weeks;
    }
    warnUnknown(obj, warnings);
    return options;
}

Clinic readClinic(JsonObject& root, std::vector<std::string>& warnings) {
    Clinic clinic;
    const json* value = root.value("clinic");
    if (value == nullptr || value->is_null()) {
        return clinic;
    }
    JsonObject obj(*value, root.place() + ": clinic");
    clinic.name = obj.text("name");
    clinic.phone = obj.text("phone");
    clinic.address = obj.text("address");
    if (obj.has("emergency_number")) {
        clinic.emergency_number = obj.text("emergency_number");
    }
    checkText(obj, "name", clinic.name, kMaxShortTextLength, false);
    checkText(obj, "phone", clinic.phone, kMaxShortTextLength, false);
    checkText(obj, "address", clinic.address, kMaxShortTextLength, false);
    checkText(obj, "emergency_number", clinic.emergency_number, kMaxShortTextLength, true);
    warnUnknown(obj, warnings);
    return clinic;
}

}  // namespace

HepFile parseHepFile(std::string_view text, const std::string& source,
                     const ExerciseLookup& lookup) {
    const json root_json = parseJson(text, source);
    JsonObject root(root_json, source);
    HepFile file;
    std::string format = root.text("format", true);
    if (format == "hep-program") {
        file.kind = FileKind::Program;
    } else if (format == "hep-template") {
        file.kind = FileKind::Template;
    } else {
        root.fail("format", "is \"" + format +
                                "\"; a HEP Studio file says \"hep-program\" or "
                                "\"hep-template\"");
    }
    auto version = root.integer("version");
    if (!version) {
        root.fail("version", "is missing");
    }
    if (*version > kFormatVersion) {
        root.fail("version", "is " + std::to_string(*version) +
                                 ": the file was made by a newer version of HEP Studio (this "
                                 "version reads format version " +
                                 std::to_string(kFormatVersion) + "); please update HEP Studio");
    }
    if (*version < 1) {
        root.fail("version", "is " + std::to_string(*version) + "; the first version is 1");
    }

    file.custom_exercises = readCustomExercises(root, source, lookup);
    auto combined = lookupIn(file.custom_exercises, lookup);
    auto items = readItems(root, source, combined, file.warnings);
    std::string condition = root.text("condition");
    std::string instructions = root.text("instructions");
    checkText(root, "condition", condition, 64, false);
    checkText(root, "instructions", instructions, kMaxInstructionsLength, false);

    if (file.kind == FileKind::Template) {
        auto& t = file.template_;
        t.id = root.text("id", true);
        if (!isValidId(t.id)) {
            root.fail("id", "\"" + t.id +
                                "\" is not a valid template id (lowercase letters, digits and "
                                "hyphens, at most 64 characters)");
        }
        t.name = root.text("name", true);
        checkText(root, "name", t.name, kMaxNameLength, true);
        t.description = root.text("description");
        checkText(root, "description", t.description, kMaxInstructionsLength, false);
        t.condition = condition;
        t.instructions = instructions;
        t.items = std::move(items);
        for (const char* key : {"patient", "date"}) {
            if (root.has(key)) {
                root.value(key);
                file.warnings.push_back(source + ": a template has no \"" + std::string(key) +
                                        "\"; the field is ignored");
            }
        }
        for (const char* key : {"title", "therapist", "clinic", "handout"}) {
            root.value(key);  // program fields a template may carry; not used
        }
    } else {
        auto& p = file.program;
        if (root.has("title")) {
            p.title = root.text("title");
        }
        p.patient = root.text("patient");
        p.date = root.text("date");
        p.therapist = root.text("therapist");
        checkText(root, "title", p.title, kMaxShortTextLength, false);
        checkText(root, "patient", p.patient, kMaxShortTextLength, false);
        checkText(root, "therapist", p.therapist, kMaxShortTextLength, false);
        if (!p.date.empty() && !isIsoDate(p.date)) {
            root.fail("date", "is \"" + p.date + "\"; write the date as YYYY-MM-DD");
        }
        p.clinic = readClinic(root, file.warnings);
        p.condition = condition;
        p.instructions = instructions;
        p.items = std::move(items);
        p.custom_exercises = file.custom_exercises;
        p.handout = readHandout(root, file.warnings);
        for (const char* key : {"id", "name", "description"}) {
            root.value(key);  // template fields a program may carry; not used
        }
        p.extra_fields = root.unknownFields();
    }
    warnUnknown(root, file.warnings);
    return file;
}

HepFile readHepFile(const std::filesystem::path& path, const ExerciseLookup& lookup) {
    return parseHepFile(readFile(path), path.string(), lookup);
}

namespace {

json itemsToJson(const std::vector<ProgramItem>& items, const ExerciseLookup& lookup) {
    json list = json::array();
    for (const auto& item : items) {
        json j = json::object();
        j["exercise"] = item.exercise_id;
        auto exercise = lookup(item.exercise_id);
        writeDoseFields(j, item.dose, exercise ? exercise->default_dose : Dose{});
        if (!item.note.empty()) {
            j["note"] = item.note;
        }
        for (const auto& [key, text] : item.extra_fields) {
            if (!j.contains(key)) {
                j[key] = json::parse(text);
            }
        }
        list.push_back(std::move(j));
    }
    return list;
}

json exercisesToJson(const std::vector<Exercise>& exercises) {
    json list = json::array();
    for (const auto& e : exercises) {
        json j = exerciseToJson(e);
        j.erase("builtin");
        list.push_back(std::move(j));
    }
    return list;
}

std::string finish(const json& j) {
    return j.dump(2) + "\n";
}

}  // namespace

std::string programToText(const Program& p, const ExerciseLookup& lookup) {
    auto combined = lookupIn(p.custom_exercises, lookup);
    json j = json::object();
    j["format"] = "hep-program";
    j["version"] = kFormatVersion;
    j["title"] = p.title;
    j["patient"] = p.patient;
    j["date"] = p.date;
    j["therapist"] = p.therapist;
    j["clinic"] = {{"name", p.clinic.name},
                   {"phone", p.clinic.phone},
                   {"address", p.clinic.address},
                   {"emergency_number", p.clinic.emergency_number}};
    j["condition"] = p.condition;
    j["instructions"] = p.instructions;
    j["items"] = itemsToJson(p.items, combined);
    j["exercises"] = exercisesToJson(p.custom_exercises);
    j["handout"] = {{"paper", p.handout.paper == Paper::A4 ? "a4" : "letter"},
                    {"large_print", p.handout.large_print},
                    {"education", p.handout.education},
                    {"log_weeks", p.handout.log_weeks}};
    for (const auto& [key, text] : p.extra_fields) {
        if (!j.contains(key)) {
            j[key] = json::parse(text);
        }
    }
    return finish(j);
}

std::string templateToText(const ProtocolTemplate& t, const std::vector<Exercise>& custom,
                           const ExerciseLookup& lookup) {
    auto combined = lookupIn(custom, lookup);
    json j = json::object();
    j["format"] = "hep-template";
    j["version"] = kFormatVersion;
    j["id"] = t.id;
    j["name"] = t.name;
    j["description"] = t.description;
    j["condition"] = t.condition;
    j["instructions"] = t.instructions;
    j["items"] = itemsToJson(t.items, combined);
    j["exercises"] = exercisesToJson(custom);
    return finish(j);
}

}  // namespace hep
