// The storage tests' two backends: the local SQLite file and a fresh database on the clinic
// server that pg_virtualenv started for this run (PGHOST, PGPORT, PGUSER, PGPASSWORD).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "storage/storage.h"
#include "tests/support/test_support.h"

namespace hep::test {

// A new, empty database on the test server; dropped when this goes. Fails the test with a
// clear message when no server was started (the tests run under pg_virtualenv -t).
class ServerDatabase {
  public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    const std::string& uri() const { return uri_; }
    // Every row of every table of the database as text, for looking for what must not be there.
    std::string allRows() const;
    // Runs SQL on the database as the test's administrator.
    void exec(const std::string& sql) const;

  private:
    std::string name_;
    std::string uri_;
};

enum class Backend { Local, Server };

// The test is run once per backend: storage() opens (another) client of the same store.
class BackendTest : public ::testing::TestWithParam<Backend> {
  protected:
    std::unique_ptr<Storage> open();
    Storage& storage();
    // Another clinic's storage of the same backend (another file, another database).
    std::unique_ptr<Storage> openAnother();

    TempDir dir_;
    std::unique_ptr<ServerDatabase> server_;
    std::vector<std::unique_ptr<ServerDatabase>> others_;
    std::unique_ptr<Storage> storage_;
};

std::string backendName(const ::testing::TestParamInfo<Backend>& info);

}  // namespace hep::test
