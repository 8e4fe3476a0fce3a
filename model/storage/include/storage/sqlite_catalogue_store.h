// The exercise catalogue in the local SQLite database: full-text search over in-memory
// summaries, and the writes of custom exercises.
#pragma once

#include "storage/catalogue_store.h"
#include "storage/database.h"

namespace hep {

class SqliteCatalogueStore final : public CatalogueStore {
  public:
    explicit SqliteCatalogueStore(Database& database) : db_(database) {}

    std::optional<Exercise> find(const std::string& id) const override;
    std::vector<Exercise> all() const override;
    SearchResults search(const SearchQuery& query) const override;
    std::size_t count() const override;
    std::vector<std::string> templatesUsing(const std::string& id) const override;

  protected:
    void insertExercises(const std::vector<Exercise>& exercises) override;
    void replaceExercise(const Exercise& exercise) override;
    void eraseExercise(const std::string& id) override;

  private:
    Database& db_;
};

}  // namespace hep
