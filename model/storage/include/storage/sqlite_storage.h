// The local storage: one SQLite file on the therapist's machine (the default, for a therapist
// working alone).
#pragma once

#include <filesystem>

#include "storage/database.h"
#include "storage/sqlite_catalogue_store.h"
#include "storage/sqlite_template_store.h"
#include "storage/storage.h"

namespace hep {

class SqliteStorage final : public Storage {
  public:
    // Opens (or creates) the database file; see Database for access and errors.
    explicit SqliteStorage(const std::filesystem::path& path,
                           Database::Access access = Database::Access::Shared);

    CatalogueStore& catalogue() override { return catalogue_; }
    TemplateStore& templates() override { return templates_; }
    Topic<CatalogueChanged>& catalogueChanges() override { return database_.catalogueChanges(); }
    Topic<TemplatesChanged>& templateChanges() override { return database_.templateChanges(); }
    std::string description() const override;
    std::optional<Clinic> clinic() const override;

    Database& database() { return database_; }

  protected:
    void writeClinic(const Clinic& clinic) override;

  private:
    Database database_;
    SqliteCatalogueStore catalogue_;
    SqliteTemplateStore templates_;
};

}  // namespace hep
