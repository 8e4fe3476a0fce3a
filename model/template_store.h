// Templates in the database: list, save, rename, duplicate, delete, import from and export to
// files. Shipped templates are read-only; saving changes to one saves a copy.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "model/catalogue_store.h"
#include "model/database.h"
#include "model/protocol_template.h"

namespace hep {

struct TemplateSummary {
    std::string id;
    std::string name;
    std::string description;
    int item_count = 0;
    bool builtin = false;
};

class TemplateStore {
  public:
    explicit TemplateStore(Database& database) : db_(database), catalogue_(database) {}

    std::vector<TemplateSummary> list() const;  // by name
    std::optional<ProtocolTemplate> find(const std::string& id) const;
    ProtocolTemplate get(const std::string& id) const;  // throws NotFoundError

    // Saves a template and returns the id it was saved under: the template's own id, or for
    // changes to a shipped template (or a template without an id) a new id made from its name.
    // Every item must name an exercise of the catalogue. Throws InputError; nothing is written
    // then.
    std::string save(ProtocolTemplate tmpl);

    void rename(const std::string& id, const std::string& new_name);
    std::string duplicate(const std::string& id, const std::string& new_name);
    void remove(const std::string& id);

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

  private:
    void check(const ProtocolTemplate& tmpl) const;

    Database& db_;
    CatalogueStore catalogue_;
};

}  // namespace hep
