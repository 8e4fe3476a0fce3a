// hep clinic: the clinic's details kept with the catalogue (name, phone, address, emergency
// number), shown or changed; hep new and hep export --template put them on new programs.
#include <iostream>

#include "app/cli/commands.h"

namespace hep::cli {

int clinicCommand(Context& context, Arguments& args) {
    const auto name = args.option("name");
    const auto phone = args.option("phone");
    const auto address = args.option("address");
    const auto emergency = args.option("emergency-number");
    args.finish();
    Storage& storage = context.storage();
    Clinic clinic = storage.clinic().value_or(Clinic{});
    if (name || phone || address || emergency) {
        clinic.name = name.value_or(clinic.name);
        clinic.phone = phone.value_or(clinic.phone);
        clinic.address = address.value_or(clinic.address);
        clinic.emergency_number = emergency.value_or(clinic.emergency_number);
        storage.setClinic(clinic);
    } else if (!storage.clinic()) {
        std::cout << "No clinic details are set (hep clinic --name NAME --phone PHONE).\n";
        return 0;
    }
    std::cout << "Name: " << clinic.name << "\nPhone: " << clinic.phone
              << "\nAddress: " << clinic.address
              << "\nEmergency number: " << clinic.emergency_number << "\n";
    return 0;
}

}  // namespace hep::cli
