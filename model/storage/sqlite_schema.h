// The local database's schema: its numbered migrations, the built-in catalogue written into it,
// and the check that every table reads.
#pragma once

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <string>

namespace hep::sqlite_schema {

// What a person can do about a damaged database: restore the latest backup (the command), or
// start with another file. Starts with a space, to follow a message.
std::string wayOut(const std::filesystem::path& path);

// Runs the migrations after user_version `from`, each in one transaction with its version bump.
void migrate(SQLite::Database& db, int from);
std::string metaValue(SQLite::Database& db, const std::string& key);
void setMeta(SQLite::Database& db, const std::string& key, const std::string& value);
// Writes the built-in catalogue when the database holds an older revision; returns the revision
// it holds now.
int refreshBuiltins(SQLite::Database& db);
// Reads every table once, so that a damaged one is found at open: throws StorageError naming the
// file.
void checkTables(SQLite::Database& db, const std::filesystem::path& path);

}  // namespace hep::sqlite_schema
