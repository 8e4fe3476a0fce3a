#include "core/program_advice.h"

#include "core/program_condition.h"

namespace hep {

std::optional<std::string> programSizeAdvice(std::size_t items) {
    if (items <= kAdvisedMaxItems) {
        return std::nullopt;
    }
    return std::to_string(items) + " exercises: more than " + std::to_string(kAdvisedMaxItems) +
           " is a lot. Older adults do fewer exercises better.";
}

std::optional<std::string> doseUseAdvice(const Exercise& exercise, const Dose& dose) {
    if (exercise.use == ExerciseUse::Regular || (!dose.times_per_day && !dose.days_per_week)) {
        return std::nullopt;
    }
    if (exercise.use == ExerciseUse::OneTime) {
        return "\"" + exercise.name +
               "\" is a one-time test: its times a day and days a week do not print. The "
               "handout says to do it 1 time only.";
    }
    return "\"" + exercise.name +
           "\" is used as needed: its times a day and days a week do not print. The handout "
           "says to do it any time it is needed.";
}

std::optional<std::string> conditionAdvice(const std::string& named,
                                           const std::vector<Condition>& known) {
    if (named.empty() || named == kNoCondition) {
        return std::nullopt;
    }
    std::string ids;
    for (const auto& c : known) {
        if (c.id == named) {
            return std::nullopt;
        }
        ids += (ids.empty() ? "" : ", ") + c.id;
    }
    return "condition \"" + named + "\" is not one of the catalogue (" + ids + ", " +
           std::string(kNoCondition) +
           "): the handout prints the general safety box and nothing about a condition.";
}

}  // namespace hep
