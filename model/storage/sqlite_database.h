// Inside the model only: the SQLite connection behind a Database, for the stores.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <unordered_map>

#include "core/exercise_index.h"
#include "storage/database.h"

namespace hep {

struct Database::Impl {
    explicit Impl(const std::filesystem::path& p);
    ~Impl();
    std::filesystem::path path;
    SQLite::Database db;
    bool created = false;
    int lock_fd = -1;  // the exclusive lock of a window, released when closed
    int builtin_revision = 0;

    // Every exercise's summary for searches, loaded on first use. Dropped when this connection
    // changes the exercises, and reloaded when another connection has (data_version).
    std::shared_ptr<const ExerciseSummaries> summaries;
    std::unordered_map<std::int64_t, std::uint32_t> summary_of_key;
    std::int64_t summaries_data_version = -1;
};

// Call after committing a change to the exercises table through this connection.
inline void exercisesChanged(Database& database) {
    database.impl().summaries.reset();
    database.catalogueChanges().publish({});
}

// Call after committing a change to the templates.
inline void templatesChanged(Database& database) {
    database.templateChanges().publish({});
}

// A transaction that writes: it takes the write lock when it begins (BEGIN IMMEDIATE), so that
// another writer makes it wait (busy_timeout) instead of failing when a read upgrades to a write
// ("database is locked" with ten hep commands at once).
class WriteTransaction : public SQLite::Transaction {
  public:
    explicit WriteTransaction(SQLite::Database& db)
        : SQLite::Transaction(db, SQLite::TransactionBehavior::IMMEDIATE) {}
};

inline SQLite::Database& sqlOf(Database& database) {
    return database.impl().db;
}
inline const SQLite::Database& sqlOf(const Database& database) {
    return database.impl().db;
}

}  // namespace hep
