// The exercise catalogue in the database: finding and searching exercises, and the therapist's
// own (custom) exercises.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/database.h"
#include "model/exercise.h"
#include "model/exercise_index.h"
#include "model/program_file.h"

namespace hep {

// A search: text typed by the user (prefix matching, diacritics folded) and optional filters.
// Empty text lists every exercise that passes the filters, by name.
struct SearchQuery {
    std::string text;
    std::string category;   // "" for any
    std::string position;   // "" for any
    std::string equipment;  // "" for any; matches needed and optional equipment
    std::string condition;  // "" for any; a condition id the exercise serves
};

class CatalogueStore {
  public:
    explicit CatalogueStore(Database& database) : db_(database) {}

    std::optional<Exercise> find(const std::string& id) const;
    Exercise get(const std::string& id) const;  // throws NotFoundError
    std::vector<Exercise> all() const;          // by name
    // Exercises that match, best first: names that hold every word typed (those that start
    // with the first word leading), then matches in the purpose, then in the steps; by name
    // within each group. Empty text: every exercise that passes the filters, by name.
    SearchResults search(const SearchQuery& query) const;
    std::size_t count() const;

    // A lookup for program files: the exercises of this catalogue.
    ExerciseLookup lookup() const;

    // Custom exercises. add refuses an id in use; update and remove refuse built-in exercises;
    // remove refuses an exercise that a template uses, naming the templates.
    // Each throws InputError or NotFoundError with a message for a person.
    void addCustom(Exercise exercise);
    void addCustom(std::vector<Exercise> exercises);  // all or none, in one transaction
    void updateCustom(Exercise exercise);
    void removeCustom(const std::string& id);

    // Names of the templates whose items use the exercise.
    std::vector<std::string> templatesUsing(const std::string& id) const;

    // An id for a new custom exercise named name, not yet in use ("my-stretch", "my-stretch-2").
    std::string freeId(const std::string& name) const;

  private:
    Database& db_;
};

// A slug made from a name: lowercase ASCII letters and digits with hyphens ("Knee rolls" ->
// "knee-rolls"); letters with accents lose them; "item" when nothing is left.
std::string slugFromName(const std::string& name);

}  // namespace hep
