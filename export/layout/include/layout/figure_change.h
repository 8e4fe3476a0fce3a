// How much of the drawn body differs between a figure's start and end: a picture that shows the
// movement by itself differs by a clear share (arrows and props do not count).
#pragma once

#include "layout/figure_renderer.h"

namespace hep {

// The share of its drawn area that a body must change from start to end to read at a glance.
inline constexpr double kClearChange = 0.2;

// The body's drawn area (1 cm cells over the scene's window) that is covered in one pose and not
// in the other, over the mean of the two areas (in a close-up, the areas of the head and neck,
// what a close-up is about): 0 for the same picture twice.
double changedShare(const FigureScene& scene);

}  // namespace hep
