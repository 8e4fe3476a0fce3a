// A clinic server's address: whether --db names one, how messages name it, what is wrong with
// one as typed. Plain text work, so the programs know an address without loading the server.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace hep {

// True for a libpq connection URI (postgresql:// or postgres://): --db then names a server.
bool isServerUri(std::string_view db);

// The server as messages name it: scheme, host, port and database, never the user or password
// ("postgresql://db.clinic.local:5432/hep"; "postgresql://" alone for the PG* defaults).
std::string serverName(std::string_view uri);

// What is wrong with a clinic server's address as a person types it, or nullopt: it must be a
// postgresql:// URI, and must hold no password (libpq reads it from ~/.pgpass).
std::optional<std::string> serverUriProblem(std::string_view uri);

}  // namespace hep
