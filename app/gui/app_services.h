// What the window works with: the storage of the catalogue and templates, and the inputs of the
// handout.
#pragma once

#include <filesystem>
#include <memory>

#include "layout/handout_layout.h"
#include "storage/storage.h"

namespace hep::gui {

class AppServices {
  public:
    // The local database at db_path, opened for this window alone.
    explicit AppServices(const std::filesystem::path& db_path);
    // Another storage (the clinic server); database_path is the local file, or empty for none.
    AppServices(std::unique_ptr<Storage> storage, std::filesystem::path database_path);

    Storage& storage() { return *storage_; }
    CatalogueStore& catalogue() { return storage_->catalogue(); }
    TemplateStore& templates() { return storage_->templates(); }
    // The local database file, which no output may replace; empty on a clinic server.
    const std::filesystem::path& databasePath() const { return database_path_; }

    // The inputs of a handout: the built-in text and conditions, this catalogue's exercises,
    // the built-in figures, and the clinic's logo when one is set.
    HandoutInputs handoutInputs() const;
    void setLogo(std::optional<RgbImage> logo) { logo_ = std::move(logo); }

  private:
    std::unique_ptr<Storage> storage_;
    std::filesystem::path database_path_;
    std::optional<RgbImage> logo_;
};

}  // namespace hep::gui
