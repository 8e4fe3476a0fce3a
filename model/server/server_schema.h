// The clinic server's tables: numbered migrations, run once under a lock, and the built-in
// catalogue brought up to this build's.
#pragma once

#include "server_connection.h"

namespace hep::server {

inline constexpr int kSchemaVersion = 1;

// Brings the tables to kSchemaVersion and the built-ins to this build's catalogue, in one
// transaction under an advisory lock: of many clients starting at once, one migrates and the
// others then find the work done. Throws StorageError when the server's schema is newer than
// this build's.
void prepare(Connection& connection);

}  // namespace hep::server
