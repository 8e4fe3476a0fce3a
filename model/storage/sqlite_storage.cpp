#include "storage/sqlite_storage.h"

#include "sqlite_database.h"

namespace hep {

SqliteStorage::SqliteStorage(const std::filesystem::path& path, Database::Access access)
    : database_(path, access), catalogue_(database_), templates_(database_) {}

std::string SqliteStorage::description() const {
    return "the HEP Studio database " + database_.path().string();
}

std::optional<Clinic> SqliteStorage::clinic() const {
    SQLite::Statement q(sqlOf(database_),
                        "SELECT name, phone, address, emergency_number FROM clinic WHERE id = 1");
    if (!q.executeStep()) {
        return std::nullopt;
    }
    return Clinic{q.getColumn(0).getString(), q.getColumn(1).getString(),
                  q.getColumn(2).getString(), q.getColumn(3).getString()};
}

void SqliteStorage::writeClinic(const Clinic& clinic) {
    WriteTransaction tx(sqlOf(database_));
    SQLite::Statement st(sqlOf(database_),
                         "INSERT INTO clinic (id, name, phone, address, emergency_number) "
                         "VALUES (1, :name, :phone, :address, :emergency) ON CONFLICT (id) DO "
                         "UPDATE SET name = excluded.name, phone = excluded.phone, address = "
                         "excluded.address, emergency_number = excluded.emergency_number");
    st.bind(":name", clinic.name);
    st.bind(":phone", clinic.phone);
    st.bind(":address", clinic.address);
    st.bind(":emergency", clinic.emergency_number);
    st.exec();
    tx.commit();
}

}  // namespace hep
