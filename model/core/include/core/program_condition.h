// Which condition a program is for, by one rule for the handout and the window: the condition the
// program names, else the one that every one of its exercises lists. Never a guess from some of
// them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/exercise.h"

namespace hep {

// The condition a therapist names for a program that is for no condition: the handout then prints
// the general safety box and no section about a condition.
inline constexpr std::string_view kNoCondition = "none";

// named: the program's own condition ("" when none is set, kNoCondition for none at all).
// exercises: the program's exercises. "" when the program is for no condition, or none is named
// and the exercises share no single condition.
std::string programConditionId(const std::string& named, const std::vector<Exercise>& exercises);

}  // namespace hep
