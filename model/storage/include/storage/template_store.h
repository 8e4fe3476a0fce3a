// Templates, wherever they are stored: list, save, rename, duplicate, delete, import from and
// export to files. Shipped templates are read-only; saving changes to one saves a copy. The rules
// are here, once; a backend (the local SQLite file: sqlite_template_store.h) reads and writes.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/errors.h"
#include "core/protocol_template.h"
#include "storage/catalogue_store.h"

namespace hep {

struct TemplateSummary {
    std::string id;
    std::string name;
    std::string description;
    int item_count = 0;
    bool builtin = false;
    // Moves on with every change on a shared clinic server; always 0 on the local file, which
    // one window holds alone.
    long long version = 0;
};

// A template changed (or deleted) by someone else since the list it was chosen from was read.
// Nothing was written; the message says what to do.
class ChangedElsewhereError : public InputError {
  public:
    using InputError::InputError;
};

class TemplateStore {
  public:
    // catalogue: the exercises the templates' items must name.
    explicit TemplateStore(CatalogueStore& catalogue) : catalogue_(catalogue) {}
    virtual ~TemplateStore() = default;

    virtual std::vector<TemplateSummary> list() const = 0;  // by name
    virtual std::optional<ProtocolTemplate> find(const std::string& id) const = 0;
    ProtocolTemplate get(const std::string& id) const;  // throws NotFoundError

    // Saves a template and returns the id it was saved under: the template's own id, or for
    // changes to a shipped template (or a template without an id) a new id made from its name.
    // Every item must name an exercise of the catalogue. Throws InputError; nothing is written
    // then.
    std::string save(ProtocolTemplate tmpl);
    // The same with the custom exercises it needs that are not in the catalogue yet (a program's
    // own exercises, kept with Save as Template): all of it in one transaction, or nothing.
    std::string save(ProtocolTemplate tmpl, std::vector<Exercise> new_exercises);

    // seen_version: the version of the list the template was chosen from; when given and the
    // template has changed since, ChangedElsewhereError and nothing is written.
    void rename(const std::string& id, const std::string& new_name,
                std::optional<long long> seen_version = {});
    std::string duplicate(const std::string& id, const std::string& new_name);
    void remove(const std::string& id, std::optional<long long> seen_version = {});

    // A template file with the custom exercises it uses, ready to move to another clinic.
    std::string exportText(const std::string& id) const;
    void exportFile(const std::string& id, const std::filesystem::path& path) const;

    // Reads a template file, checks all of it, then adds its custom exercises and the
    // template in one transaction; returns the template's id. A file that fails any check
    // (malformed, a newer format, an id in use, a custom exercise that clashes with a
    // different one of the same id) changes nothing.
    std::string importText(std::string_view text, const std::string& source);
    std::string importFile(const std::filesystem::path& path);

    // An id not yet used by a template, made from name.
    std::string freeId(const std::string& name) const;

    // Copies another catalogue's own templates and custom exercises in, all in one
    // transaction. One already here with the same content is left as it is; an id here that
    // holds something different is a clash: every clash is listed in one InputError, and
    // nothing is written then. Returns what was added.
    struct CopyResult {
        std::vector<std::string> exercises;  // ids added
        std::vector<std::string> templates;  // ids added
        std::size_t already_here = 0;        // the same, left as they were
    };
    CopyResult copyIn(const std::vector<ProtocolTemplate>& templates,
                      const std::vector<Exercise>& exercises);

  protected:
    // What a backend writes, each in one transaction. writeTemplates adds the new exercises,
    // then calls check (which sees them in the catalogue and throws to write nothing), then
    // writes the templates.
    virtual void writeTemplates(const std::vector<ProtocolTemplate>& templates,
                                const std::vector<Exercise>& exercises,
                                const std::function<void()>& check) = 0;
    virtual void writeName(const std::string& id, const std::string& name) = 0;
    virtual void eraseTemplate(const std::string& id) = 0;
    // The template's version now (TemplateSummary::version); 0 when the backend keeps none.
    virtual long long versionOf(const std::string& /*id*/) const { return 0; }

  private:
    void checkUnchanged(const ProtocolTemplate& tmpl, std::optional<long long> seen_version) const;
    void check(const ProtocolTemplate& tmpl) const;

    CatalogueStore& catalogue_;
};

}  // namespace hep
