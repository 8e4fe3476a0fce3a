#include "sql_rows.h"

#include <limits>

#include <nlohmann/json.hpp>

#include "core/errors.h"

namespace hep::rows {

using nlohmann::json;

const char* const kExerciseColumns =
    "id, builtin, name, category, position, equipment, optional_equipment, conditions, "
    "purpose, steps, feel, stop_if, cautions, therapist_alert, sets, reps, hold_seconds, "
    "minutes, times_per_day, days_per_week, side, one_time, as_needed";

namespace {

// A list column holds a JSON list of texts; anything else is damage to the database.
std::vector<std::string> listFrom(const SQLite::Column& column) {
    try {
        return json::parse(column.getString()).get<std::vector<std::string>>();
    } catch (const json::exception&) {
        throw StorageError(std::string("the database is damaged: column \"") + column.getName() +
                           "\" does not hold a list of texts");
    }
}

std::string listText(const std::vector<std::string>& list) {
    return json(list).dump();
}

StorageError damaged(const std::string& what) {
    return StorageError("the database is damaged: " + what);
}

// A whole-number column: text, a real, or a number beyond int is damage, not a value.
std::optional<int> optionalInt(const SQLite::Column& column, const std::string& row) {
    if (column.isNull()) {
        return std::nullopt;
    }
    const long long value = column.getInt64();
    if (!column.isInteger() || value < std::numeric_limits<int>::min() ||
        value > std::numeric_limits<int>::max()) {
        throw damaged(row + ": column \"" + column.getName() + "\" does not hold a whole number");
    }
    return static_cast<int>(value);
}

void bindOptional(SQLite::Statement& st, const char* name, const std::optional<int>& value) {
    if (value) {
        st.bind(name, *value);
    } else {
        st.bind(name);
    }
}

// The dose columns in the order of doseFields(), then side, starting at column `first`; checked
// like a dose read from a file (row names the row in messages).
Dose readDose(SQLite::Statement& query, int first, const std::string& row) {
    Dose dose;
    int column = first;
    for (const auto& field : doseFields()) {
        dose.*field.member = optionalInt(query.getColumn(column++), row);
    }
    const std::string side = query.getColumn(column).getString();
    const auto known = side.empty() ? std::optional<Side>(Side::None) : sideFromName(side);
    if (!known) {
        throw damaged(row + ": column \"side\" holds \"" + side + "\", which is not a side");
    }
    dose.side = *known;
    for (const auto& problem : checkDose(dose)) {
        throw damaged(row + ": " + problem.field + " " + problem.message);
    }
    return dose;
}

void bindDose(SQLite::Statement& st, const Dose& dose) {
    for (const auto& field : doseFields()) {
        std::string name = ":" + std::string(field.name);
        bindOptional(st, name.c_str(), dose.*field.member);
    }
    st.bind(":side", std::string(sideName(dose.side)));
}

}  // namespace

Exercise readExercise(SQLite::Statement& q) {
    Exercise e;
    e.id = q.getColumn(0).getString();
    e.builtin = q.getColumn(1).getInt() != 0;
    e.name = q.getColumn(2).getString();
    e.category = q.getColumn(3).getString();
    e.position = q.getColumn(4).getString();
    e.equipment = listFrom(q.getColumn(5));
    e.optional_equipment = listFrom(q.getColumn(6));
    e.conditions = listFrom(q.getColumn(7));
    e.purpose = q.getColumn(8).getString();
    e.steps = listFrom(q.getColumn(9));
    e.feel = q.getColumn(10).getString();
    e.stop_if = q.getColumn(11).getString();
    e.cautions = listFrom(q.getColumn(12));
    e.therapist_alert = q.getColumn(13).getString();
    const std::string row = "exercise \"" + e.id + "\"";
    e.default_dose = readDose(q, 14, row);
    if (q.getColumn(21).getInt() != 0) {
        e.use = ExerciseUse::OneTime;
    } else if (q.getColumn(22).getInt() != 0) {
        e.use = ExerciseUse::AsNeeded;
    }
    return e;
}

void loadPhotos(SQLite::Database& db, Exercise& exercise) {
    SQLite::Statement q(db,
                        "SELECT png FROM exercise_photos WHERE exercise_id = :id ORDER BY slot");
    q.bind(":id", exercise.id);
    exercise.photos.clear();
    while (q.executeStep()) {
        const auto& column = q.getColumn(0);
        exercise.photos.emplace_back(static_cast<const char*>(column.getBlob()),
                                     static_cast<std::size_t>(column.getBytes()));
    }
}

std::optional<Exercise> findExercise(SQLite::Database& db, const std::string& id) {
    SQLite::Statement q(
        db, std::string("SELECT ") + kExerciseColumns + " FROM exercises WHERE id = :id");
    q.bind(":id", id);
    if (!q.executeStep()) {
        return std::nullopt;
    }
    Exercise e = readExercise(q);
    loadPhotos(db, e);
    return e;
}

void upsertExercise(SQLite::Database& db, const Exercise& e) {
    SQLite::Statement st(
        db,
        "INSERT INTO exercises (id, builtin, name, category, position, "
        "equipment, optional_equipment, conditions, purpose, steps, feel, "
        "stop_if, cautions, therapist_alert, sets, reps, hold_seconds, minutes, "
        "times_per_day, days_per_week, side, one_time, as_needed) VALUES (:id, :builtin, "
        ":name, "
        ":category, :position, :equipment, :optional_equipment, :conditions, "
        ":purpose, :steps, :feel, :stop_if, :cautions, :therapist_alert, :sets, "
        ":reps, :hold_seconds, :minutes, :times_per_day, :days_per_week, :side, "
        ":one_time, :as_needed) "
        "ON CONFLICT(id) DO UPDATE SET builtin = excluded.builtin, name = "
        "excluded.name, category = excluded.category, position = "
        "excluded.position, equipment = excluded.equipment, optional_equipment "
        "= excluded.optional_equipment, conditions = excluded.conditions, "
        "purpose = excluded.purpose, steps = excluded.steps, feel = "
        "excluded.feel, stop_if = excluded.stop_if, cautions = "
        "excluded.cautions, therapist_alert = excluded.therapist_alert, sets = "
        "excluded.sets, reps = excluded.reps, hold_seconds = "
        "excluded.hold_seconds, minutes = excluded.minutes, times_per_day = "
        "excluded.times_per_day, days_per_week = excluded.days_per_week, side = "
        "excluded.side, one_time = excluded.one_time, as_needed = excluded.as_needed");
    st.bind(":id", e.id);
    st.bind(":builtin", e.builtin ? 1 : 0);
    st.bind(":one_time", e.use == ExerciseUse::OneTime ? 1 : 0);
    st.bind(":as_needed", e.use == ExerciseUse::AsNeeded ? 1 : 0);
    st.bind(":name", e.name);
    st.bind(":category", e.category);
    st.bind(":position", e.position);
    st.bind(":equipment", listText(e.equipment));
    st.bind(":optional_equipment", listText(e.optional_equipment));
    st.bind(":conditions", listText(e.conditions));
    st.bind(":purpose", e.purpose);
    st.bind(":steps", listText(e.steps));
    st.bind(":feel", e.feel);
    st.bind(":stop_if", e.stop_if);
    st.bind(":cautions", listText(e.cautions));
    st.bind(":therapist_alert", e.therapist_alert);
    bindDose(st, e.default_dose);
    st.exec();
    SQLite::Statement clear(db, "DELETE FROM exercise_photos WHERE exercise_id = :id");
    clear.bind(":id", e.id);
    clear.exec();
    for (std::size_t slot = 0; slot < e.photos.size(); ++slot) {
        SQLite::Statement add(db,
                              "INSERT INTO exercise_photos (exercise_id, slot, png) "
                              "VALUES (:id, :slot, :png)");
        add.bind(":id", e.id);
        add.bind(":slot", static_cast<int>(slot));
        add.bind(":png", e.photos[slot].data(), static_cast<int>(e.photos[slot].size()));
        add.exec();
    }
}

std::optional<ProtocolTemplate> findTemplate(SQLite::Database& db, const std::string& id) {
    SQLite::Statement q(db,
                        "SELECT id, builtin, name, description, condition, instructions "
                        "FROM templates WHERE id = :id");
    q.bind(":id", id);
    if (!q.executeStep()) {
        return std::nullopt;
    }
    ProtocolTemplate t;
    t.id = q.getColumn(0).getString();
    t.builtin = q.getColumn(1).getInt() != 0;
    t.name = q.getColumn(2).getString();
    t.description = q.getColumn(3).getString();
    t.condition = q.getColumn(4).getString();
    t.instructions = q.getColumn(5).getString();
    SQLite::Statement items(db,
                            "SELECT exercise_id, note, sets, reps, hold_seconds, minutes, "
                            "times_per_day, days_per_week, side FROM template_items "
                            "WHERE template_id = :id ORDER BY position");
    items.bind(":id", id);
    while (items.executeStep()) {
        ProgramItem item;
        item.exercise_id = items.getColumn(0).getString();
        item.note = items.getColumn(1).getString();
        item.dose = readDose(items, 2,
                             "template \"" + id + "\", item " + std::to_string(t.items.size() + 1));
        t.items.push_back(std::move(item));
    }
    return t;
}

void upsertTemplate(SQLite::Database& db, const ProtocolTemplate& t) {
    SQLite::Statement st(db,
                         "INSERT INTO templates (id, builtin, name, description, condition, "
                         "instructions) VALUES (:id, :builtin, :name, :description, :condition, "
                         ":instructions) ON CONFLICT(id) DO UPDATE SET builtin = "
                         "excluded.builtin, name = excluded.name, description = "
                         "excluded.description, condition = excluded.condition, instructions = "
                         "excluded.instructions");
    st.bind(":id", t.id);
    st.bind(":builtin", t.builtin ? 1 : 0);
    st.bind(":name", t.name);
    st.bind(":description", t.description);
    st.bind(":condition", t.condition);
    st.bind(":instructions", t.instructions);
    st.exec();
    SQLite::Statement clear(db, "DELETE FROM template_items WHERE template_id = :id");
    clear.bind(":id", t.id);
    clear.exec();
    SQLite::Statement add(db,
                          "INSERT INTO template_items (template_id, position, exercise_id, note, "
                          "sets, reps, hold_seconds, minutes, times_per_day, days_per_week, "
                          "side) VALUES (:template, :position, :exercise, :note, :sets, :reps, "
                          ":hold_seconds, :minutes, :times_per_day, :days_per_week, :side)");
    for (std::size_t i = 0; i < t.items.size(); ++i) {
        const auto& item = t.items[i];
        add.reset();
        add.clearBindings();
        add.bind(":template", t.id);
        add.bind(":position", static_cast<int>(i));
        add.bind(":exercise", item.exercise_id);
        add.bind(":note", item.note);
        bindDose(add, item.dose);
        add.exec();
    }
}

}  // namespace hep::rows
