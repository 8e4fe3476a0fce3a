// The pictures of an exercise for the handout: the therapist's photos, decoded once and drawn
// with their captions.
#pragma once

#include <vector>

#include "layout/handout_layout.h"

namespace hep {

// "Start" and "Finish" pictures from the exercise's photos (one photo: "Start" only); none when
// it has no photos. Each photo is decoded once per process (keyed by its bytes) at print size.
std::vector<Picture> photoPictures(const Exercise& exercise);

}  // namespace hep
