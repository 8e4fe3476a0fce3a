// Damage that a quick look misses is found at open (issue 13, item 8): an index that no longer
// matches its table, a column another program dropped. The damaged file is not backed up over
// the good backups, and the message says it is damaged.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include <string>

#include "core/errors.h"
#include "storage/backup.h"
#include "storage/catalogue_store.h"
#include "tests/support/model_support.h"

namespace hep {
namespace {

namespace fs = std::filesystem;

// A database with one good backup, then changed behind HEP Studio's back by `damage`.
void damagedWithABackup(const fs::path& path, const std::string& damage) {
    {
        Database db(path);
        makeBackup(db, "manual");
    }
    SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
    raw.exec(damage);
}

// The index by name declared on another column: its entries no longer match the table.
// quick_check passed this; the full check does not.
TEST(DamagedDatabase, AnIndexThatDoesNotMatchItsTable) {
    test::TempDir dir;
    const fs::path path = dir / "hep.db";
    damagedWithABackup(path,
                       "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = 'CREATE INDEX "
                       "exercises_by_name ON exercises (category)' WHERE name = "
                       "'exercises_by_name'; PRAGMA writable_schema = OFF;");
    {
        SQLite::Database raw(path.string(), SQLite::OPEN_READONLY);
        ASSERT_EQ(raw.execAndGet("PRAGMA quick_check").getString(), "ok");  // what it missed
    }
    const std::string message = test::openError(path);
    EXPECT_NE(message.find("is damaged"), std::string::npos) << message;
    ASSERT_EQ(listBackups(path).size(), 1u);  // not backed up over the good one
    EXPECT_NO_THROW(Database backup(listBackups(path).front()));
}

TEST(DamagedDatabase, AColumnAnotherProgramDropped) {
    test::TempDir dir;
    const fs::path path = dir / "hep.db";
    damagedWithABackup(path, "ALTER TABLE exercises DROP COLUMN therapist_alert");
    const std::string message = test::openError(path);
    EXPECT_NE(message.find("is damaged (its tables are not as HEP Studio made them"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("therapist_alert"), std::string::npos) << message;
    EXPECT_EQ(listBackups(path).size(), 1u);
}

}  // namespace
}  // namespace hep
