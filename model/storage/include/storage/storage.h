// Where a clinic's catalogue lives: its exercises and templates, its details (name, phone), and
// the changes others make to them. One interface for every backend: the window and the hep
// command see only this.
#pragma once

#include <memory>
#include <string>

#include <optional>

#include "core/program.h"
#include "core/topic.h"
#include "storage/catalogue_store.h"
#include "storage/template_store.h"

namespace hep {

class Storage {
  public:
    virtual ~Storage() = default;

    virtual CatalogueStore& catalogue() = 0;
    virtual TemplateStore& templates() = 0;
    // Changes made through this storage, for the views that show them.
    virtual Topic<CatalogueChanged>& catalogueChanges() = 0;
    virtual Topic<TemplatesChanged>& templateChanges() = 0;
    // Publishes on the change topics what other clients changed since the last look (a shared
    // server); nothing for the local file, which one window holds alone. Cheap: the window
    // calls it every few seconds. Throws StorageError when the storage cannot be reached.
    virtual void checkForChanges() {}
    // How messages name it: "the HEP Studio database /home/.../hepstudio.db".
    virtual std::string description() const = 0;

    // The clinic's details that every new program carries (name, phone, address, emergency
    // number): they belong to the clinic, so they live with its catalogue. nullopt until set.
    virtual std::optional<Clinic> clinic() const = 0;
    // Checks the details (lengths, an emergency number) and writes them in one transaction;
    // throws InputError naming the field, and writes nothing then.
    void setClinic(const Clinic& clinic);

  protected:
    virtual void writeClinic(const Clinic& clinic) = 0;
};

}  // namespace hep
