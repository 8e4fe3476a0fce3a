// Inside the model only: the SQLite connection behind a Database, for the stores.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>

#include "model/database.h"

namespace hep {

struct Database::Impl {
    explicit Impl(const std::filesystem::path& p);
    std::filesystem::path path;
    SQLite::Database db;
    bool created = false;
    int builtin_revision = 0;
};

inline SQLite::Database& sqlOf(Database& database) { return database.impl().db; }
inline const SQLite::Database& sqlOf(const Database& database) { return database.impl().db; }

}  // namespace hep
