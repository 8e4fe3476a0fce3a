#include "core/dose.h"

#include <array>
#include <utility>

namespace hep {

namespace {
constexpr std::array<std::pair<Side, std::string_view>, 4> kSideNames{{
    {Side::Each, "each"},
    {Side::Both, "both"},
    {Side::Left, "left"},
    {Side::Right, "right"},
}};
}  // namespace

std::string_view sideName(Side side) {
    for (const auto& [s, name] : kSideNames) {
        if (s == side) {
            return name;
        }
    }
    return "";
}

std::optional<Side> sideFromName(std::string_view name) {
    for (const auto& [s, n] : kSideNames) {
        if (n == name) {
            return s;
        }
    }
    return std::nullopt;
}

bool Dose::empty() const {
    for (const auto& field : doseFields()) {
        if ((this->*field.member).has_value()) {
            return false;
        }
    }
    return side == Side::None;
}

const std::vector<DoseField>& doseFields() {
    static const std::vector<DoseField> fields = {
        {"sets", "Sets", &Dose::sets, 1, 10, ""},
        {"reps", "Repetitions", &Dose::reps, 1, 100, ""},
        {"hold_seconds", "Hold (seconds)", &Dose::hold_seconds, 1, 600, "seconds"},
        {"minutes", "Minutes", &Dose::minutes, 1, 180, "minutes"},
        {"times_per_day", "Times a day", &Dose::times_per_day, 1, 12, ""},
        {"days_per_week", "Days a week", &Dose::days_per_week, 1, 7, "days"},
    };
    return fields;
}

std::vector<DoseProblem> checkDose(const Dose& dose) {
    std::vector<DoseProblem> problems;
    for (const auto& field : doseFields()) {
        const auto& value = dose.*field.member;
        if (value && (*value < field.min || *value > field.max)) {
            problems.push_back({std::string(field.name), std::to_string(*value) +
                                                             " is out of bounds (" +
                                                             std::to_string(field.min) + " to " +
                                                             std::to_string(field.max) + ")"});
        }
    }
    return problems;
}

}  // namespace hep
