// What the window works with: the database and its stores, and the inputs of the handout.
#pragma once

#include <filesystem>
#include <memory>

#include "export/handout_layout.h"
#include "model/catalogue_store.h"
#include "model/database.h"
#include "model/template_store.h"

namespace hep::gui {

class AppServices {
  public:
    explicit AppServices(const std::filesystem::path& db_path);

    Database& database() { return *database_; }
    CatalogueStore& catalogue() { return catalogue_; }
    TemplateStore& templates() { return templates_; }

    // The inputs of a handout: the built-in text and conditions, this catalogue's exercises,
    // the built-in figures, and the clinic's logo when one is set.
    HandoutInputs handoutInputs() const;
    void setLogo(std::optional<RgbImage> logo) { logo_ = std::move(logo); }

  private:
    std::unique_ptr<Database> database_;
    CatalogueStore catalogue_;
    TemplateStore templates_;
    std::optional<RgbImage> logo_;
};

}  // namespace hep::gui
