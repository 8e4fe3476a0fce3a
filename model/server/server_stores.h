// The catalogue and the templates on the clinic server: the reads and the transactional writes
// the abstract stores ask of a backend. Search runs in memory over the summaries, loaded again
// when the server's change counter says someone changed the catalogue.
#pragma once

#include "core/topic.h"
#include "server_connection.h"
#include "storage/catalogue_store.h"
#include "storage/summary_index.h"
#include "storage/template_store.h"

namespace hep::server {

class CatalogueOnServer final : public CatalogueStore {
  public:
    CatalogueOnServer(Connection& connection, Topic<CatalogueChanged>& changes)
        : connection_(connection), changes_(changes) {}

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
    const SummaryIndex& index() const;

    Connection& connection_;
    Topic<CatalogueChanged>& changes_;
    mutable SummaryIndex index_;
    mutable long long index_count_ = -1;  // the catalogue counter the index was loaded at
};

class TemplatesOnServer final : public TemplateStore {
  public:
    TemplatesOnServer(Connection& connection, CatalogueStore& catalogue,
                      Topic<CatalogueChanged>& catalogue_changes, Topic<TemplatesChanged>& changes)
        : TemplateStore(catalogue),
          connection_(connection),
          catalogue_changes_(catalogue_changes),
          changes_(changes) {}

    std::vector<TemplateSummary> list() const override;
    std::optional<ProtocolTemplate> find(const std::string& id) const override;

  protected:
    void writeTemplates(const std::vector<ProtocolTemplate>& templates,
                        const std::vector<Exercise>& exercises,
                        const std::function<void()>& check) override;
    void writeName(const std::string& id, const std::string& name) override;
    void eraseTemplate(const std::string& id) override;
    long long versionOf(const std::string& id) const override;

  private:
    Connection& connection_;
    Topic<CatalogueChanged>& catalogue_changes_;
    Topic<TemplatesChanged>& changes_;
};

}  // namespace hep::server
