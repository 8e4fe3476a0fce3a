// How much of an exercise a patient does: the dose, its bounds, and its check.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hep {

// Which side of the body a dose applies to. None: the exercise has no sides.
enum class Side { None, Each, Both, Left, Right };

std::string_view sideName(Side side);                     // "each", "both", ... ("" for None)
std::optional<Side> sideFromName(std::string_view name);  // nullopt for an unknown name

// Every field is optional: an unset field is not part of the dose.
struct Dose {
    std::optional<int> sets;
    std::optional<int> reps;
    std::optional<int> hold_seconds;
    std::optional<int> minutes;
    std::optional<int> times_per_day;
    std::optional<int> days_per_week;
    Side side = Side::None;

    bool empty() const;
    bool operator==(const Dose&) const = default;
};

// One numeric dose field: its name in files, its bounds (inclusive) and the unit said after a
// bound in messages ("600 seconds"; "" for a count).
struct DoseField {
    std::string_view name;   // in files and messages of hep: "hold_seconds"
    std::string_view label;  // in the window, in plain words: "Hold (seconds)"
    std::optional<int> Dose::*member;
    int min;
    int max;
    std::string_view unit;
};

// The numeric fields in file order, with their bounds.
const std::vector<DoseField>& doseFields();

// A problem with one field of a dose, e.g. {"reps", "500 is out of bounds (1 to 100)"}.
struct DoseProblem {
    std::string field;
    std::string message;
};

// The fields of a dose that are out of bounds; empty when the dose is valid.
std::vector<DoseProblem> checkDose(const Dose& dose);

}  // namespace hep
