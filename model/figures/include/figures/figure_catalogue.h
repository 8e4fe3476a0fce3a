// The figures of the built-in exercises: start and end poses read from assets/figures/*.json.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "figures/pose.h"

namespace hep {

// A figure file (assets/figures/<exercise id>.json) holds an exercise's two poses: the props,
// each pose's body angles, what touches what, and an arrow. docs/figures.md describes every field
// and the style the figures are drawn in.

// Every built-in figure pair, parsed once from the embedded assets, sorted by exercise id.
// Throws InputError naming the asset file and field when one is malformed.
const std::vector<FigurePair>& builtinFigures();

// The figure pair of a built-in exercise, or nullptr when it has none: read from its asset on
// first use (not from builtinFigures()), kept for the life of the program. Thread-safe.
const FigurePair* builtinFigure(const std::string& exercise_id);

// Reads one figure file (place names it in messages, e.g. "assets/figures/bridge.json").
// Checks the names of body points and surfaces; throws InputError naming the place and field.
FigurePair figureFromJson(const nlohmann::json& value, const std::string& place);

}  // namespace hep
