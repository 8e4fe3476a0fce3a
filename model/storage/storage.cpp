#include "storage/storage.h"

#include "core/errors.h"
#include "core/text_limits.h"

namespace hep {

void Storage::setClinic(const Clinic& clinic) {
    const std::pair<const char*, const std::string*> optional[] = {
        {"name", &clinic.name}, {"phone", &clinic.phone}, {"address", &clinic.address}};
    for (const auto& [field, text] : optional) {
        if (auto problem = checkOptionalText(*text, kMaxShortTextLength)) {
            throw InputError(std::string("The clinic's ") + field + " " + *problem + ".");
        }
    }
    if (auto problem = checkRequiredText(clinic.emergency_number, kMaxShortTextLength)) {
        throw InputError("The clinic's emergency number " + *problem + ".");
    }
    writeClinic(clinic);
}

}  // namespace hep
