// Values read back from the database are checked like values read from a file: a row changed
// behind HEP Studio's back is named as damage, never printed ("Do this -5 times") or silently
// changed (an unknown side taken as no side).
#include <gtest/gtest.h>

#include <string>

#include "core/errors.h"
#include "sqlite_database.h"
#include "storage/sqlite_catalogue_store.h"
#include "storage/sqlite_template_store.h"
#include "tests/support/model_support.h"

namespace hep {
namespace {

// The message of the StorageError that reading the exercise throws, or "" when it reads.
std::string exerciseError(Database& db, const std::string& id) {
    try {
        SqliteCatalogueStore(db).get(id);
    } catch (const StorageError& e) {
        return e.what();
    }
    return "";
}

TEST(TamperedRows, AnExerciseDoseOutOfBoundsIsDamage) {
    test::TempDir dir;
    Database db(dir / "hep.db");
    ASSERT_EQ(exerciseError(db, "bridge"), "");
    sqlOf(db).exec("UPDATE exercises SET reps = -5 WHERE id = 'bridge'");
    const std::string message = exerciseError(db, "bridge");
    EXPECT_NE(message.find("damaged"), std::string::npos) << message;
    EXPECT_NE(message.find("exercise \"bridge\""), std::string::npos) << message;
    EXPECT_NE(message.find("reps"), std::string::npos) << message;
    // The list of the catalogue says so too, rather than listing a wrong dose.
    EXPECT_THROW(SqliteCatalogueStore(db).all(), StorageError);
}

TEST(TamperedRows, TextRealsAndHugeNumbersAreNotWholeNumbers) {
    for (const char* value : {"'ten'", "2.5", "9999999999"}) {
        test::TempDir dir;
        Database db(dir / "hep.db");
        sqlOf(db).exec(std::string("UPDATE exercises SET hold_seconds = ") + value +
                       " WHERE id = 'bridge'");
        const std::string message = exerciseError(db, "bridge");
        EXPECT_NE(message.find("column \"hold_seconds\" does not hold a whole number"),
                  std::string::npos)
            << value << ": " << message;
    }
}

TEST(TamperedRows, AnUnknownSideIsDamageNotNoSide) {
    test::TempDir dir;
    Database db(dir / "hep.db");
    sqlOf(db).exec("UPDATE exercises SET side = 'sideways' WHERE id = 'bridge'");
    EXPECT_NE(exerciseError(db, "bridge").find("\"sideways\", which is not a side"),
              std::string::npos)
        << exerciseError(db, "bridge");
}

TEST(TamperedRows, ATemplateItemDoseIsChecked) {
    test::TempDir dir;
    Database db(dir / "hep.db");
    sqlOf(db).exec(
        "UPDATE template_items SET reps = 1000 WHERE template_id = 'lss-starter' AND "
        "position = (SELECT MIN(position) FROM template_items WHERE template_id = "
        "'lss-starter')");
    try {
        SqliteTemplateStore(db).get("lss-starter");
        ADD_FAILURE() << "a template with reps 1000 was read";
    } catch (const StorageError& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("template \"lss-starter\", item 1: reps"), std::string::npos)
            << message;
    }
}

}  // namespace
}  // namespace hep
