#include "model/program_advice.h"

namespace hep {

std::optional<std::string> programSizeAdvice(std::size_t items) {
    if (items <= kAdvisedMaxItems) {
        return std::nullopt;
    }
    return std::to_string(items) + " exercises: more than " + std::to_string(kAdvisedMaxItems) +
           " is a lot. Older adults do fewer exercises better.";
}

std::optional<std::string> oneTimeDoseAdvice(const Exercise& exercise, const Dose& dose) {
    if (!exercise.one_time || (!dose.times_per_day && !dose.days_per_week)) {
        return std::nullopt;
    }
    return "\"" + exercise.name +
           "\" is a one-time test: its times a day and days a week do not print. The handout "
           "says to do it 1 time only.";
}

}  // namespace hep
