#include "core/exercise_lookup.h"

#include <utility>

namespace hep {

ExerciseLookup lookupIn(const std::vector<Exercise>& exercises, ExerciseLookup fallback) {
    return [&exercises,
            fallback = std::move(fallback)](const std::string& id) -> std::optional<Exercise> {
        for (const auto& e : exercises) {
            if (e.id == id) {
                return e;
            }
        }
        return fallback ? fallback(id) : std::nullopt;
    };
}

}  // namespace hep
