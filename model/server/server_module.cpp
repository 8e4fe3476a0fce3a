// The clinic server as a module loaded at run time (hep-server.so): the one symbol the programs
// look up. Only a program that opens a server pays for loading libpqxx, libpq and theirs.
#include "server/server_loader.h"
#include "server/server_storage.h"

extern "C" __attribute__((visibility("default"))) hep::Storage* hep_open_server_storage(
    const char* uri) {
    return new hep::ServerStorage(uri);  // owned by the caller; throws StorageError
}
