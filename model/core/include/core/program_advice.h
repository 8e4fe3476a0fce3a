// Advice on a program that is not an error: what the therapist should hear before printing, said
// the same way by the window, `hep check` and `hep export`.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include <vector>

#include "core/condition.h"
#include "core/exercise.h"

namespace hep {

// Older adults do fewer exercises better: more than this many earns a word of advice.
inline constexpr std::size_t kAdvisedMaxItems = 8;

// "10 exercises: more than 8 is a lot. Older adults do fewer exercises better." for a program
// of more than kAdvisedMaxItems exercises; nullopt otherwise.
std::optional<std::string> programSizeAdvice(std::size_t items);

// For a one-time test or an as-needed rest position given times a day or days a week: those do
// not print (the test is done 1 time, the rest position whenever it is needed), and the therapist
// should know. nullopt otherwise.
std::optional<std::string> doseUseAdvice(const Exercise& exercise, const Dose& dose);

// For a program that names a condition the catalogue does not know (a typo, or a file from a
// catalogue with other conditions): its handout prints the general safety box and no section
// about a condition. nullopt for "", "none" and the known ones.
std::optional<std::string> conditionAdvice(const std::string& named,
                                           const std::vector<Condition>& known);

}  // namespace hep
