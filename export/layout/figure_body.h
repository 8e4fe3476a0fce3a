// The body of an exercise figure as a pictogram: each part a solid rounded shape of its width, in
// the tone of its side and of whether it moves, the head a disc with a nose where the face looks.
#pragma once

#include <vector>

#include "figure_moving.h"
#include "layout/figure_renderer.h"

namespace hep::figure {

// Adds the body of s: far limbs first, then between (a towel roll under both knees, whose end is
// nearer than the far leg), the trunk, neck and head, then the near limbs. nose: draw the nose
// (in close-ups, or where the pose says where the face looks).
void addBody(std::vector<FigureMark>& marks, const Skeleton& s, const FigurePair& pair,
             const Moving& moving, bool nose, const std::vector<FigureMark>& between);

}  // namespace hep::figure
