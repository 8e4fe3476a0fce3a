#include "storage/database.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <set>

#include "core/errors.h"
#include "core/file_io.h"
#include "files/builtin_catalogue.h"
#include "sql_rows.h"
#include "sqlite_database.h"
#include "sqlite_schema.h"
#include "storage/backup.h"
#include "wal_check.h"

namespace hep {

namespace fs = std::filesystem;

namespace {

constexpr int kApplicationId = 0x48455053;  // "HEPS"

// What to do about a database file that cannot be used, ending a message about it.
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
                           sqlite_schema::wayOut(path));
    }
    refuseUnwritable(path, exists);
    if (exists) {
        if (auto damage = findWalDamage(path.string() + "-wal")) {
            throw StorageError("The database " + path.string() + " has a damaged log (" +
                               path.string() + "-wal): part " + std::to_string(damage->bad_frame) +
                               " fails its check, and " + std::to_string(damage->lost_commits) +
                               (damage->lost_commits == 1 ? " saved change" : " saved changes") +
                               " after it would be lost if it were opened." +
                               sqlite_schema::wayOut(path));
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
                               sqlite_schema::wayOut(path));
        }
        if (version > kSchemaVersion) {
            throw StorageError("The database " + path.string() +
                               " was made by a newer version of HEP Studio (schema version " +
                               std::to_string(version) + "; this version knows up to " +
                               std::to_string(kSchemaVersion) + "). Update HEP Studio to use it." +
                               sqlite_schema::wayOut(path));
        }
        if (tables > 0) {
            // The full check (indexes against their tables too): 41 ms on 20,000 exercises.
            std::string check = db.execAndGet("PRAGMA integrity_check(1)").getString();
            if (check != "ok") {
                throw StorageError("The database " + path.string() + " is damaged (" + check +
                                   ")." + sqlite_schema::wayOut(path));
            }
        }
    } catch (const SQLite::Exception& e) {
        impl_.reset();
        throwIfBusy(e, path);
        throw StorageError("The file " + path.string() +
                           " is not a HEP Studio database or is damaged (" + e.what() + ")." +
                           sqlite_schema::wayOut(path));
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
        sqlite_schema::migrate(db, version);
        sqlite_schema::checkTables(db, path);
        impl_->builtin_revision = sqlite_schema::refreshBuiltins(db);
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
