#include "model/database.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <set>

#include "model/backup.h"
#include "model/builtin_catalogue.h"
#include "model/errors.h"
#include "model/file_io.h"
#include "model/sql_rows.h"
#include "model/sqlite_database.h"
#include "model/wal_check.h"

namespace hep {

namespace fs = std::filesystem;

namespace {

constexpr int kApplicationId = 0x48455053;  // "HEPS"

// Schema steps: migration N takes user_version N-1 to N. Each runs in one transaction with
// its version bump. Append new steps; never edit a step that has shipped.
const char* const kMigrations[] = {
    // 1: the first schema.
    R"sql(
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE exercises (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        builtin INTEGER NOT NULL,
        name TEXT NOT NULL,
        category TEXT NOT NULL,
        position TEXT NOT NULL,
        equipment TEXT NOT NULL,
        optional_equipment TEXT NOT NULL,
        conditions TEXT NOT NULL,
        purpose TEXT NOT NULL,
        steps TEXT NOT NULL,
        feel TEXT NOT NULL,
        stop_if TEXT NOT NULL,
        cautions TEXT NOT NULL,
        therapist_alert TEXT NOT NULL,
        sets INTEGER, reps INTEGER, hold_seconds INTEGER, minutes INTEGER,
        times_per_day INTEGER, days_per_week INTEGER, side TEXT NOT NULL
    );
    CREATE INDEX exercises_by_name ON exercises (name COLLATE NOCASE);
    CREATE VIRTUAL TABLE exercise_search USING fts5 (
        name, purpose, steps, content = 'exercises', content_rowid = 'key',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
    CREATE TRIGGER exercises_ai AFTER INSERT ON exercises BEGIN
        INSERT INTO exercise_search (rowid, name, purpose, steps)
        VALUES (new.key, new.name, new.purpose, new.steps);
    END;
    CREATE TRIGGER exercises_ad AFTER DELETE ON exercises BEGIN
        INSERT INTO exercise_search (exercise_search, rowid, name, purpose, steps)
        VALUES ('delete', old.key, old.name, old.purpose, old.steps);
    END;
    CREATE TRIGGER exercises_au AFTER UPDATE ON exercises BEGIN
        INSERT INTO exercise_search (exercise_search, rowid, name, purpose, steps)
        VALUES ('delete', old.key, old.name, old.purpose, old.steps);
        INSERT INTO exercise_search (rowid, name, purpose, steps)
        VALUES (new.key, new.name, new.purpose, new.steps);
    END;
    CREATE TABLE templates (
        id TEXT PRIMARY KEY,
        builtin INTEGER NOT NULL,
        name TEXT NOT NULL,
        description TEXT NOT NULL,
        condition TEXT NOT NULL,
        instructions TEXT NOT NULL
    );
    CREATE TABLE template_items (
        template_id TEXT NOT NULL REFERENCES templates (id) ON DELETE CASCADE
                                                           ON UPDATE CASCADE,
        position INTEGER NOT NULL,
        exercise_id TEXT NOT NULL REFERENCES exercises (id) ON UPDATE CASCADE,
        note TEXT NOT NULL,
        sets INTEGER, reps INTEGER, hold_seconds INTEGER, minutes INTEGER,
        times_per_day INTEGER, days_per_week INTEGER, side TEXT NOT NULL,
        PRIMARY KEY (template_id, position)
    );
    CREATE INDEX template_items_by_exercise ON template_items (exercise_id);
    )sql",
    // 2: the therapist's own photos of custom exercises (PNG), start then end.
    R"sql(
    CREATE TABLE exercise_photos (
        exercise_id TEXT NOT NULL REFERENCES exercises (id) ON DELETE CASCADE
                                                            ON UPDATE CASCADE,
        slot INTEGER NOT NULL CHECK (slot IN (0, 1)),
        png BLOB NOT NULL,
        PRIMARY KEY (exercise_id, slot)
    );
    )sql",
    // 3: one-time tests (done once, not every day; not logged).
    R"sql(
    ALTER TABLE exercises ADD COLUMN one_time INTEGER NOT NULL DEFAULT 0;
    )sql",
    // 4: rest positions used as needed (held until the symptoms ease; not logged).
    R"sql(
    ALTER TABLE exercises ADD COLUMN as_needed INTEGER NOT NULL DEFAULT 0;
    )sql",
};
constexpr int kMigrationCount = sizeof kMigrations / sizeof kMigrations[0];
static_assert(kMigrationCount == kSchemaVersion);

// What to do about a database file that cannot be used, ending a message about it.
std::string way_out(const fs::path& path) {
    std::string text = " The file was left as it is. ";
    if (auto backups = listBackups(path); !backups.empty()) {
        text += "To go back to the latest backup, run: hep --db " + path.string() + " restore " +
                backups.back().string() + ". Or ";
    } else {
        text += "Or ";
    }
    return text + "start HEP Studio with --db and another file, or move " + path.string() +
           " aside to start with a fresh catalogue.";
}

// A database that another program holds locked is in use, not damaged: nothing may offer to
// restore a backup over it.
void throwIfBusy(const SQLite::Exception& e, const fs::path& path) {
    const int code = e.getErrorCode() & 0xff;  // the primary code of an extended one
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
        throw DatabaseInUseError("The database " + path.string() +
                                 " is in use by another program (" + e.what() +
                                 "). Close that program and try again; the file was left as it "
                                 "is.");
    }
}

void migrate(SQLite::Database& db, int from) {
    for (int version = from + 1; version <= kSchemaVersion; ++version) {
        WriteTransaction tx(db);
        db.exec(kMigrations[version - 1]);
        db.exec("PRAGMA user_version = " + std::to_string(version));
        tx.commit();
    }
}

std::string metaValue(SQLite::Database& db, const std::string& key) {
    SQLite::Statement q(db, "SELECT value FROM meta WHERE key = :key");
    q.bind(":key", key);
    return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

void setMeta(SQLite::Database& db, const std::string& key, const std::string& value) {
    SQLite::Statement st(db,
                         "INSERT INTO meta (key, value) VALUES (:key, :value) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(":key", key);
    st.bind(":value", value);
    st.exec();
}

// Brings the built-in exercises and templates up to this build's catalogue. Custom exercises
// and the user's templates are not touched. A custom exercise that holds an id the catalogue
// now uses keeps it; the built-in one is then not installed.
int refreshBuiltins(SQLite::Database& db) {
    const auto& catalogue = builtinCatalogue();
    std::string stored_revision = metaValue(db, "builtin_revision");
    int revision = stored_revision.empty() ? 0 : std::atoi(stored_revision.c_str());
    bool newer = catalogue.revision > revision;
    bool changed = catalogue.revision == revision &&
                   metaValue(db, "builtin_fingerprint") != catalogue.fingerprint;
    if (!newer && !changed) {
        return revision;
    }
    WriteTransaction tx(db);
    std::set<std::string> custom_ids;
    {
        SQLite::Statement q(db, "SELECT id FROM exercises WHERE builtin = 0");
        while (q.executeStep()) {
            custom_ids.insert(q.getColumn(0).getString());
        }
    }
    std::set<std::string> shipped;
    for (const auto& exercise : catalogue.exercises) {
        shipped.insert(exercise.id);
        if (!custom_ids.count(exercise.id)) {
            rows::upsertExercise(db, exercise);
        }
    }
    db.exec("DELETE FROM templates WHERE builtin = 1");
    for (const auto& tmpl : catalogue.templates) {
        rows::upsertTemplate(db, tmpl);
    }
    // Built-in exercises no longer shipped go, unless a user's template still uses them: those
    // stay so that the template keeps working.
    SQLite::Statement old(db,
                          "SELECT id FROM exercises WHERE builtin = 1 AND id NOT IN "
                          "(SELECT exercise_id FROM template_items)");
    std::vector<std::string> unused;
    while (old.executeStep()) {
        std::string id = old.getColumn(0).getString();
        if (!shipped.count(id)) {
            unused.push_back(id);
        }
    }
    for (const auto& id : unused) {
        SQLite::Statement del(db, "DELETE FROM exercises WHERE id = :id");
        del.bind(":id", id);
        del.exec();
    }
    setMeta(db, "builtin_revision", std::to_string(catalogue.revision));
    setMeta(db, "builtin_fingerprint", catalogue.fingerprint);
    tx.commit();
    return catalogue.revision;
}

// The tables as HEP Studio makes them, read as it reads them: a column that another program
// dropped or renamed is damage found at open, not an "unexpected error" in the middle of work.
void checkTables(SQLite::Database& db, const fs::path& path) {
    const std::string reads[] = {
        "SELECT key, value FROM meta",
        std::string("SELECT key, ") + rows::kExerciseColumns + " FROM exercises",
        "SELECT id, builtin, name, description, condition, instructions FROM templates",
        std::string("SELECT template_id, position, exercise_id, note, sets, reps, ") +
            "hold_seconds, minutes, times_per_day, days_per_week, side FROM template_items",
        "SELECT exercise_id, slot, png FROM exercise_photos",
        "SELECT rowid, name, purpose, steps FROM exercise_search",
    };
    for (const auto& sql : reads) {
        try {
            SQLite::Statement read(db, sql);
        } catch (const SQLite::Exception& e) {
            throw StorageError("The database " + path.string() +
                               " is damaged (its tables are not as HEP Studio made them: " +
                               e.what() + ")." + way_out(path));
        }
    }
}

}  // namespace

Database::Impl::Impl(const fs::path& p)
    : path(p), db(p.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_FULLMUTEX) {}

Database::Impl::~Impl() {
    if (lock_fd >= 0) {
        ::close(lock_fd);  // releases the lock
    }
}

namespace {

// Locks <database>.lock for this process, or says that another HEP Studio holds it.
int lockForThisProcess(const fs::path& path) {
    // Beside the file itself, so that two windows on one file through a link meet one lock.
    std::error_code ec;
    fs::path real = fs::weakly_canonical(path, ec);
    fs::path lock = (ec ? path : real).string() + ".lock";
    int fd = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        throw StorageError("Cannot lock the database " + path.string() + ": " +
                           std::strerror(errno));
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        throw DatabaseInUseError("The database " + path.string() +
                                 " is in use by another HEP Studio window. Close the other window "
                                 "first, or start this one with --db and another file.");
    }
    return fd;
}

// Refuses a database that this user cannot write, or whose folder this user cannot write (SQLite
// writes its journal beside the file), before SQLite opens it: SQLite would call it damaged.
void refuseUnwritable(const fs::path& path, bool exists) {
    const std::string way_out =
        " Ask for permission to write there, or start HEP Studio with --db and a file in a "
        "folder you can write.";
    const std::string left = exists ? " The file was left as it is." : "";
    fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    if (::access(folder.c_str(), W_OK | X_OK) != 0) {
        throw DatabaseNotWritableError(
            "The database " + path.string() + " cannot be used: its folder " + folder.string() +
            " cannot be written by you (" + std::strerror(errno) + ")." + left + way_out);
    }
    if (exists && ::access(path.c_str(), R_OK | W_OK) != 0) {
        throw DatabaseNotWritableError("The database " + path.string() +
                                       " cannot be used: the file cannot be written by you (" +
                                       std::strerror(errno) + ")." + left + way_out);
    }
}

}  // namespace

Database::Database(const fs::path& path, Access access) {
    std::error_code ec;
    if (path.has_parent_path()) {
        createPrivateFolder(path.parent_path());
    }
    bool exists = fs::exists(path, ec);
    if (exists && fs::is_directory(path, ec)) {
        throw StorageError("The database " + path.string() + " is a folder, not a file.");
    }
    if (exists && !fs::is_regular_file(path, ec)) {
        // A device or a pipe (--db /dev/null): SQLite would write its journal and the lock file
        // beside it, in /dev, readable and writable by everyone.
        throw StorageError("The database " + path.string() +
                           " is not a regular file (a device or a pipe). Start HEP Studio with "
                           "--db and a file name.");
    }
    if (exists && fs::file_size(path, ec) == 0 && !fs::exists(path.string() + "-wal", ec)) {
        // HEP Studio writes the schema in the same moment it creates the file: an empty file is
        // not one of ours (or its creation was cut short). It is left for the user to look at.
        throw StorageError("The database " + path.string() + " is empty (0 bytes)." +
                           way_out(path));
    }
    refuseUnwritable(path, exists);
    if (exists) {
        if (auto damage = findWalDamage(path.string() + "-wal")) {
            throw StorageError("The database " + path.string() + " has a damaged log (" +
                               path.string() + "-wal): part " + std::to_string(damage->bad_frame) +
                               " fails its check, and " + std::to_string(damage->lost_commits) +
                               (damage->lost_commits == 1 ? " saved change" : " saved changes") +
                               " after it would be lost if it were opened." + way_out(path));
        }
    }
    int lock_fd = access == Access::Exclusive ? lockForThisProcess(path) : -1;
    if (!exists) {
        createPrivateFile(path);
    }
    try {
        impl_ = std::make_unique<Impl>(path);
        impl_->created = !exists;
        impl_->lock_fd = lock_fd;
    } catch (const SQLite::Exception& e) {
        if (lock_fd >= 0) {
            ::close(lock_fd);
        }
        throw StorageError("Cannot open the database " + path.string() + ": " + e.what() + ".");
    }
    auto& db = impl_->db;
    int version = 0;
    // Until the file passes its checks, closing it must not fold its log into it: a file that
    // is refused is left as it is, log and all (a newer version's database, say).
    sqlite3_db_config(db.getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    try {
        db.exec("PRAGMA busy_timeout = 5000");
        version = db.execAndGet("PRAGMA user_version").getInt();
        int app_id = db.execAndGet("PRAGMA application_id").getInt();
        int tables = db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt();
        // Another program's database, even one without tables yet (it says so by its own
        // application id or schema version, which are not ours to read as a newer HEP Studio).
        if (app_id != kApplicationId && (tables > 0 || app_id != 0 || version != 0)) {
            throw StorageError("The file " + path.string() +
                               " is an SQLite database of another program, not a HEP Studio "
                               "database." +
                               way_out(path));
        }
        if (version > kSchemaVersion) {
            throw StorageError("The database " + path.string() +
                               " was made by a newer version of HEP Studio (schema version " +
                               std::to_string(version) + "; this version knows up to " +
                               std::to_string(kSchemaVersion) + "). Update HEP Studio to use it." +
                               way_out(path));
        }
        if (tables > 0) {
            // The full check (indexes against their tables too): 41 ms on 20,000 exercises.
            std::string check = db.execAndGet("PRAGMA integrity_check(1)").getString();
            if (check != "ok") {
                throw StorageError("The database " + path.string() + " is damaged (" + check +
                                   ")." + way_out(path));
            }
        }
    } catch (const SQLite::Exception& e) {
        impl_.reset();
        throwIfBusy(e, path);
        throw StorageError("The file " + path.string() +
                           " is not a HEP Studio database or is damaged (" + e.what() + ")." +
                           way_out(path));
    } catch (...) {
        impl_.reset();
        throw;
    }
    sqlite3_db_config(db.getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
    try {
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA foreign_keys = ON");
        db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        if (version > 0 && version < kSchemaVersion) {
            makeBackup(*this, "before-migration");
        }
        migrate(db, version);
        checkTables(db, path);
        impl_->builtin_revision = refreshBuiltins(db);
        if (!impl_->created && dailyBackupDue(path)) {
            try {
                makeBackup(*this, "daily");
            } catch (const StorageError&) {
                // A missed daily copy must not stop the clinic's work; the next start tries again.
            }
        }
    } catch (const SQLite::Exception& e) {
        impl_.reset();
        throwIfBusy(e, path);
        throw StorageError("Cannot prepare the database " + path.string() + ": " + e.what() + ".");
    }
}

Database::~Database() = default;

const fs::path& Database::path() const {
    return impl_->path;
}

int Database::schemaVersion() const {
    return impl_->db.execAndGet("PRAGMA user_version").getInt();
}

int Database::builtinRevision() const {
    return impl_->builtin_revision;
}

bool Database::createdNow() const {
    return impl_->created;
}

Database::Impl& Database::impl() {
    return *impl_;
}
const Database::Impl& Database::impl() const {
    return *impl_;
}

fs::path Database::defaultPath() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    fs::path base;
    if (xdg != nullptr && *xdg == '/') {
        base = xdg;
    } else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
        base = fs::path(home) / ".local" / "share";
    } else {
        throw StorageError(
            "Cannot find a folder for the database: neither XDG_DATA_HOME nor HOME is set. "
            "Use --db PATH.");
    }
    return base / "hepstudio" / "hepstudio.db";
}

fs::path Database::autosavePath(const fs::path& database_file) {
    fs::path own = database_file.parent_path() / (database_file.stem().string() + ".autosave.hep");
    const fs::path shared = database_file.parent_path() / "autosave.hep";
    std::error_code ec;
    if (database_file.filename() == "hepstudio.db" && !fs::exists(own, ec) &&
        fs::exists(shared, ec)) {
        fs::rename(shared, own, ec);  // once; if that fails, the old file is left as it is
    }
    return own;
}

}  // namespace hep
