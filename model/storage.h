// Where a clinic's catalogue lives: its exercises and templates, and the changes others make to
// them. One interface for every backend: the window and the hep command see only this.
#pragma once

#include <memory>
#include <string>

#include "model/catalogue_store.h"
#include "model/template_store.h"
#include "model/topic.h"

namespace hep {

class Storage {
  public:
    virtual ~Storage() = default;

    virtual CatalogueStore& catalogue() = 0;
    virtual TemplateStore& templates() = 0;
    // Changes made through this storage, for the views that show them.
    virtual Topic<CatalogueChanged>& catalogueChanges() = 0;
    virtual Topic<TemplatesChanged>& templateChanges() = 0;
    // How messages name it: "the HEP Studio database /home/.../hepstudio.db".
    virtual std::string description() const = 0;
};

}  // namespace hep
