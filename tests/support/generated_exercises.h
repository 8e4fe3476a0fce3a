// A large catalogue for benchmarks: n custom exercises with names, purposes and steps made of
// common exercise words (the same every run).
#pragma once

#include <vector>

#include "core/exercise.h"

namespace hep::test {

std::vector<Exercise> generatedExercises(int n);

}  // namespace hep::test
