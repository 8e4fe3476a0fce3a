// A dose in words: plain sentences for the patient's handout and shorthand for a chart note.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/dose.h"
#include "core/exercise.h"

namespace hep {

// How a dose is meant:
// - Regular: on the days it says.
// - HoldUpTo: on the days it says, the hold being the most to aim for (balance: "Hold for up to
//   15 seconds", stop sooner when you wobble).
// - AsNeeded: a rest position held until the symptoms ease, up to the hold, whenever it is needed;
//   times a day and days a week do not apply.
// - OneTime: once, as a test ("up to" the hold, "only 1 time").
enum class DoseUse { Regular, HoldUpTo, AsNeeded, OneTime };

// The one rule that says how an exercise's dose is meant: its use, and balance holds "up to".
DoseUse doseUse(const Exercise& exercise);
// An exercise not found is taken as a regular one.
inline DoseUse doseUse(const std::optional<Exercise>& exercise) {
    return exercise ? doseUse(*exercise) : DoseUse::Regular;
}

// Whether the dose is done on the days it says (and so is logged and counted in the main
// message): Regular and HoldUpTo.
inline bool doneOnDays(DoseUse use) {
    return use == DoseUse::Regular || use == DoseUse::HoldUpTo;
}

// The dose as plain sentences for the patient, with numerals, e.g.
// {"Hold for 20 seconds.", "Do this 3 times on each side.", "Do this 2 times a day, every day."}
// Order: hold, reps and side, sets, minutes, frequency. An empty dose gives no sentences, and so
// does a dose that only says Side::Both. Expects a dose that passes checkDose: values are printed
// as they are.
// A one-time test: {"Hold for up to 60 seconds.", "Do this test 1 time only, not every day."}.
// As needed: {"Hold until you feel better, up to 2 minutes.", "Do this any time you need it."}.
// Holds of 2 minutes or more in whole minutes print in minutes.
std::vector<std::string> doseSentences(const Dose& dose, DoseUse use = DoseUse::Regular);

// The sentences joined by single spaces ("" when there are none).
std::string doseText(const Dose& dose, DoseUse use = DoseUse::Regular);

// The dose as one short plain line for the list at a glance on page 1: how many and how often,
// e.g. "3 times each side, 2 times a day, every day" or "10 minutes, 5 days a week" (the hold
// is in the exercise's own block, unless it is all there is to count). When every_day_said (the
// main message already says "every day"), "every day" is left out. A one-time test: "Hold up to 60
// seconds, 1 time only"; as needed: "Hold up to 2 minutes, when you need it". "" when there is
// nothing to say.
std::string doseGlance(const Dose& dose, DoseUse use = DoseUse::Regular,
                       bool every_day_said = false);

// Clinical shorthand for a chart note, e.g. "3 x 20 s hold, each side, 2x/day" or
// "10 min, 5 days/wk". An empty dose gives "".
// A one-time test: "1 x up to 60 s hold, once"; as needed: "up to 120 s hold, as needed".
std::string doseShorthand(const Dose& dose, DoseUse use = DoseUse::Regular);

}  // namespace hep
