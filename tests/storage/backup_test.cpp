#include "storage/backup.h"

#include <gtest/gtest.h>

#include <chrono>
#include <ctime>

#include "core/errors.h"
#include "sqlite_database.h"
#include "storage/sqlite_catalogue_store.h"
#include "tests/support/model_support.h"

namespace hep {
namespace {

namespace fs = std::filesystem;

TEST(Backup, APrivateCopyThatOpens) {
    test::TempDir dir;
    fs::path path = dir / "hep.db";
    Database db(path);
    SqliteCatalogueStore(db).addCustom(test::sampleExercise("wall-slide"));
    fs::path backup = makeBackup(db, "manual");
    EXPECT_EQ(backup.parent_path(), dir / "backups");
    EXPECT_EQ(test::fileMode(backup), 0600u);
    EXPECT_EQ(test::fileMode(dir / "backups"), 0700u);
    Database copy(backup);
    EXPECT_TRUE(SqliteCatalogueStore(copy).find("wall-slide").has_value());
}

TEST(Backup, KeepsTheLastSeven) {
    test::TempDir dir;
    Database db(dir / "hep.db");
    std::vector<std::filesystem::path> made;
    made.reserve(10);
    for (int i = 0; i < 10; ++i) {
        made.push_back(makeBackup(db, "manual"));  // most in the same second: -2, -3, ...
    }
    // The newest seven are kept, listed oldest first (a plain sort of the names put "-2" before
    // the first copy of its second, and pruning then deleted new copies).
    std::vector<std::filesystem::path> newest(made.end() - kBackupsKept, made.end());
    EXPECT_EQ(listBackups(db.path()), newest);
}

TEST(Backup, DailyOnStartAndBeforeMigration) {
    test::TempDir dir;
    fs::path path = dir / "hep.db";
    { Database db(path); }
    EXPECT_TRUE(listBackups(path).empty());  // a new database needs no copy
    EXPECT_TRUE(dailyBackupDue(path));
    { Database db(path); }
    ASSERT_EQ(listBackups(path).size(), 1u);
    EXPECT_NE(listBackups(path)[0].filename().string().find("-daily"), std::string::npos);
    EXPECT_FALSE(dailyBackupDue(path));
    {
        Database db(path);
        sqlOf(db).exec("DROP TABLE clinic");
        sqlOf(db).exec("DROP TABLE exercise_photos");
        sqlOf(db).exec("ALTER TABLE exercises DROP COLUMN as_needed");
        sqlOf(db).exec("ALTER TABLE exercises DROP COLUMN one_time");
        sqlOf(db).exec("PRAGMA user_version = 1");
    }
    { Database db(path); }
    bool before_migration = false;
    for (const auto& b : listBackups(path)) {
        before_migration |= b.filename().string().find("before-migration") != std::string::npos;
    }
    EXPECT_TRUE(before_migration);
}

TEST(Backup, RestorePutsTheBackupBackAndKeepsTheCurrentAside) {
    test::TempDir dir;
    fs::path path = dir / "hep.db";
    fs::path backup;
    {
        Database db(path);
        SqliteCatalogueStore(db).addCustom(test::sampleExercise("kept-in-backup"));
        backup = makeBackup(db, "manual");
        SqliteCatalogueStore(db).addCustom(test::sampleExercise("added-after"));
    }
    fs::path aside = restoreBackup(path, backup);
    ASSERT_FALSE(aside.empty());
    EXPECT_EQ(test::fileMode(path), 0600u);
    Database restored(path);
    EXPECT_TRUE(SqliteCatalogueStore(restored).find("kept-in-backup").has_value());
    EXPECT_FALSE(SqliteCatalogueStore(restored).find("added-after").has_value());
    Database old(aside);
    EXPECT_TRUE(SqliteCatalogueStore(old).find("added-after").has_value());
}

// Through a link, restore puts the backup in the file the link names and keeps the link; two
// windows on one file, one through a link, meet one lock (issue 13, item 7).
TEST(Backup, RestoreThroughALinkKeepsTheLink) {
    test::TempDir dir;
    const fs::path real = dir / "real.db";
    const fs::path link = dir / "link.db";
    fs::path backup;
    {
        Database db(real);
        SqliteCatalogueStore(db).addCustom(test::sampleExercise("kept-in-backup"));
        backup = makeBackup(db, "manual");
        SqliteCatalogueStore(db).addCustom(test::sampleExercise("added-after"));
    }
    fs::create_symlink(real, link);
    {
        Database first(real, Database::Access::Exclusive);
        EXPECT_THROW(Database second(link, Database::Access::Exclusive), DatabaseInUseError);
    }
    restoreBackup(link, backup);
    EXPECT_TRUE(fs::is_symlink(link));
    Database restored(real);
    EXPECT_TRUE(SqliteCatalogueStore(restored).find("kept-in-backup").has_value());
    EXPECT_FALSE(SqliteCatalogueStore(restored).find("added-after").has_value());
}

// Two restores in the same second kept their copies under one name: the second overwrote the
// first, and the newest data was gone (issue 13, item 1).
TEST(Backup, RestoresInOneSecondKeepEveryCopyAside) {
    test::TempDir dir;
    fs::path path = dir / "hep.db";
    fs::path backup;
    {
        Database db(path);
        backup = makeBackup(db, "manual");
        SqliteCatalogueStore(db).addCustom(test::sampleExercise("newest-data"));
    }
    std::vector<fs::path> asides;
    asides.reserve(3);
    for (int i = 0; i < 3; ++i) {
        asides.push_back(restoreBackup(path, backup));
    }
    EXPECT_NE(asides[0], asides[1]);
    EXPECT_NE(asides[1], asides[2]);
    EXPECT_NE(asides[0], asides[2]);
    Database first(asides[0]);
    EXPECT_TRUE(SqliteCatalogueStore(first).find("newest-data").has_value());
    for (const auto& aside : asides) {
        EXPECT_EQ(test::fileMode(aside), 0600u) << aside;
    }
}

// A backup killed half-way was kept, counted among the 7 and named "the latest backup" (issue
// 13, item 5). Backups are written as .part and renamed when whole; parts are never listed, and
// old ones are cleared.
TEST(Backup, AHalfWrittenBackupIsNeverListed) {
    test::TempDir dir;
    fs::path path = dir / "hep.db";
    Database db(path);
    const fs::path folder = backupFolder(path);
    fs::create_directories(folder);
    const fs::path killed = folder / "hepstudio-20991231-235959-daily.db.part";
    test::writeText(killed, std::string(4096, 'x'));
    fs::last_write_time(killed, fs::file_time_type::clock::now() - std::chrono::hours(2));
    const fs::path fresh = folder / "hepstudio-20991231-235959-manual.db.part";
    test::writeText(fresh, "still being written by another window");
    EXPECT_TRUE(listBackups(path).empty());
    const fs::path made = makeBackup(db, "manual");
    ASSERT_EQ(listBackups(path), std::vector<fs::path>{made});
    EXPECT_FALSE(fs::exists(made.string() + ".part"));
    EXPECT_FALSE(fs::exists(killed));  // an hour old: left by a killed backup
    EXPECT_TRUE(fs::exists(fresh));    // a minute old: maybe still being written
}

// A backup killed half-way leaves its part under the name the next backup of that second
// would take: the next one takes the next number instead of failing ("File exists").
TEST(Backup, APartLeftBehindDoesNotBlockTheNextBackup) {
    test::TempDir dir;
    fs::path path = dir / "hep.db";
    Database db(path);
    const fs::path folder = backupFolder(path);
    fs::create_directories(folder);
    const auto now = std::chrono::system_clock::now();
    for (int second = 0; second < 3; ++second) {  // this second and the next two
        const std::time_t t = std::chrono::system_clock::to_time_t(now) + second;
        std::tm utc{};
        gmtime_r(&t, &utc);
        char stamp[32];
        std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%SZ", &utc);
        test::writeText(folder / ("hep-" + std::string(stamp) + "-manual.db.part"), "cut");
    }
    const fs::path made = makeBackup(db, "manual");
    EXPECT_EQ(listBackups(path), std::vector<fs::path>{made});
    EXPECT_NE(made.filename().string().find("-manual-2.db"), std::string::npos) << made;
}

TEST(Backup, RestoreRefusesWhatCannotBeUsedAndChangesNothing) {
    test::TempDir dir;
    fs::path path = dir / "hep.db";
    { Database db(path); }
    std::string before = test::fileBytes(path);
    test::writeText(dir / "junk.db", std::string(5000, 'x'));
    EXPECT_THROW(restoreBackup(path, dir / "junk.db"), StorageError);
    EXPECT_THROW(restoreBackup(path, dir / "missing.db"), StorageError);
    {
        SQLite::Database other((dir / "other.db").string(),
                               SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE t (x)");
    }
    try {
        restoreBackup(path, dir / "other.db");
        FAIL();
    } catch (const StorageError& e) {
        EXPECT_NE(std::string(e.what()).find("is not a HEP Studio database"), std::string::npos);
    }
    EXPECT_EQ(test::fileBytes(path), before);
    EXPECT_FALSE(fs::exists(path.string() + ".restoring"));
}

}  // namespace
}  // namespace hep
