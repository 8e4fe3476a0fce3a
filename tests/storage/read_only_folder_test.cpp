// A read-only folder, as the therapist's account meets it: the database, its backups and saved
// files give a clear message naming the place, and nothing that exists is changed. Runs as an
// unprivileged user (root writes anywhere; CI runs as root).
#include <gtest/gtest.h>

#include <filesystem>

#include "core/errors.h"
#include "core/file_io.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/sqlite_catalogue_store.h"
#include "tests/support/model_support.h"

namespace hep {
namespace {

namespace fs = std::filesystem;

// A folder the unprivileged child can enter and read but not write.
class ReadOnlyFolder : public ::testing::Test {
  protected:
    void SetUp() override {
        fs::permissions(dir_.path(), fs::perms(0755));
        fs::create_directory(folder_);
    }
    void lock() { fs::permissions(folder_, fs::perms(0555)); }

    // The message of the StorageError that body throws in the unprivileged child.
    static std::string storageError(const std::function<void()>& body) {
        return test::runUnprivileged([&]() -> std::string {
            try {
                body();
            } catch (const StorageError& e) {
                return e.what();
            } catch (const std::exception& e) {
                return std::string("not a StorageError: ") + e.what();
            }
            return "no error";
        });
    }

    test::TempDir dir_;
    fs::path folder_ = dir_ / "read-only";
};

TEST_F(ReadOnlyFolder, ANewDatabaseCannotBeCreated) {
    lock();
    fs::path db = folder_ / "hep.db";
    std::string message = storageError([&] { Database database(db); });
    EXPECT_NE(message.find("The database " + db.string() + " cannot be used: its folder " +
                           folder_.string() + " cannot be written by you (Permission denied)"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("start HEP Studio with --db"), std::string::npos) << message;
    EXPECT_FALSE(fs::exists(db));
}

TEST_F(ReadOnlyFolder, AnExistingDatabaseIsLeftAsItWas) {
    fs::path db = folder_ / "hep.db";
    { Database database(db); }
    fs::permissions(db, fs::perms(0644));
    std::string before = test::fileBytes(db);
    lock();
    std::string message = storageError([&] {
        Database database(db);
        SqliteCatalogueStore(database).addCustom(test::sampleExercise("never-saved"));
    });
    EXPECT_NE(message.find("its folder " + folder_.string() + " cannot be written by you"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("The file was left as it is."), std::string::npos) << message;
    EXPECT_EQ(test::fileBytes(db), before);
    EXPECT_EQ(fs::directory_iterator(folder_)->path(), db);  // nothing new beside it
}

TEST_F(ReadOnlyFolder, AReadOnlyDatabaseFileIsRefusedAsSuch) {
    fs::path home = dir_ / "home";
    fs::create_directory(home);
    fs::path db = home / "hep.db";
    { Database database(db); }
    fs::permissions(db, fs::perms(0444));
    test::giveToUnprivileged(home);
    std::string before = test::fileBytes(db);
    std::string message = storageError([&] { Database database(db); });
    EXPECT_NE(message.find("The database " + db.string() +
                           " cannot be used: the file cannot be written by you"),
              std::string::npos)
        << message;
    EXPECT_EQ(test::fileBytes(db), before);
}

TEST_F(ReadOnlyFolder, SavingAFileThereIsAClearErrorAndLeavesTheOldFile) {
    fs::path file = folder_ / "maria.hep";
    test::writeText(file, "the old program");
    fs::permissions(file, fs::perms(0666));
    test::giveToUnprivileged(file);  // the child's own file, in a folder it may not write
    lock();
    std::string message =
        storageError([&] { writeFileAtomically(file, "the new program, never written"); });
    EXPECT_NE(message.find(file.string()), std::string::npos) << message;
    EXPECT_NE(message.find("Permission denied"), std::string::npos) << message;
    EXPECT_EQ(test::readText(file), "the old program");
    EXPECT_EQ(std::distance(fs::directory_iterator(folder_), fs::directory_iterator()), 1);
}

// Another user's file in a folder we may write: a rename would replace it silently (issue 13,
// item 16). It is refused, and left as it was.
TEST_F(ReadOnlyFolder, AnotherUsersFileIsNotReplaced) {
    fs::permissions(folder_, fs::perms(0777));
    fs::path file = folder_ / "theirs.pdf";
    test::writeText(file, "their handout");
    fs::permissions(file, fs::perms(0644));
    const std::string message =
        storageError([&] { writeFileAtomically(file, "a handout over theirs"); });
    EXPECT_NE(message.find("belongs to another user"), std::string::npos) << message;
    EXPECT_EQ(test::readText(file), "their handout");
}

TEST_F(ReadOnlyFolder, AReadOnlyBackupsFolderIsAClearErrorAndDoesNotStopWork) {
    // The database's own folder belongs to the user; its backups folder cannot be written.
    fs::path home = dir_ / "home";
    fs::create_directory(home);
    fs::path db = home / "hep.db";
    { Database database(db); }
    fs::create_directory(home / "backups");
    fs::permissions(home / "backups", fs::perms(0555));
    test::giveToUnprivileged(home);
    test::giveToUnprivileged(db);
    std::string message = storageError([&] {
        Database database(db);  // the daily backup fails quietly: the clinic's work goes on
        SqliteCatalogueStore(database).addCustom(test::sampleExercise("still-saved"));
        makeBackup(database, "manual");
    });
    EXPECT_NE(message.find((home / "backups").string()), std::string::npos) << message;
    EXPECT_TRUE(fs::is_empty(home / "backups"));
    Database database(db);
    EXPECT_EQ(SqliteCatalogueStore(database).get("still-saved").name,
              test::sampleExercise("still-saved").name);
}

}  // namespace
}  // namespace hep
