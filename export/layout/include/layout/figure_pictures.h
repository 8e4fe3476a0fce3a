// The pictures of an exercise for the handout: its start and end figures, when it has them.
#pragma once

#include <vector>

#include "core/exercise.h"
#include "layout/handout_layout.h"

namespace hep {

// The two pictures of a built-in exercise ("Start" and "Finish" or "Hold"), drawn as stick
// figures at one scale; none for a custom exercise or one without a figure. Each figure is laid
// out once and then only scaled into its box, so drawing one costs microseconds.
std::vector<Picture> figurePictures(const Exercise& exercise);

}  // namespace hep
