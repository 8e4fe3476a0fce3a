// Close-up figures: the marks of a figure cut to a window around the upper body, so that a head
// or neck movement is drawn large and nothing is drawn outside the window.
#pragma once

#include <vector>

#include "layout/figure_renderer.h"

namespace hep::figure {

struct Window {
    double left = 0;
    double bottom = 0;
    double right = 0;
    double top = 0;
};

// The marks inside the window: strokes cut at its edges (their width kept inside it), circles
// kept only when they lie wholly inside.
std::vector<FigureMark> cropMarks(const std::vector<FigureMark>& marks, const Window& window);

}  // namespace hep::figure
