// The exercise catalogue, wherever it is stored: finding and searching exercises, and the
// therapist's own (custom) exercises. The rules of adding, changing and deleting are here, once;
// a backend (the local SQLite file: sqlite_catalogue_store.h) reads and writes.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/exercise.h"
#include "core/exercise_index.h"
#include "core/exercise_lookup.h"

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
    virtual ~CatalogueStore() = default;

    virtual std::optional<Exercise> find(const std::string& id) const = 0;
    Exercise get(const std::string& id) const;      // throws NotFoundError
    virtual std::vector<Exercise> all() const = 0;  // by name
    // Exercises that match, best first: names that hold every word typed (those that start
    // with the first word leading), then matches in the purpose, then in the steps; by name
    // within each group. Empty text: every exercise that passes the filters, by name.
    virtual SearchResults search(const SearchQuery& query) const = 0;
    virtual std::size_t count() const = 0;

    // A lookup for program files: the exercises of this catalogue.
    ExerciseLookup lookup() const;

    // Custom exercises. add refuses an id in use; update and remove refuse built-in exercises;
    // remove refuses an exercise that a template uses, naming the templates.
    // Each throws InputError or NotFoundError with a message for a person; nothing is written
    // then.
    void addCustom(Exercise exercise);
    void addCustom(std::vector<Exercise> exercises);  // all or none, in one transaction
    void updateCustom(Exercise exercise);
    void removeCustom(const std::string& id);

    // Names of the templates whose items use the exercise.
    virtual std::vector<std::string> templatesUsing(const std::string& id) const = 0;

    // An id for a new custom exercise named name, not yet in use ("my-stretch", "my-stretch-2").
    std::string freeId(const std::string& name) const;

    // Why an exercise cannot be saved, or nullopt: a check of every field, named for a person.
    static std::optional<std::string> problemsOf(const Exercise& exercise);

  protected:
    // What a backend writes, each in one transaction: new custom exercises (all or none), a
    // changed one, a deleted one. The rules above have been checked.
    virtual void insertExercises(const std::vector<Exercise>& exercises) = 0;
    virtual void replaceExercise(const Exercise& exercise) = 0;
    virtual void eraseExercise(const std::string& id) = 0;
};

// A slug made from a name: lowercase ASCII letters and digits with hyphens ("Knee rolls" ->
// "knee-rolls"); letters with accents lose them; "item" when nothing is left.
std::string slugFromName(const std::string& name);

// The slug of name, or with "-2", "-3", ... the first one taken does not hold.
std::string freeSlug(const std::string& name, const std::function<bool(const std::string&)>& taken);

}  // namespace hep
