#include "server_rows.h"

#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "files/exercise_json.h"

namespace hep::server {

namespace {

constexpr const char* kExerciseColumns = "id, builtin, document";

void loadPhotos(Tx& tx, Exercise& exercise) {
    exercise.photos.clear();
    for (const auto& row : tx.exec_params("SELECT png FROM hep_exercise_photos "
                                          "WHERE exercise_id = $1 ORDER BY slot",
                                          exercise.id)) {
        const pqxx::binarystring png(row[0]);
        exercise.photos.emplace_back(png.str());
    }
}

// A dose field as a parameter: its number, or "" for none (NULLIF(..., '') in the SQL).
std::string doseParameter(const std::optional<int>& value) {
    return value ? std::to_string(*value) : std::string();
}

}  // namespace

Exercise exerciseOfRow(const pqxx::row& row, const std::string& place) {
    try {
        Exercise e = exerciseFromJson(nlohmann::json::parse(row[2].c_str()), place);
        e.builtin = row[1].as<bool>();
        return e;
    } catch (const nlohmann::json::exception& e) {
        throw StorageError(place + " is damaged: " + e.what());
    } catch (const InputError& e) {
        throw StorageError(std::string("a row of the clinic server is damaged: ") + e.what());
    }
}

std::optional<Exercise> findExercise(Tx& tx, const std::string& id) {
    const auto rows = tx.exec_params(
        std::string("SELECT ") + kExerciseColumns + " FROM hep_exercises WHERE id = $1", id);
    if (rows.empty()) {
        return std::nullopt;
    }
    Exercise e = exerciseOfRow(rows[0], "the clinic server's exercise \"" + id + "\"");
    loadPhotos(tx, e);
    return e;
}

std::vector<Exercise> allExercises(Tx& tx) {
    std::vector<Exercise> out;
    for (const auto& row : tx.exec(std::string("SELECT ") + kExerciseColumns +
                                   " FROM hep_exercises ORDER BY lower(name), id")) {
        out.push_back(exerciseOfRow(
            row, "the clinic server's exercise \"" + row[0].as<std::string>() + "\""));
    }
    for (auto& e : out) {
        if (!e.builtin) {
            loadPhotos(tx, e);
        }
    }
    return out;
}

void upsertExercise(Tx& tx, const Exercise& exercise) {
    Exercise without_photos = exercise;
    without_photos.photos.clear();
    tx.exec_params(
        "INSERT INTO hep_exercises (id, builtin, name, document) "
        "VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET "
        "builtin = EXCLUDED.builtin, name = EXCLUDED.name, "
        "document = EXCLUDED.document",
        exercise.id, exercise.builtin, exercise.name, exerciseToJson(without_photos).dump());
    tx.exec_params("DELETE FROM hep_exercise_photos WHERE exercise_id = $1", exercise.id);
    for (std::size_t slot = 0; slot < exercise.photos.size(); ++slot) {
        tx.exec_params(
            "INSERT INTO hep_exercise_photos (exercise_id, slot, png) "
            "VALUES ($1, $2, $3)",
            exercise.id, static_cast<int>(slot), pqxx::binarystring(exercise.photos[slot].bytes()));
    }
}

std::optional<ProtocolTemplate> findTemplate(Tx& tx, const std::string& id) {
    const auto rows = tx.exec_params(
        "SELECT id, builtin, name, description, condition, "
        "instructions FROM hep_templates WHERE id = $1",
        id);
    if (rows.empty()) {
        return std::nullopt;
    }
    ProtocolTemplate t;
    t.id = rows[0][0].as<std::string>();
    t.builtin = rows[0][1].as<bool>();
    t.name = rows[0][2].as<std::string>();
    t.description = rows[0][3].as<std::string>();
    t.condition = rows[0][4].as<std::string>();
    t.instructions = rows[0][5].as<std::string>();
    const auto items = tx.exec_params(
        "SELECT exercise_id, note, sets, reps, hold_seconds, minutes, times_per_day, "
        "days_per_week, side FROM hep_template_items WHERE template_id = $1 ORDER BY position",
        id);
    for (const auto& row : items) {
        ProgramItem item;
        item.exercise_id = row[0].as<std::string>();
        item.note = row[1].as<std::string>();
        int column = 2;
        for (const auto& field : doseFields()) {
            const auto& value = row[column++];
            if (!value.is_null()) {
                item.dose.*field.member = value.as<int>();
            }
        }
        const std::string where = "the clinic server's template \"" + id + "\", item " +
                                  std::to_string(t.items.size() + 1);
        const std::string side_name = row[column].as<std::string>();
        const auto side =
            side_name.empty() ? std::optional<Side>(Side::None) : sideFromName(side_name);
        if (!side) {
            throw StorageError(where + " is damaged: its side \"" + side_name +
                               "\" is not one HEP Studio knows.");
        }
        item.dose.side = *side;
        if (auto problems = checkDose(item.dose); !problems.empty()) {
            throw StorageError(where + " is damaged: " + problems[0].field + " " +
                               problems[0].message + ".");
        }
        t.items.push_back(std::move(item));
    }
    return t;
}

void upsertTemplate(Tx& tx, const ProtocolTemplate& t) {
    tx.exec_params(
        "INSERT INTO hep_templates (id, builtin, name, description, condition, "
        "instructions) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO UPDATE "
        "SET builtin = EXCLUDED.builtin, name = EXCLUDED.name, description = "
        "EXCLUDED.description, condition = EXCLUDED.condition, instructions = "
        "EXCLUDED.instructions, version = hep_templates.version + 1",
        t.id, t.builtin, t.name, t.description, t.condition, t.instructions);
    tx.exec_params("DELETE FROM hep_template_items WHERE template_id = $1", t.id);
    for (std::size_t i = 0; i < t.items.size(); ++i) {
        const auto& item = t.items[i];
        const Dose& d = item.dose;
        tx.exec_params(
            "INSERT INTO hep_template_items (template_id, position, exercise_id, note, sets, "
            "reps, hold_seconds, minutes, times_per_day, days_per_week, side) VALUES ($1, $2, "
            "$3, $4, NULLIF($5, '')::integer, NULLIF($6, '')::integer, NULLIF($7, '')::integer, "
            "NULLIF($8, '')::integer, NULLIF($9, '')::integer, NULLIF($10, '')::integer, $11)",
            t.id, static_cast<int>(i), item.exercise_id, item.note, doseParameter(d.sets),
            doseParameter(d.reps), doseParameter(d.hold_seconds), doseParameter(d.minutes),
            doseParameter(d.times_per_day), doseParameter(d.days_per_week),
            std::string(sideName(d.side)));
    }
}

ChangeCounts changeCounts(Tx& tx) {
    const auto rows = tx.exec(
        "SELECT c.last_value, t.last_value FROM hep_catalogue_changes c, "
        "hep_template_changes t");
    return {rows[0][0].as<long long>(), rows[0][1].as<long long>()};
}

void countChange(Tx& tx, bool catalogue, bool templates) {
    if (catalogue) {
        tx.exec("SELECT nextval('hep_catalogue_changes')");
    }
    if (templates) {
        tx.exec("SELECT nextval('hep_template_changes')");
    }
}

}  // namespace hep::server
