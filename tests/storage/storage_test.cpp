// The storage's own part: the clinic's details, kept with the catalogue, checked before they are
// written and read back after the storage is opened again.
#include "storage/storage.h"

#include <gtest/gtest.h>

#include "core/errors.h"
#include "storage/sqlite_storage.h"
#include "tests/support/model_support.h"

namespace hep {
namespace {

TEST(Storage, TheClinicIsKeptWithTheCatalogue) {
    test::TempDir dir;
    const Clinic clinic{"Clínica Núñez", "555-0142", "12 Main St", "112"};
    {
        SqliteStorage storage(dir / "hep.db");
        EXPECT_FALSE(storage.clinic().has_value());
        storage.setClinic(clinic);
    }
    SqliteStorage storage(dir / "hep.db");
    EXPECT_EQ(storage.clinic(), clinic);
    Clinic bad = clinic;
    bad.phone = std::string(250, '5');
    try {
        storage.setClinic(bad);
        ADD_FAILURE() << "a phone of 250 characters was taken";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("The clinic's phone is too long"), std::string::npos)
            << e.what();
    }
    bad = clinic;
    bad.emergency_number = "";
    EXPECT_THROW(storage.setClinic(bad), InputError);
    EXPECT_EQ(storage.clinic(), clinic);  // nothing written by a refused change
    EXPECT_NE(storage.description().find("hep.db"), std::string::npos);
}

}  // namespace
}  // namespace hep
