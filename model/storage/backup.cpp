#include "storage/backup.h"

#include <SQLiteCpp/Backup.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <fstream>
#include <tuple>

#include "core/errors.h"
#include "core/file_io.h"
#include "sqlite_database.h"

namespace hep {

namespace fs = std::filesystem;

namespace {

// A name no other file has, reserved by creating it empty (so that two restores in the same
// second, even at once, never keep their copies under one name): base, else base-2, base-3...
std::filesystem::path reserveName(const std::string& base) {
    for (int n = 1;; ++n) {
        const std::string name = n == 1 ? base : base + "-" + std::to_string(n);
        const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::close(fd);
            return name;
        }
        if (errno != EEXIST) {
            throw StorageError("Cannot keep the current database aside as " + name + ": " +
                               std::strerror(errno));
        }
    }
}

std::string timestamp(const char* format) {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[32];
    std::strftime(text, sizeof text, format, &local);
    return text;
}

constexpr const char* kPartSuffix = ".part";

// Removes what backups killed half-way left behind (a part older than an hour: a backup still
// being written by another HEP Studio is left alone).
void removeStaleParts(const fs::path& folder) {
    std::error_code ec;
    const auto hour_ago = fs::file_time_type::clock::now() - std::chrono::hours(1);
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        if (entry.path().extension() == kPartSuffix && entry.last_write_time(ec) < hour_ago &&
            !ec) {
            fs::remove(entry.path(), ec);
        }
    }
}

// Refuses a file that is not a sound HEP Studio database this version can open.
void checkUsable(const fs::path& file) {
    try {
        SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
        int app_id = db.execAndGet("PRAGMA application_id").getInt();
        int version = db.execAndGet("PRAGMA user_version").getInt();
        if (app_id != 0x48455053 || version < 1) {
            throw StorageError(file.string() + " is not a HEP Studio database.");
        }
        if (version > kSchemaVersion) {
            throw StorageError(file.string() + " was made by a newer version of HEP Studio.");
        }
        std::string check = db.execAndGet("PRAGMA integrity_check(1)").getString();
        if (check != "ok") {
            throw StorageError(file.string() + " is damaged (" + check + ").");
        }
    } catch (const SQLite::Exception& e) {
        throw StorageError(file.string() + " cannot be used as a HEP Studio database (" + e.what() +
                           ").");
    }
}

}  // namespace

fs::path backupFolder(const fs::path& database_file) {
    return database_file.parent_path() / "backups";
}

namespace {

// Backups are named after their database: <its name without .db>-YYYYMMDD-HHMMSSZ-<reason>.db,
// the time in UTC (older ones were named in local time, without the Z), then -2, -3, ... for
// further backups in the same second.
std::string backupPrefix(const fs::path& database_file) {
    return database_file.stem().string() + "-";
}

std::string utcStamp(std::time_t when) {
    std::tm utc{};
    gmtime_r(&when, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y%m%d-%H%M%SZ", &utc);
    return text;
}

}  // namespace

std::optional<BackupStamp> backupStamp(const fs::path& database_file, const fs::path& backup) {
    const std::string prefix = backupPrefix(database_file);
    const std::string name = backup.filename().string();
    if (name.rfind(prefix, 0) != 0 || backup.extension() != ".db") {
        return std::nullopt;
    }
    const std::string rest = name.substr(prefix.size());  // YYYYMMDD-HHMMSS[Z]-reason[-n].db
    std::tm t{};
    const char* end = ::strptime(rest.c_str(), "%Y%m%d-%H%M%S", &t);
    if (end == nullptr || end != rest.c_str() + 15) {
        return std::nullopt;  // another database's backup whose name starts alike, or not one
    }
    const bool utc = rest.size() > 15 && rest[15] == 'Z';
    if (rest.size() <= (utc ? 16u : 15u) || rest[utc ? 16 : 15] != '-') {
        return std::nullopt;
    }
    BackupStamp stamp;
    t.tm_isdst = -1;
    stamp.made = utc ? ::timegm(&t) : std::mktime(&t);
    const std::string stem = backup.stem().string();
    const std::size_t dash = stem.rfind('-');
    if (dash != std::string::npos && dash + 1 < stem.size() && dash > prefix.size() + 16 &&
        stem.find_first_not_of("0123456789", dash + 1) == std::string::npos &&
        stem.size() - dash - 1 <= 6) {
        stamp.number = std::stoi(stem.substr(dash + 1));
    }
    return stamp;
}

std::vector<fs::path> listBackups(const fs::path& database_file) {
    std::vector<std::pair<BackupStamp, fs::path>> found;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(backupFolder(database_file), ec)) {
        if (auto stamp = backupStamp(database_file, entry.path())) {
            found.emplace_back(*stamp, entry.path());
        }
    }
    // By the time each was made (not by name: names of older backups are in local time).
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return std::tie(a.first.made, a.first.number, a.second) <
               std::tie(b.first.made, b.first.number, b.second);
    });
    std::vector<fs::path> out;
    out.reserve(found.size());
    for (auto& [stamp, path] : found) {
        out.push_back(std::move(path));
    }
    return out;
}

bool dailyBackupDue(const fs::path& database_file) {
    const std::time_t now = std::time(nullptr);
    std::tm today{};
    localtime_r(&now, &today);
    for (const auto& backup : listBackups(database_file)) {
        std::tm made{};
        const std::time_t when = backupStamp(database_file, backup)->made;
        localtime_r(&when, &made);
        if (made.tm_year == today.tm_year && made.tm_yday == today.tm_yday) {
            return false;
        }
    }
    return true;
}

fs::path makeBackup(Database& database, const std::string& reason) {
    const fs::path folder = backupFolder(database.path());
    createPrivateFolder(folder);
    const std::time_t now = std::time(nullptr);
    const std::string stamp = backupPrefix(database.path()) + utcStamp(now);
    // Numbered after every backup made in this same second, so that the order holds.
    int n = 1;
    for (const auto& backup : listBackups(database.path())) {
        if (auto made = backupStamp(database.path(), backup); made && made->made == now) {
            n = std::max(n, made->number + 1);
        }
    }
    removeStaleParts(folder);
    // Written as <name>.part and renamed when whole: a backup killed half-way is never listed,
    // never counted among the kept ones, never offered as the latest. Its part may still be
    // there (a fresh one is kept an hour): the next number is taken then.
    auto named = [&](int number) {
        return folder /
               (stamp + "-" + reason + (number == 1 ? "" : "-" + std::to_string(number)) + ".db");
    };
    std::error_code exists_error;
    while (fs::exists(named(n), exists_error) ||
           fs::exists(named(n).string() + kPartSuffix, exists_error)) {
        ++n;
    }
    fs::path target = named(n);
    const fs::path part = target.string() + kPartSuffix;
    createPrivateFile(part);
    try {
        {
            SQLite::Database copy(part.string(), SQLite::OPEN_READWRITE);
            SQLite::Backup backup(copy, sqlOf(database));
            backup.executeStep(-1);
        }
        fs::rename(part, target);
    } catch (const std::exception& e) {
        std::error_code ec;
        fs::remove(part, ec);
        throw StorageError("Cannot back up the database to " + target.string() + ": " + e.what());
    }
    auto backups = listBackups(database.path());
    for (std::size_t i = 0; i + kBackupsKept < backups.size(); ++i) {
        std::error_code ec;
        fs::remove(backups[i], ec);
    }
    return target;
}

fs::path restoreBackup(const fs::path& database_file, const fs::path& backup) {
    std::error_code ec;
    // Through a link, the file it names is restored; the link is not replaced by a file.
    fs::path file = database_file;
    if (fs::is_symlink(database_file, ec)) {
        if (fs::path real = fs::canonical(database_file, ec); !ec) {
            file = real;
        }
    }
    if (!fs::is_regular_file(backup, ec)) {
        throw StorageError(backup.string() + " is not a file.");
    }
    checkUsable(backup);
    // Copy the backup next to the database first, so that nothing changes if that fails.
    const fs::path incoming = file.string() + ".restoring";
    fs::remove(incoming, ec);
    createPrivateFile(incoming);
    try {
        SQLite::Database source(backup.string(), SQLite::OPEN_READONLY);
        SQLite::Database copy(incoming.string(), SQLite::OPEN_READWRITE);
        SQLite::Backup(copy, source).executeStep(-1);
    } catch (const SQLite::Exception& e) {
        fs::remove(incoming, ec);
        throw StorageError("Cannot copy " + backup.string() + ": " + e.what());
    }
    fs::path aside;
    if (fs::exists(file, ec)) {
        // Fold any write-ahead log into the current file so that it moves aside whole.
        try {
            SQLite::Database current(file.string(), SQLite::OPEN_READWRITE);
            current.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (const SQLite::Exception&) {
            // A damaged current file is kept aside as it is.
        }
        aside = reserveName(file.string() + ".before-restore-" + timestamp("%Y%m%d-%H%M%S"));
        // The current file is kept aside by a second name (a hard link) while it stays in
        // place, so that a restore killed at any moment leaves a database where it was: the
        // old one, or the restored one after the last rename. Where links cannot be made, it is
        // moved aside as before.
        const fs::path linking = aside.string() + ".linking";
        fs::remove(linking, ec);
        const bool linked = ::link(file.c_str(), linking.c_str()) == 0;
        if (linked) {
            fs::rename(linking, aside, ec);  // over the empty file that reserved the name
        } else {
            fs::rename(file, aside, ec);
        }
        if (ec) {
            fs::remove(linking, ec);
            fs::remove(aside, ec);
            fs::remove(incoming, ec);
            throw StorageError("Cannot keep the current database aside as " + aside.string() +
                               ". Nothing was changed.");
        }
        // Its companions go with it: the log and the shared memory belong to the old file.
        for (const char* suffix : {"-wal", "-shm"}) {
            fs::path side = file.string() + suffix;
            if (fs::exists(side, ec)) {
                fs::rename(side, aside.string() + suffix);
            }
        }
    }
    fs::rename(incoming, file);  // one step: the old file, or the restored one
    return aside;
}

}  // namespace hep
