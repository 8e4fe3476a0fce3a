#include "core/program_condition.h"

#include <algorithm>

namespace hep {

std::string programConditionId(const std::string& named, const std::vector<Exercise>& exercises) {
    if (named == kNoCondition) {
        return {};
    }
    if (!named.empty() || exercises.empty()) {
        return named;
    }
    std::vector<std::string> shared = exercises.front().conditions;
    for (const auto& e : exercises) {
        std::erase_if(shared, [&](const std::string& id) {
            return std::find(e.conditions.begin(), e.conditions.end(), id) == e.conditions.end();
        });
    }
    return shared.size() == 1 ? shared.front() : std::string();
}

}  // namespace hep
