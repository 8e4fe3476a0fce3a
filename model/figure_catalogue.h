// The figures of the built-in exercises: start and end poses read from assets/figures/*.json.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/pose.h"

namespace hep {

// A figure file (assets/figures/<exercise id>.json) holds an exercise's two poses. Angles are in
// degrees in the picture (0 points right, 90 up); a direction is an angle, or [angle, depth]
// where depth turns it toward the viewer. Side-view figures face right. Lengths are cm, the floor
// is y = 0. For example:
//
//   {
//     "exercise": "bridge",
//     "view": "side",                          side (default) or front
//     "tilt": 0,                               degrees the viewer looks down (0 to 80)
//     "captions": ["Start", "Hold"],           default ["Start", "Finish"]
//     "note": "Hold: knees, hips and shoulders in a straight line.",    for editors, not shown
//     "props": [{"type": "mat", "from": -95, "to": 100}],               shared by both poses
//     "start": {
//       "place": {"point": "hip", "x": 0, "y": 6.5},    where this body point goes (cm)
//       "spine": [180, 180, 158.8],            pelvis, trunk, neck
//       "round": 0,                            how far the trunk curls (+ rounds the back)
//       "arm.near": [-3.5, -3.5, -3.5],        upper arm, forearm, hand
//       "leg.near": [45.9, -48, 0],            thigh, shin, foot (ankle to toes)
//       "arm.far": ..., "leg.far": ...,        default: as the near limb
//       "hips": [0, 90], "shoulders": [0, 90], toward the near joint; default: the view's
//       "contacts": {"hip": "mat", "heel.near": "mat"},                 point -> surface
//       "props": [...],                        this pose's own props (a pedal's angle)
//       "arrow": {"from": [x, y], "to": [x, y], "bend": 30}   or
//                {"around": "hip", "radius": 20, "from": 120, "to": 165}
//     },
//     "end": { ... }
//   }
//
// Props: mat (from, to, thickness, depth: [far, near] toward the viewer, seen from above), chair
// (front, seat, depth, back), counter (from, to, height), wall (x), bed (from, to, height), strap
// (from, to: body points), band (around: body points), bike (crank, seat, handle: [x, y]; pedal:
// angle), walker (x, depth, height), pool (water).

// Every built-in figure pair, parsed once from the embedded assets, sorted by exercise id.
// Throws InputError naming the asset file and field when one is malformed.
const std::vector<FigurePair>& builtinFigures();

// The figure pair of a built-in exercise, or nullptr when it has none.
const FigurePair* builtinFigure(const std::string& exercise_id);

// Reads one figure file (place names it in messages, e.g. "assets/figures/bridge.json").
// Checks the names of body points and surfaces; throws InputError naming the place and field.
FigurePair figureFromJson(const nlohmann::json& value, const std::string& place);

}  // namespace hep
