// Which condition a program is for, by one rule for the handout and the window: the condition the
// program names, else the one that every one of its exercises lists. Never a guess from some of
// them.
#pragma once

#include <string>
#include <vector>

#include "model/exercise.h"

namespace hep {

// named: the program's own condition ("" when none is set). exercises: the program's exercises.
// "" when none is named and the exercises share no single condition.
std::string programConditionId(const std::string& named, const std::vector<Exercise>& exercises);

}  // namespace hep
