// The rules a figure pair must keep to be drawn: the body rests on what supports it, nothing
// goes through the floor, and the movement shows. Built-in figures and new ones alike.
#pragma once

#include <string>
#include <vector>

#include "figures/pose.h"

namespace hep {

// How far (cm) a contact's skin may be from its surface: 1% of the body's height.
inline constexpr double kContactTolerance = 0.01 * body::kHeight;
// How far (cm) a joint or the head may go below the floor.
inline constexpr double kFloorTolerance = 0.5;
// How far (cm) some joint must move from start to end when the end pose has no arrow.
inline constexpr double kLeastMovement = 5;

// What is wrong with a figure pair, a sentence each naming the pose and the body point, e.g.
// "end (hold): knee.near is 3.2 cm from mat". Empty when it keeps every rule.
std::vector<std::string> checkFigure(const FigurePair& pair);

}  // namespace hep
