#include "app/gui/app_services.h"

#include "files/builtin_catalogue.h"
#include "layout/exercise_pictures.h"
#include "storage/sqlite_storage.h"

namespace hep::gui {

AppServices::AppServices(const std::filesystem::path& db_path)
    : storage_(std::make_unique<SqliteStorage>(db_path, Database::Access::Exclusive)),
      database_path_(db_path) {}

AppServices::AppServices(std::unique_ptr<Storage> storage, std::filesystem::path database_path)
    : storage_(std::move(storage)), database_path_(std::move(database_path)) {}

HandoutInputs AppServices::handoutInputs() const {
    HandoutInputs inputs;
    inputs.text = builtinCatalogue().handout;
    inputs.conditions = builtinCatalogue().conditions;
    inputs.lookup = storage_->catalogue().lookup();
    inputs.logo = logo_;
    inputs.pictures = exercisePictures;
    inputs.creator = std::string("HEP Studio ") + HEP_VERSION;
    return inputs;
}

}  // namespace hep::gui
