// A dose in words: plain sentences for the patient's handout and shorthand for a chart note.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/dose.h"
#include "model/exercise.h"

namespace hep {

// How a dose is meant: on the days it says, or once as a test ("up to" a hold, "only 1 time",
// no times a day or days a week).
enum class DoseUse { Regular, OneTime };
inline DoseUse doseUse(const Exercise& exercise) {
    return exercise.one_time ? DoseUse::OneTime : DoseUse::Regular;
}
// An exercise not found is taken as a regular one.
inline DoseUse doseUse(const std::optional<Exercise>& exercise) {
    return exercise ? doseUse(*exercise) : DoseUse::Regular;
}

// The dose as plain sentences for the patient, with numerals, e.g.
// {"Hold for 20 seconds.", "Do this 3 times on each side.", "Do this 2 times a day, every day."}
// Order: hold, reps and side, sets, minutes, frequency. An empty dose gives no sentences, and so
// does a dose that only says Side::Both. Expects a dose that passes checkDose: values are printed
// as they are.
// A one-time test: {"Hold for up to 60 seconds.", "Do this test 1 time only, not every day."}.
std::vector<std::string> doseSentences(const Dose& dose, DoseUse use = DoseUse::Regular);

// The sentences joined by single spaces ("" when there are none).
std::string doseText(const Dose& dose, DoseUse use = DoseUse::Regular);

// The dose as one short plain line for the list at a glance on page 1: how many and how often,
// e.g. "3 times each side, 2 times a day, every day" or "10 minutes, 5 days a week" (the hold
// is in the exercise's own block, unless it is all there is to count). When every_day_said (the
// main message already says "every day"), "every day" is left out. A one-time test: "Hold up to 60
// seconds, 1 time only". "" when there is nothing to say.
std::string doseGlance(const Dose& dose, DoseUse use = DoseUse::Regular,
                       bool every_day_said = false);

// Clinical shorthand for a chart note, e.g. "3 x 20 s hold, each side, 2x/day" or
// "10 min, 5 days/wk". An empty dose gives "".
// A one-time test: "1 x up to 60 s hold, once".
std::string doseShorthand(const Dose& dose, DoseUse use = DoseUse::Regular);

}  // namespace hep
