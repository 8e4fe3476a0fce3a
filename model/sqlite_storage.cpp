#include "model/sqlite_storage.h"

namespace hep {

SqliteStorage::SqliteStorage(const std::filesystem::path& path, Database::Access access)
    : database_(path, access), catalogue_(database_), templates_(database_) {}

std::string SqliteStorage::description() const {
    return "the HEP Studio database " + database_.path().string();
}

}  // namespace hep
