// Backups of the database: copies made with SQLite's online backup before every migration and
// once a day, the last 7 kept, and restoring one after checking it.
#pragma once

#include <ctime>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "storage/database.h"

namespace hep {

inline constexpr std::size_t kBackupsKept = 7;

// <the database's folder>/backups
std::filesystem::path backupFolder(const std::filesystem::path& database_file);

// When a backup was made (its own recorded time, in its name: UTC, or local time in names from
// before session 5), and its number among the backups of that second (1, 2, ...).
struct BackupStamp {
    std::time_t made = 0;
    int number = 1;
};
// The stamp of a backup of this database, or nullopt when the file is not one (another
// database's backup, a part, anything else).
std::optional<BackupStamp> backupStamp(const std::filesystem::path& database_file,
                                       const std::filesystem::path& backup);

// The backups of a database (and of no other database in its folder), oldest first by the time
// they were made.
std::vector<std::filesystem::path> listBackups(const std::filesystem::path& database_file);

// Copies the open database to backups/<its name>-YYYYMMDD-HHMMSSZ-<reason>.db (UTC; readable by
// the owner only) and keeps its newest kBackupsKept. Returns the new file. Throws StorageError.
std::filesystem::path makeBackup(Database& database, const std::string& reason);

// True when no backup was made today (local time).
bool dailyBackupDue(const std::filesystem::path& database_file);

// Checks that backup is a sound HEP Studio database this version can open, then puts it in
// place of database_file; the current file is kept aside as <file>.before-restore-<time>.
// The database must not be open. Returns the path the old file was kept as. Throws
// StorageError (nothing changed) when the backup is not usable.
std::filesystem::path restoreBackup(const std::filesystem::path& database_file,
                                    const std::filesystem::path& backup);

}  // namespace hep
