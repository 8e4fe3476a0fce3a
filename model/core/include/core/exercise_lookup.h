// Finding an exercise by id: the one way programs, templates, files and the handout name exercises.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/exercise.h"

namespace hep {

// Finds an exercise of the catalogue by id (built-in or custom); nullopt when there is none.
using ExerciseLookup = std::function<std::optional<Exercise>(const std::string& id)>;

// A lookup over a list of exercises, then over fallback when given. The list is kept by
// reference: it must outlive the lookup.
ExerciseLookup lookupIn(const std::vector<Exercise>& exercises, ExerciseLookup fallback = {});

}  // namespace hep
