// What the window offers when its database cannot be used: the latest backup put back, a fresh
// start with the old file kept aside, or quitting with nothing changed; and what it does not
// offer (a database in use, or one the user cannot write).
#include "app/gui/database_recovery.h"

#include <gtest/gtest.h>

#include "core/errors.h"
#include "files/builtin_catalogue.h"
#include "sqlite_database.h"
#include "storage/backup.h"
#include "storage/sqlite_catalogue_store.h"
#include "tests/support/model_support.h"

namespace hep::gui {
namespace {

namespace fs = std::filesystem;

class DatabaseRecoveryTest : public ::testing::Test {
  protected:
    // A database with one custom exercise and a backup of it, then damaged.
    void makeDamagedWithBackup() {
        {
            Database db(path_);
            SqliteCatalogueStore(db).addCustom(hep::test::sampleExercise("wall-lean"));
            backup_ = makeBackup(db, "manual");
        }
        damage();
    }
    void damage() { hep::test::writeText(path_, std::string(8192, 'x')); }
    // Answers with choice, and remembers what it was asked.
    AskRecovery answer(RecoveryChoice choice) {
        return [this, choice](const std::string& problem, const std::optional<fs::path>& latest) {
            ++asked_;
            problem_ = problem;
            latest_ = latest;
            return choice;
        };
    }
    std::vector<fs::path> filesStartingWith(const std::string& prefix) {
        std::vector<fs::path> found;
        for (const auto& entry : fs::directory_iterator(dir_.path())) {
            if (entry.path().filename().string().rfind(prefix, 0) == 0) {
                found.push_back(entry.path());
            }
        }
        return found;
    }

    hep::test::TempDir dir_;
    fs::path path_ = dir_ / "hep.db";
    fs::path backup_;
    int asked_ = 0;
    std::string problem_;
    std::optional<fs::path> latest_;
};

TEST_F(DatabaseRecoveryTest, TheLatestBackupIsPutBackAndTheDamagedFileKept) {
    makeDamagedWithBackup();
    auto services = openWithRecovery(path_, answer(RecoveryChoice::RestoreLatestBackup));
    ASSERT_NE(services, nullptr);
    EXPECT_EQ(asked_, 1);
    EXPECT_NE(problem_.find(path_.string()), std::string::npos) << problem_;
    EXPECT_EQ(latest_, backup_);
    EXPECT_TRUE(services->catalogue().find("wall-lean").has_value());
    auto kept = filesStartingWith("hep.db.before-restore-");
    ASSERT_EQ(kept.size(), 1u);
    EXPECT_EQ(hep::test::fileBytes(kept[0]), std::string(8192, 'x'));
}

TEST_F(DatabaseRecoveryTest, AFreshStartKeepsTheOldFileAside) {
    damage();
    auto services = openWithRecovery(path_, answer(RecoveryChoice::StartFresh));
    ASSERT_NE(services, nullptr);
    EXPECT_FALSE(latest_.has_value());  // no backup to offer
    EXPECT_EQ(services->catalogue().count(), builtinExercises().size());
    auto kept = filesStartingWith("hep.db.unusable-");
    ASSERT_EQ(kept.size(), 1u);
    EXPECT_EQ(hep::test::fileBytes(kept[0]), std::string(8192, 'x'));
}

TEST_F(DatabaseRecoveryTest, QuittingChangesNothing) {
    makeDamagedWithBackup();
    EXPECT_EQ(openWithRecovery(path_, answer(RecoveryChoice::Quit)), nullptr);
    EXPECT_EQ(hep::test::fileBytes(path_), std::string(8192, 'x'));
    EXPECT_TRUE(filesStartingWith("hep.db.").size() <= 1u);  // at most its lock file
    EXPECT_EQ(listBackups(path_), std::vector<fs::path>{backup_});
}

TEST_F(DatabaseRecoveryTest, ADatabaseInUseIsNotOfferedForRepair) {
    auto first = openWithRecovery(path_, answer(RecoveryChoice::StartFresh));
    ASSERT_NE(first, nullptr);
    EXPECT_THROW(openWithRecovery(path_, answer(RecoveryChoice::StartFresh)), DatabaseInUseError);
    EXPECT_EQ(asked_, 0);
}

TEST_F(DatabaseRecoveryTest, ADatabaseTheUserCannotWriteIsNotOfferedForRepair) {
    fs::permissions(dir_.path(), fs::perms(0755));
    fs::path folder = dir_ / "read-only";
    fs::create_directory(folder);
    { Database db(folder / "hep.db"); }
    fs::permissions(folder / "hep.db", fs::perms(0644));
    fs::permissions(folder, fs::perms(0555));
    std::string result = hep::test::runUnprivileged([&]() -> std::string {
        try {
            openWithRecovery(folder / "hep.db", answer(RecoveryChoice::StartFresh));
        } catch (const DatabaseNotWritableError&) {
            return asked_ == 0 ? "refused without asking" : "asked";
        }
        return "opened";
    });
    EXPECT_EQ(result, "refused without asking");
}

// A database another program holds locked, with a backup beside it: in use, not damaged. The
// window used to offer "Restore the latest backup", which put an older copy over a good file.
TEST_F(DatabaseRecoveryTest, ADatabaseLockedByAnotherProgramIsNotOfferedForRepair) {
    {
        Database db(path_);
        SqliteCatalogueStore(db).addCustom(hep::test::sampleExercise("wall-lean"));
        makeBackup(db, "manual");
    }
    SQLite::Database other(path_.string(), SQLite::OPEN_READWRITE);
    other.exec("PRAGMA locking_mode = EXCLUSIVE");
    other.exec("BEGIN EXCLUSIVE");
    EXPECT_THROW(openWithRecovery(path_, answer(RecoveryChoice::RestoreLatestBackup)),
                 DatabaseInUseError);
    EXPECT_EQ(asked_, 0);
    other.exec("ROLLBACK");
    other.exec("PRAGMA locking_mode = NORMAL");
    EXPECT_TRUE(filesStartingWith("hep.db.before-restore").empty());
}

}  // namespace
}  // namespace hep::gui
