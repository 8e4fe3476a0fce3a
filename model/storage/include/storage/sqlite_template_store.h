// Templates in the local SQLite database: their rows and the transactions that write them.
#pragma once

#include <memory>

#include "storage/database.h"
#include "storage/sqlite_catalogue_store.h"
#include "storage/template_store.h"

namespace hep {

class SqliteTemplateStore final : public TemplateStore {
  public:
    // The templates of the database, checked against its own catalogue.
    explicit SqliteTemplateStore(Database& database);

    std::vector<TemplateSummary> list() const override;
    std::optional<ProtocolTemplate> find(const std::string& id) const override;

  protected:
    void writeTemplates(const std::vector<ProtocolTemplate>& templates,
                        const std::vector<Exercise>& exercises,
                        const std::function<void()>& check) override;
    void writeName(const std::string& id, const std::string& name) override;
    void eraseTemplate(const std::string& id) override;

  private:
    SqliteTemplateStore(Database& database, std::unique_ptr<SqliteCatalogueStore> catalogue);

    Database& db_;
    std::unique_ptr<SqliteCatalogueStore> catalogue_;
};

}  // namespace hep
