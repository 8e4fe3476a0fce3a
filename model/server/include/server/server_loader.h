// Opens a clinic server through the module hep-server.so, loaded on first use, so that programs
// working on the local file never load libpqxx and the forty libraries under it.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "storage/storage.h"

extern "C" {
// The module's entry: a new ServerStorage for the URI, owned by the caller. Throws StorageError.
using HepOpenServerStorage = hep::Storage* (*)(const char* uri);
}

namespace hep {

// The module this build made, or the installed one when the program runs from where it was
// installed. Throws StorageError when neither loads, naming the file and the loader's reason.
std::unique_ptr<Storage> openServerStorage(const std::string& uri);

// The same from a given module file (tests).
std::unique_ptr<Storage> openServerStorage(const std::string& uri,
                                           const std::filesystem::path& module);

}  // namespace hep
