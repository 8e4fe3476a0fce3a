// The write-ahead log is read before SQLite reads it (issue 13, item 6): a flipped byte in the
// middle of it no longer drops the changes saved after it silently, and a file that is refused
// keeps its log as it was.
#include <sqlite3.h>

#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include <string>

#include "core/errors.h"
#include "storage/database.h"
#include "tests/support/model_support.h"
#include "wal_check.h"

namespace hep {
namespace {

namespace fs = std::filesystem;

// A HEP Studio database, then `sql` run on it with the log kept: no checkpoint, on close either.
void withLog(const fs::path& path, const std::vector<std::string>& transactions) {
    { Database create(path); }
    SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
    sqlite3_db_config(raw.getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    raw.exec("PRAGMA wal_autocheckpoint = 0");
    for (const auto& sql : transactions) {
        raw.exec(sql);
    }
}

const std::vector<std::string> kThreeSaves = {
    "INSERT INTO meta (key, value) VALUES ('saved-1', 'one')",
    "INSERT INTO meta (key, value) VALUES ('saved-2', 'two')",
    "INSERT INTO meta (key, value) VALUES ('saved-3', 'three')",
};

TEST(WalDamage, ASoundLogIsReadWhole) {
    test::TempDir dir;
    const fs::path path = dir / "hep.db";
    withLog(path, kThreeSaves);
    ASSERT_GT(fs::file_size(path.string() + "-wal"), 32u);
    EXPECT_FALSE(findWalDamage(path.string() + "-wal").has_value());
    Database db(path);
    SQLite::Database raw(path.string(), SQLite::OPEN_READONLY);
    EXPECT_EQ(raw.execAndGet("SELECT value FROM meta WHERE key = 'saved-3'").getString(), "three");
}

TEST(WalDamage, AFlippedByteBeforeSavedChangesIsRefusedAndLeft) {
    test::TempDir dir;
    const fs::path path = dir / "hep.db";
    withLog(path, kThreeSaves);
    const fs::path wal = path.string() + "-wal";
    std::string bytes = test::fileBytes(wal);
    bytes[32 + 24 + 200] = static_cast<char>(bytes[32 + 24 + 200] ^ 0x10);  // in frame 1's page
    test::writeText(wal, bytes);
    const auto damage = findWalDamage(wal);
    ASSERT_TRUE(damage.has_value());
    EXPECT_EQ(damage->bad_frame, 1u);
    EXPECT_GE(damage->lost_commits, 2u);
    const std::string message = test::openError(path);
    EXPECT_NE(message.find("has a damaged log"), std::string::npos) << message;
    EXPECT_NE(message.find("would be lost"), std::string::npos) << message;
    EXPECT_TRUE(test::fileBytes(wal) == bytes)
        << "the log changed";  // left for a copy or a restore
}

// A write cut short at the end of the log is not damage: that change was never saved.
TEST(WalDamage, ATornTailIsNotDamage) {
    test::TempDir dir;
    const fs::path path = dir / "hep.db";
    withLog(path, kThreeSaves);
    const fs::path wal = path.string() + "-wal";
    const std::string bytes = test::fileBytes(wal);
    test::writeText(wal, bytes.substr(0, bytes.size() - 100));
    EXPECT_FALSE(findWalDamage(wal).has_value());
    EXPECT_EQ(test::openError(path), "");
}

// A newer version's database was "left as it is" while closing folded its log into it.
TEST(WalDamage, ARefusedFileKeepsItsLog) {
    test::TempDir dir;
    const fs::path path = dir / "hep.db";
    withLog(path, {"PRAGMA user_version = 99"});
    const fs::path wal = path.string() + "-wal";
    const std::string db_before = test::fileBytes(path);
    const std::string wal_before = test::fileBytes(wal);
    ASSERT_GT(wal_before.size(), 32u);
    EXPECT_NE(test::openError(path).find("newer version"), std::string::npos);
    EXPECT_TRUE(test::fileBytes(path) == db_before) << "the log was folded into the file";
    EXPECT_TRUE(test::fileBytes(wal) == wal_before) << "the log changed";
}

}  // namespace
}  // namespace hep
