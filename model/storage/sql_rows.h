// Inside the model only: exercises and templates to and from database rows.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <optional>
#include <string>
#include <vector>

#include "core/exercise.h"
#include "core/protocol_template.h"

namespace hep::rows {

// The columns readExercise expects, in order, for "SELECT <columns> FROM exercises".
extern const char* const kExerciseColumns;

// Reads the exercise of the query's current row, without its photos (see loadPhotos).
Exercise readExercise(SQLite::Statement& query);
void loadPhotos(SQLite::Database& db, Exercise& exercise);
std::optional<Exercise> findExercise(SQLite::Database& db, const std::string& id);

// Inserts the exercise, or replaces the row of the same id; its photos too.
void upsertExercise(SQLite::Database& db, const Exercise& exercise);

std::optional<ProtocolTemplate> findTemplate(SQLite::Database& db, const std::string& id);

// Inserts the template and its items, replacing a template of the same id.
void upsertTemplate(SQLite::Database& db, const ProtocolTemplate& tmpl);

}  // namespace hep::rows
