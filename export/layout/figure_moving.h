// Which parts of an exercise figure's body move between its start and its end: they are drawn
// darkest, so that the picture shows what to move.
#pragma once

#include <array>

#include "figures/pose.h"

namespace hep::figure {

struct Moving {
    bool trunk = false;  // the trunk, neck and head
    bool head = false;   // the head and neck alone (a nod, a turn, a chin tuck)
    std::array<bool, 2> arm{};
    std::array<bool, 2> leg{};
};

// The parts that move clearly between the two poses.
Moving movingParts(const Skeleton& a, const Skeleton& b);

}  // namespace hep::figure
