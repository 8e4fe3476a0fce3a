#include "app/gui/app_services.h"

#include "export/exercise_pictures.h"
#include "model/builtin_catalogue.h"

namespace hep::gui {

AppServices::AppServices(const std::filesystem::path& db_path)
    : database_(std::make_unique<Database>(db_path, Database::Access::Exclusive)),
      catalogue_(*database_),
      templates_(*database_) {}

HandoutInputs AppServices::handoutInputs() const {
    HandoutInputs inputs;
    inputs.text = builtinCatalogue().handout;
    inputs.conditions = builtinCatalogue().conditions;
    inputs.lookup = catalogue_.lookup();
    inputs.logo = logo_;
    inputs.pictures = exercisePictures;
    inputs.creator = std::string("HEP Studio ") + HEP_VERSION;
    return inputs;
}

}  // namespace hep::gui
