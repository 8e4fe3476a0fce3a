// Exercises, templates and the change counters to and from the clinic server's rows. An
// exercise is kept as its JSON (the form of program files), its photos as bytea.
#pragma once

#include <pqxx/pqxx>

#include <optional>
#include <string>
#include <vector>

#include "core/exercise.h"
#include "core/protocol_template.h"

namespace hep::server {

using Tx = pqxx::transaction_base;

std::optional<Exercise> findExercise(Tx& tx, const std::string& id);  // with its photos
std::vector<Exercise> allExercises(Tx& tx);                           // by name, with photos
// Reads one exercise's row; `place` names it in the message of a damaged row.
Exercise exerciseOfRow(const pqxx::row& row, const std::string& place);
void upsertExercise(Tx& tx, const Exercise& exercise);  // and its photos

std::optional<ProtocolTemplate> findTemplate(Tx& tx, const std::string& id);
void upsertTemplate(Tx& tx, const ProtocolTemplate& tmpl);

// The counters every write moves forward in its own transaction, so that each client sees that
// someone changed the catalogue or the templates.
struct ChangeCounts {
    long long catalogue = -1;
    long long templates = -1;
};
ChangeCounts changeCounts(Tx& tx);
void countChange(Tx& tx, bool catalogue, bool templates);

}  // namespace hep::server
