// Backups and autosaves belong to one database: two databases in one folder keep their own,
// and backups are ordered by the time each was made, whatever the time zone (issue 13, items 4
// and 5).
#include <gtest/gtest.h>

#include <ctime>
#include <string>

#include "storage/backup.h"
#include "storage/catalogue_store.h"
#include "tests/support/model_support.h"

namespace hep {
namespace {

namespace fs = std::filesystem;

TEST(BackupNames, TwoDatabasesInOneFolderKeepTheirOwn) {
    test::TempDir dir;
    Database a(dir / "a.db");
    Database b(dir / "b.db");
    const fs::path b_backup = makeBackup(b, "manual");
    for (int i = 0; i < 9; ++i) {
        makeBackup(a, "manual");
    }
    // Seven of a's were kept without pruning b's, and each lists only its own.
    EXPECT_EQ(listBackups(dir / "a.db").size(), kBackupsKept);
    EXPECT_EQ(listBackups(dir / "b.db"), std::vector<fs::path>{b_backup});
    EXPECT_EQ(b_backup.filename().string().rfind("b-", 0), 0u) << b_backup;
    // A database whose name starts like another's ("a-b.db") does not take a's backups.
    Database ab(dir / "a-b.db");
    EXPECT_TRUE(listBackups(dir / "a-b.db").empty());
}

// Backup names were in local time: after a change of time zone, an older backup sorted as the
// newest, and pruning removed the newest. Names are now in UTC; older names are read in local
// time, and the order is by the time they were made.
TEST(BackupNames, OrderedByTheTimeMadeAcrossTimeZones) {
    test::TempDir dir;
    const fs::path path = dir / "hepstudio.db";
    Database db(path);
    {
        test::ScopedEnv zone("TZ", "Pacific/Kiritimati");  // UTC+14: local names sort late
        ::tzset();
        const fs::path made_now = makeBackup(db, "manual");
        // A backup of an earlier version, made an hour ago and named in local time.
        const std::time_t hour_ago = std::time(nullptr) - 3600;
        std::tm local{};
        localtime_r(&hour_ago, &local);
        char stamp[32];
        std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &local);
        const fs::path older =
            backupFolder(path) / ("hepstudio-" + std::string(stamp) + "-daily.db");
        fs::copy_file(made_now, older);
        EXPECT_EQ(listBackups(path), (std::vector<fs::path>{older, made_now}));
        EXPECT_NEAR(static_cast<double>(backupStamp(path, older)->made),
                    static_cast<double>(hour_ago), 1);
        EXPECT_NE(made_now.filename().string().find("Z-manual.db"), std::string::npos) << made_now;
    }
    ::tzset();  // the zone of the run again
}

TEST(BackupNames, EachDatabaseHasItsOwnAutosave) {
    test::TempDir dir;
    test::writeText(dir / "autosave.hep", "a program left by an earlier version");
    EXPECT_EQ(Database::autosavePath(dir / "clinic.db"), dir / "clinic.autosave.hep");
    EXPECT_TRUE(fs::exists(dir / "autosave.hep"));  // not clinic.db's to take
    EXPECT_EQ(Database::autosavePath(dir / "hepstudio.db"), dir / "hepstudio.autosave.hep");
    EXPECT_FALSE(fs::exists(dir / "autosave.hep"));  // the default database's, moved once
    EXPECT_EQ(test::readText(dir / "hepstudio.autosave.hep"),
              "a program left by an earlier version");
}

}  // namespace
}  // namespace hep
