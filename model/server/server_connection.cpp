#include "server_connection.h"

#include <chrono>
#include <cstdlib>
#include <random>
#include <thread>

#include "server/server_storage.h"

namespace hep::server {

namespace {

// A wrong password, an unknown database and a refused or unreachable host all arrive as
// broken_connection with libpq's text; that text names neither a password nor the patient.
std::string firstLine(const std::string& text) {
    const auto end = text.find('\n');
    return end == std::string::npos ? text : text.substr(0, end);
}

}  // namespace

Connection::Connection(std::string uri)
    : uri_(std::move(uri)), description_("the clinic server " + serverName(uri_)) {
    connection();
}

pqxx::connection& Connection::connection() {
    if (connection_ && connection_->is_open()) {
        return *connection_;
    }
    connection_.reset();
    // A server that does not answer must not hang the window: libpq waits at most this long
    // for a connection, unless the URI or the environment sets its own connect_timeout.
    ::setenv("PGCONNECT_TIMEOUT", "5", 0);
    try {
        connection_ = std::make_unique<pqxx::connection>(uri_);
    } catch (const pqxx::broken_connection& e) {
        fail("it cannot be reached (" + firstLine(e.what()) + ")");
    } catch (const std::exception& e) {
        fail("it refused the connection (" + firstLine(e.what()) + ")");
    }
    return *connection_;
}

void Connection::waitBeforeTrying(int attempt) {
    static thread_local std::minstd_rand random(std::random_device{}());
    std::uniform_int_distribution<int> milliseconds(1, 10 * attempt);
    std::this_thread::sleep_for(std::chrono::milliseconds(milliseconds(random)));
}

void Connection::fail(const std::string& what) const {
    throw StorageError("HEP Studio cannot use " + description_ + ": " + what +
                       ". Check the network and the server, or work on the local catalogue "
                       "(start HEP Studio without --db, or with --db and a file).");
}

}  // namespace hep::server
