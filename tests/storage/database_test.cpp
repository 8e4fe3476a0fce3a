#include "storage/database.h"

#include <sys/stat.h>

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <random>

#include "core/errors.h"
#include "files/builtin_catalogue.h"
#include "sqlite_database.h"
#include "storage/backup.h"
#include "storage/sqlite_catalogue_store.h"
#include "storage/sqlite_template_store.h"
#include "tests/support/model_support.h"

namespace hep {
namespace {

namespace fs = std::filesystem;

// The message of the StorageError that opening path throws ("" when it opens).
void makeDatabaseWithCustomExercises(const fs::path& path, int count) {
    Database db(path);
    SqliteCatalogueStore store(db);
    for (int i = 0; i < count; ++i) {
        store.addCustom(test::sampleExercise("custom-" + std::to_string(i)));
    }
}

void setUserVersion(const fs::path& path, unsigned version) {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(60);
    char bytes[4] = {static_cast<char>(version >> 24), static_cast<char>(version >> 16),
                     static_cast<char>(version >> 8), static_cast<char>(version)};
    f.write(bytes, 4);
}

TEST(Database, FirstStartCreatesThePrivateDatabaseFromAssets) {
    test::TempDir dir;
    fs::path path = dir / "data/hepstudio/hepstudio.db";
    Database db(path);
    EXPECT_TRUE(db.createdNow());
    EXPECT_TRUE(fs::exists(path));
    EXPECT_EQ(test::fileMode(path), 0600u);
    EXPECT_EQ(test::fileMode(path.parent_path()), 0700u);
    EXPECT_EQ(db.schemaVersion(), kSchemaVersion);
    EXPECT_EQ(SqliteCatalogueStore(db).count(), builtinExercises().size());
    EXPECT_EQ(SqliteTemplateStore(db).list().size(), builtinCatalogue().templates.size());
    EXPECT_GE(db.builtinRevision(), 1);
}

TEST(Database, ReopenKeepsWhatWasSaved) {
    test::TempDir dir;
    fs::path path = dir / "hep.db";
    makeDatabaseWithCustomExercises(path, 2);
    Database db(path);
    EXPECT_FALSE(db.createdNow());
    EXPECT_EQ(SqliteCatalogueStore(db).count(), builtinExercises().size() + 2);
    EXPECT_EQ(SqliteCatalogueStore(db).get("custom-1").name, "Wall slide custom-1");
}

TEST(Database, RefusesAFileThatIsNotADatabaseAndLeavesIt) {
    test::TempDir dir;
    fs::path path = dir / "random.db";
    std::mt19937 rng(7);
    std::string bytes(8192, '\0');
    for (auto& b : bytes) {
        b = static_cast<char>(rng());
    }
    test::writeText(path, bytes);
    std::string message = test::openError(path);
    EXPECT_NE(message.find(path.string()), std::string::npos) << message;
    EXPECT_NE(message.find("is not a HEP Studio database or is damaged"), std::string::npos)
        << message;
    EXPECT_NE(message.find("move " + path.string() + " aside"), std::string::npos) << message;
    EXPECT_EQ(test::fileBytes(path), bytes);
}

TEST(Database, RefusesATruncatedDatabaseAndLeavesIt) {
    test::TempDir dir;
    fs::path path = dir / "hep.db";
    makeDatabaseWithCustomExercises(path, 200);
    auto size = fs::file_size(path);
    ASSERT_GT(size, 40000u);
    fs::resize_file(path, size / 3 + 100);
    std::string before = test::fileBytes(path);
    std::string message = test::openError(path);
    EXPECT_NE(message.find(path.string()), std::string::npos) << message;
    EXPECT_NE(message.find("damaged"), std::string::npos) << message;
    EXPECT_EQ(test::fileBytes(path), before);
}

TEST(Database, RefusesANewerSchemaAndLeavesIt) {
    test::TempDir dir;
    fs::path path = dir / "hep.db";
    makeDatabaseWithCustomExercises(path, 1);
    setUserVersion(path, 99);
    std::string before = test::fileBytes(path);
    std::string message = test::openError(path);
    EXPECT_NE(message.find("was made by a newer version of HEP Studio (schema version 99"),
              std::string::npos)
        << message;
    EXPECT_EQ(test::fileBytes(path), before);
}

TEST(Database, RefusesAnotherProgramsDatabase) {
    test::TempDir dir;
    fs::path path = dir / "other.db";
    {
        SQLite::Database other(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE songs (title TEXT)");
    }
    std::string before = test::fileBytes(path);
    EXPECT_NE(test::openError(path).find("is an SQLite database of another program"),
              std::string::npos);
    EXPECT_EQ(test::fileBytes(path), before);
}

// Another program's empty database (its own application id and schema version, no tables) was
// called "made by a newer version of HEP Studio" (issue 13, item 15).
TEST(Database, AnotherProgramsEmptyDatabaseIsNamedAsSuch) {
    test::TempDir dir;
    fs::path path = dir / "other.db";
    {
        SQLite::Database other(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("PRAGMA application_id = 1234");
        other.exec("PRAGMA user_version = 7");
    }
    std::string before = test::fileBytes(path);
    const std::string message = test::openError(path);
    EXPECT_NE(message.find("is an SQLite database of another program"), std::string::npos)
        << message;
    EXPECT_EQ(message.find("newer version"), std::string::npos) << message;
    EXPECT_EQ(test::fileBytes(path), before);
}

TEST(Database, UnwritableDataFolderIsAClearError) {
    test::TempDir dir;
    test::writeText(dir / "not-a-folder", "x");
    std::string message = test::openError(dir / "not-a-folder/hepstudio/hep.db");
    EXPECT_NE(message.find("Cannot create the folder"), std::string::npos) << message;
    EXPECT_NE(message.find("not-a-folder"), std::string::npos) << message;
}

TEST(Database, ADamagedDatabaseWithBackupsNamesTheLatestOne) {
    test::TempDir dir;
    fs::path path = dir / "hep.db";
    fs::path latest;
    {
        Database db(path);
        makeBackup(db, "manual");
        latest = makeBackup(db, "manual");
    }
    test::writeText(path, std::string(8192, 'x'));
    std::string message = test::openError(path);
    EXPECT_NE(message.find("To go back to the latest backup, run: hep --db " + path.string() +
                           " restore " + latest.string() + "."),
              std::string::npos)
        << message;
}

TEST(Database, AnEmptyFileIsRefusedAndLeft) {
    test::TempDir dir;
    test::writeText(dir / "hep.db", "");
    std::string message = test::openError(dir / "hep.db");
    EXPECT_NE(message.find("is empty (0 bytes)"), std::string::npos) << message;
    EXPECT_NE(message.find("move " + (dir / "hep.db").string() + " aside"), std::string::npos);
    EXPECT_EQ(fs::file_size(dir / "hep.db"), 0u);
}

// Another program holding an exclusive SQLite lock: the database is in use, not damaged, and
// the file is left as it is (the window used to offer to restore a backup over it).
TEST(Database, LockedByAnotherProgramIsInUseNotDamaged) {
    test::TempDir dir;
    fs::path path = dir / "hep.db";
    { Database first(path); }
    SQLite::Database other(path.string(), SQLite::OPEN_READWRITE);
    other.exec("PRAGMA locking_mode = EXCLUSIVE");
    other.exec("BEGIN EXCLUSIVE");
    try {
        Database second(path);
        FAIL() << "opened a database another program holds locked";
    } catch (const DatabaseInUseError& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("is in use by another program"), std::string::npos) << message;
        EXPECT_EQ(message.find("damaged"), std::string::npos) << message;
    }
    other.exec("ROLLBACK");
}

TEST(Database, ASecondWindowOnTheSameDatabaseIsRefused) {
    test::TempDir dir;
    fs::path path = dir / "hep.db";
    {
        Database first(path, Database::Access::Exclusive);
        try {
            Database second(path, Database::Access::Exclusive);
            FAIL() << "a second exclusive open succeeded";
        } catch (const StorageError& e) {
            EXPECT_NE(std::string(e.what()).find("is in use by another HEP Studio window"),
                      std::string::npos)
                << e.what();
        }
        Database reader(path);  // the hep command still reads while a window is open
        EXPECT_EQ(SqliteCatalogueStore(reader).count(), builtinExercises().size());
    }
    Database again(path, Database::Access::Exclusive);  // the lock went with the first window
    EXPECT_EQ(again.schemaVersion(), kSchemaVersion);
}

TEST(Database, AFolderInPlaceOfTheFile) {
    test::TempDir dir;
    fs::create_directory(dir / "hep.db");
    EXPECT_NE(test::openError(dir / "hep.db").find("is a folder, not a file"), std::string::npos);
}

// A device or a pipe (--db /dev/null) is refused before anything is written beside it.
TEST(Database, APipeInPlaceOfTheFile) {
    test::TempDir dir;
    ASSERT_EQ(::mkfifo((dir / "hep.db").c_str(), 0600), 0);
    EXPECT_NE(test::openError(dir / "hep.db").find("is not a regular file"), std::string::npos);
    EXPECT_FALSE(fs::exists(dir / "hep.db-journal"));
    EXPECT_FALSE(fs::exists(dir / "hep.db.lock"));
}

TEST(Database, DefaultPathFollowsXdg) {
    const char* old = std::getenv("XDG_DATA_HOME");
    std::string saved = old ? old : "";
    ::setenv("XDG_DATA_HOME", "/srv/data", 1);
    EXPECT_EQ(Database::defaultPath(), fs::path("/srv/data/hepstudio/hepstudio.db"));
    ::setenv("XDG_DATA_HOME", "relative/ignored", 1);
    ::setenv("HOME", "/home/pt", 1);
    EXPECT_EQ(Database::defaultPath(), fs::path("/home/pt/.local/share/hepstudio/hepstudio.db"));
    if (old) {
        ::setenv("XDG_DATA_HOME", saved.c_str(), 1);
    } else {
        ::unsetenv("XDG_DATA_HOME");
    }
}

TEST(Database, NewerBuiltinCatalogueRefreshesOnlyBuiltins) {
    test::TempDir dir;
    fs::path path = dir / "hep.db";
    {
        Database db(path);
        SqliteCatalogueStore catalogue(db);
        SqliteTemplateStore templates(db);
        catalogue.addCustom(test::sampleExercise("wall-slide"));
        ProtocolTemplate mine;
        mine.name = "Mine";
        mine.items = {{"wall-slide", {}, "", {}}, {"bridge", {}, "", {}}};
        templates.save(mine);
        // As if this database had been made by an older build: an old catalogue revision, a
        // changed built-in, a missing built-in template, and built-ins no longer shipped.
        auto& sql = sqlOf(db);
        sql.exec("UPDATE meta SET value = '0' WHERE key = 'builtin_revision'");
        sql.exec("UPDATE exercises SET name = 'Old bridge' WHERE id = 'bridge'");
        sql.exec("DELETE FROM templates WHERE id = 'lss-walking'");
        Exercise gone = test::sampleExercise("retired-unused");
        Exercise kept = test::sampleExercise("retired-used");
        gone.builtin = kept.builtin = true;
        catalogue.addCustom(gone);
        catalogue.addCustom(kept);
        sql.exec("UPDATE exercises SET builtin = 1 WHERE id LIKE 'retired-%'");
        mine.id = "mine";
        mine.items.push_back({"retired-used", {}, "", {}});
        templates.save(mine);
    }
    Database db(path);
    SqliteCatalogueStore catalogue(db);
    EXPECT_EQ(catalogue.get("bridge").name, "Bridge");
    EXPECT_TRUE(SqliteTemplateStore(db).find("lss-walking").has_value());
    EXPECT_TRUE(catalogue.find("wall-slide").has_value());
    EXPECT_TRUE(catalogue.find("retired-used").has_value());
    EXPECT_FALSE(catalogue.find("retired-unused").has_value());
    EXPECT_EQ(SqliteTemplateStore(db).get("mine").items.size(), 3u);
    EXPECT_EQ(db.builtinRevision(), builtinCatalogue().revision);
}

TEST(Database, MigratesAnOlderSchemaKeepingItsData) {
    test::TempDir dir;
    fs::path path = dir / "hep.db";
    makeDatabaseWithCustomExercises(path, 3);
    {
        // Back to schema 1, as a database made by the first HEP Studio.
        Database db(path);
        sqlOf(db).exec("DROP TABLE clinic");
        sqlOf(db).exec("DROP TABLE exercise_photos");
        sqlOf(db).exec("ALTER TABLE exercises DROP COLUMN as_needed");
        sqlOf(db).exec("ALTER TABLE exercises DROP COLUMN one_time");
        sqlOf(db).exec("PRAGMA user_version = 1");
    }
    Database db(path);
    EXPECT_EQ(db.schemaVersion(), kSchemaVersion);
    SqliteCatalogueStore store(db);
    EXPECT_EQ(store.count(), builtinExercises().size() + 3);
    Exercise e = store.get("custom-2");
    e.photos = {std::string("\x89PNG not checked by the store\0", 30)};  // ends in a NUL
    store.updateCustom(e);
    EXPECT_EQ(store.get("custom-2").photos, e.photos);
}

TEST(Database, SameRevisionDoesNotRewrite) {
    test::TempDir dir;
    fs::path path = dir / "hep.db";
    { Database db(path); }
    {
        Database db(path);
        sqlOf(db).exec("UPDATE exercises SET name = 'Changed' WHERE id = 'bridge'");
    }
    Database db(path);
    EXPECT_EQ(SqliteCatalogueStore(db).get("bridge").name, "Changed");
}

// A damaged row (a list column that is not a JSON list) is a StorageError naming the column, not
// an exception of the JSON library.
TEST(Database, ADamagedListColumnIsAStorageError) {
    test::TempDir dir;
    fs::path path = dir / "hep.db";
    {
        Database db(path);
        sqlOf(db).exec("UPDATE exercises SET steps = 'not [a list' WHERE id = 'bridge'");
    }
    Database db(path);
    try {
        SqliteCatalogueStore(db).get("bridge");
        FAIL() << "a damaged row was read";
    } catch (const StorageError& e) {
        EXPECT_NE(std::string(e.what()).find("\"steps\""), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace hep
