// How a storage follows a new built-in catalogue, the same rule for every backend: when, which
// built-in exercises to write, and which old ones to drop. The backends only read and write.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/exercise.h"

namespace hep {

// True when the stored revision is older than this build's catalogue, or the same revision
// with other content (a development build): the built-ins are then written again. A newer
// revision (written by a newer HEP Studio) is left as it is.
bool builtinsOutOfDate(const std::string& stored_revision, const std::string& stored_fingerprint);

// This build's built-in exercises that are to be written: all but those whose id a custom
// exercise holds (the therapist's keeps it; the built-in one is then not installed).
std::vector<const Exercise*> builtinsToInstall(const std::set<std::string>& custom_ids);

// Of the built-in exercises no template uses, those this build no longer ships: they go. Those
// a user's template still uses stay, so that the template keeps working.
std::vector<std::string> builtinsToDrop(const std::vector<std::string>& unused_builtin_ids);

}  // namespace hep
