#include "storage/builtin_refresh.h"

#include <cstdlib>

#include "files/builtin_catalogue.h"

namespace hep {

bool builtinsOutOfDate(const std::string& stored_revision, const std::string& stored_fingerprint) {
    // The revision and fingerprint alone: a database open that finds them current reads no
    // exercise of the built-in catalogue.
    const int revision = stored_revision.empty() ? 0 : std::atoi(stored_revision.c_str());
    return builtinRevision() > revision ||
           (builtinRevision() == revision && stored_fingerprint != builtinFingerprint());
}

std::vector<const Exercise*> builtinsToInstall(const std::set<std::string>& custom_ids) {
    std::vector<const Exercise*> install;
    for (const auto& exercise : builtinCatalogue().exercises) {
        if (!custom_ids.count(exercise.id)) {
            install.push_back(&exercise);
        }
    }
    return install;
}

std::vector<std::string> builtinsToDrop(const std::vector<std::string>& unused_builtin_ids) {
    std::set<std::string> shipped;
    for (const auto& exercise : builtinCatalogue().exercises) {
        shipped.insert(exercise.id);
    }
    std::vector<std::string> drop;
    for (const auto& id : unused_builtin_ids) {
        if (!shipped.count(id)) {
            drop.push_back(id);
        }
    }
    return drop;
}

}  // namespace hep
