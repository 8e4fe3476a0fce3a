#include "tests/server/server_fixture.h"

#include <pqxx/pqxx>

#include <unistd.h>
#include <atomic>
#include <cstdlib>

#include "server/server_storage.h"
#include "storage/sqlite_storage.h"

namespace hep::test {

namespace {

std::string adminUri() {
    if (std::getenv("PGHOST") == nullptr) {
        throw std::runtime_error(
            "no test server: run these tests under pg_virtualenv -t (ctest does)");
    }
    return "postgresql://";  // host, port, user and password from the PG* variables
}

// A database name of its own for each test of each run.
std::string newName() {
    static std::atomic<int> next{0};
    return "hep_test_" + std::to_string(::getpid()) + "_" + std::to_string(next++);
}

}  // namespace

ServerDatabase::ServerDatabase() : name_(newName()), uri_("postgresql:///" + name_) {
    pqxx::connection admin(adminUri());
    pqxx::nontransaction tx(admin);
    tx.exec("CREATE DATABASE " + tx.quote_name(name_));
}

ServerDatabase::~ServerDatabase() {
    try {
        pqxx::connection admin(adminUri());
        pqxx::nontransaction tx(admin);
        tx.exec("DROP DATABASE IF EXISTS " + tx.quote_name(name_) + " WITH (FORCE)");
    } catch (const std::exception&) {
        // The cluster goes with pg_virtualenv anyway.
    }
}

void ServerDatabase::exec(const std::string& sql) const {
    pqxx::connection c(uri_);
    pqxx::work tx(c);
    tx.exec(sql);
    tx.commit();
}

std::string ServerDatabase::allRows() const {
    pqxx::connection c(uri_);
    pqxx::read_transaction tx(c);
    std::string out;
    for (const auto& table : tx.exec("SELECT table_name FROM information_schema.tables "
                                     "WHERE table_schema NOT IN ('pg_catalog', "
                                     "'information_schema')")) {
        const std::string name = table[0].as<std::string>();
        out += "== " + name + "\n";
        for (const auto& row : tx.exec("SELECT t::text FROM " + tx.quote_name(name) + " t")) {
            out += row[0].as<std::string>() + "\n";
        }
    }
    return out;
}

std::unique_ptr<Storage> BackendTest::open() {
    if (GetParam() == Backend::Local) {
        return std::make_unique<SqliteStorage>(dir_ / "hep.db");
    }
    if (!server_) {
        server_ = std::make_unique<ServerDatabase>();
    }
    return std::make_unique<ServerStorage>(server_->uri());
}

std::unique_ptr<Storage> BackendTest::openAnother() {
    if (GetParam() == Backend::Local) {
        return std::make_unique<SqliteStorage>(dir_ /
                                               ("other-" + std::to_string(others_.size()) + ".db"));
    }
    others_.push_back(std::make_unique<ServerDatabase>());
    return std::make_unique<ServerStorage>(others_.back()->uri());
}

Storage& BackendTest::storage() {
    if (!storage_) {
        storage_ = open();
    }
    return *storage_;
}

std::string backendName(const ::testing::TestParamInfo<Backend>& info) {
    return info.param == Backend::Local ? "Local" : "Server";
}

}  // namespace hep::test
