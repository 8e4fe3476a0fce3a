// The small second view of a figure: the same two poses seen from another side or from above,
// cut to one region of the body, drawn in a top corner of each picture.
#pragma once

#include <array>
#include <memory>

#include "figure_moving.h"
#include "layout/figure_renderer.h"

namespace hep::figure {

// The scene of the pair's inset (pair.inset must be set): the body only, turned and tilted as
// the inset says, cut to its region. skeletons: the two poses as the main view solved them.
std::shared_ptr<const FigureScene> layoutInset(const FigurePair& pair,
                                               const std::array<Skeleton, 2>& skeletons,
                                               const Moving& moving);

}  // namespace hep::figure
