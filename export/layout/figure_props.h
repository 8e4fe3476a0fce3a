// The props of an exercise figure (mat, chair, counter, wall, step, towel, ...) as light gray
// marks the body visibly rests on.
#pragma once

#include <vector>

#include "layout/figure_renderer.h"

namespace hep::figure {

// Adds the marks of one prop of a pose (s: the posed body, for straps and bands).
void addProp(std::vector<FigureMark>& marks, const Prop& prop, const Skeleton& s,
             const FigurePair& pair);

}  // namespace hep::figure
