#include "server/server_loader.h"

#include <dlfcn.h>

#include <map>
#include <mutex>

#include "core/errors.h"
#include "server/server_address.h"

namespace hep {

namespace {

constexpr const char* kEntry = "hep_open_server_storage";

// The entry of a module, loaded once and kept for the life of the process (the storage it makes
// runs its code). Empty when it cannot be loaded; `why` then says why.
HepOpenServerStorage loadEntry(const std::filesystem::path& module, std::string& why) {
    static std::mutex mutex;
    static std::map<std::filesystem::path, void*> loaded;  // never closed
    const std::lock_guard lock(mutex);
    if (const auto it = loaded.find(module); it != loaded.end()) {
        return reinterpret_cast<HepOpenServerStorage>(dlsym(it->second, kEntry));
    }
    void* handle = dlopen(module.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
        const char* error = dlerror();
        why = error != nullptr ? error : "unknown reason";
        return nullptr;
    }
    void* entry = dlsym(handle, kEntry);
    if (entry == nullptr) {
        dlclose(handle);
        why = module.string() + " is not HEP Studio's clinic server module";
        return nullptr;
    }
    loaded.emplace(module, handle);
    return reinterpret_cast<HepOpenServerStorage>(entry);
}

}  // namespace

std::unique_ptr<Storage> openServerStorage(const std::string& uri,
                                           const std::filesystem::path& module) {
    std::string why;
    const HepOpenServerStorage open = loadEntry(module, why);
    if (open == nullptr) {
        throw StorageError("HEP Studio cannot reach the clinic server " + serverName(uri) +
                           ": its server module could not be loaded (" + why +
                           "). Build HEP Studio again (./run.sh), or reinstall it.");
    }
    return std::unique_ptr<Storage>(open(uri.c_str()));
}

std::unique_ptr<Storage> openServerStorage(const std::string& uri) {
    const std::filesystem::path built = HEP_SERVER_MODULE_BUILT;
    std::error_code ec;
    if (std::filesystem::exists(built, ec)) {
        return openServerStorage(uri, built);
    }
    return openServerStorage(uri, HEP_SERVER_MODULE_INSTALLED);
}

}  // namespace hep
