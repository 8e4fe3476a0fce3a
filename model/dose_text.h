// A dose in words: plain sentences for the patient's handout and shorthand for a chart note.
#pragma once

#include <string>
#include <vector>

#include "model/dose.h"

namespace hep {

// The dose as plain sentences for the patient, with numerals, e.g.
// {"Hold for 20 seconds.", "Do this 3 times on each side.", "Do this 2 times a day, every day."}
// Order: hold, reps and side, sets, minutes, frequency. An empty dose gives no sentences, and so
// does a dose that only says Side::Both. Expects a dose that passes checkDose: values are printed
// as they are.
std::vector<std::string> doseSentences(const Dose& dose);

// The sentences joined by single spaces ("" when there are none).
std::string doseText(const Dose& dose);

// The dose as one short plain line for the list at a glance on page 1, e.g. "Hold 20 seconds,
// 3 times each side, 2 times a day, every day" or "10 minutes, 5 days a week". "" when empty.
std::string doseGlance(const Dose& dose);

// Clinical shorthand for a chart note, e.g. "3 x 20 s hold, each side, 2x/day" or
// "10 min, 5 days/wk". An empty dose gives "".
std::string doseShorthand(const Dose& dose);

}  // namespace hep
