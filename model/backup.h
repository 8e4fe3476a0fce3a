// Backups of the database: copies made with SQLite's online backup before every migration and
// once a day, the last 7 kept, and restoring one after checking it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "model/database.h"

namespace hep {

inline constexpr std::size_t kBackupsKept = 7;

// <the database's folder>/backups
std::filesystem::path backupFolder(const std::filesystem::path& database_file);

// The backups of a database, oldest first.
std::vector<std::filesystem::path> listBackups(const std::filesystem::path& database_file);

// Copies the open database to backups/hepstudio-YYYYMMDD-HHMMSS-<reason>.db (readable by the
// owner only) and keeps the newest kBackupsKept. Returns the new file. Throws StorageError.
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
