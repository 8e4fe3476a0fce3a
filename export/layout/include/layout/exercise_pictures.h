// The pictures a handout shows for an exercise: the therapist's photos when it has them, else
// the built-in figures (start and finish).
#pragma once

#include <vector>

#include "layout/handout_layout.h"

namespace hep {

std::vector<Picture> exercisePictures(const Exercise& exercise);

}  // namespace hep
