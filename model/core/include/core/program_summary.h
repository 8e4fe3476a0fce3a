// A program as plain text for the clinical note: each exercise with its dose in shorthand.
#pragma once

#include <string>

#include "core/exercise_lookup.h"
#include "core/program.h"

namespace hep {

// E.g. "Home exercise program, 2026-11-24\nPatient: ...\n1. Bridge: 2 sets of 10 x 3 s hold,
// 1x/day, daily\n..." Exercises are named from lookup (their id when unknown).
std::string programSummary(const Program& program, const ExerciseLookup& lookup);

}  // namespace hep
