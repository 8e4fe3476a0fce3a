// Stick figures as drawing operations: the two poses of a FigurePair, each fitted into a box.
#pragma once

#include <array>
#include <memory>
#include <vector>

#include "figures/pose.h"
#include "layout/document.h"

namespace hep {

// Widths and grays of the drawing, in centimetres of the figure. Every figure is laid out in a
// window at least kFigureWindowWidth wide, so bodies come out at one scale across figures and
// the shapes scale with the box.
inline constexpr double kFigureWindowWidth = 220;
inline constexpr double kCloseUpWindowWidth = 100;  // a close-up: the upper body, twice as large
// The body is a pictogram: each part a solid rounded shape of a real width, the head a disc.
inline constexpr double kTrunkWidth = 15;
inline constexpr double kNeckWidth = 8;
inline constexpr double kUpperArmWidth = 8;
inline constexpr double kForearmWidth = 6.5;
inline constexpr double kHandWidth = 6;
inline constexpr double kThighWidth = 11;
inline constexpr double kShinWidth = 8.5;
inline constexpr double kFootWidth = 5.5;
inline constexpr double kNoseWidth = 6.5;
// Tones: the parts that move are the darkest, the rest of the body mid gray, the limbs on the
// far side lighter (a far limb that moves is still darker than a near one that does not).
inline constexpr double kMovingGray = 0;
inline constexpr double kNearGray = 0.45;
inline constexpr double kFarMovingGray = 0.3;
inline constexpr double kFarGray = 0.72;
// Props in light gray lines that read at print size; a mat is a filled band.
inline constexpr double kPropStroke = 2.4;
inline constexpr double kPropGray = 0.5;
inline constexpr double kMatGray = 0.82;
inline constexpr double kGearStroke = 2.8;  // a strap, a band, the bike's cranks
inline constexpr double kGearGray = 0.3;
inline constexpr double kArrowStroke = 3.4;

// One stroke (a polyline with round caps and joins) or circle, in cm of the picture plane, y up.
struct FigureMark {
    std::vector<Vec2> points;  // a stroke when there is no radius
    Vec2 centre;               // a circle when radius > 0
    double radius = 0;
    double width = 0;
    double gray = 0;
    bool closed = false;
    bool body = false;  // part of the body, not a prop or the arrow
    bool head = false;  // the head, its nose or the neck
};

// A figure pair laid out once, ready to be drawn into any box: the marks of each pose (in
// drawing order) and the window they share (cm; y up), so the props stay put between the two.
struct FigureScene {
    std::array<std::vector<FigureMark>, 2> marks;
    double left = 0;
    double bottom = 0;
    double width = 1;
    double height = 1;
    bool close_up = false;  // the upper body only, for head and neck movements
    // A small second view in the top right corner of each picture (bottom left: inset_left).
    std::shared_ptr<const FigureScene> inset;
    bool inset_left = false;

    double aspect() const { return width / height; }  // width / height of the box to draw in
};

// Lays out a pair: solves both poses, draws props in light lines, the body as a pictogram (the
// parts that move between start and end darkest, far limbs lighter), and a black arrow with a
// solid head. The floor (and a pool's water line) spans the window.
FigureScene layoutFigure(const FigurePair& pair);

// Draws pose 0 (start) or 1 (end) of a scene into the box (points, y down), scaled to fit and
// centred, preserving the aspect; nothing is drawn outside the box.
void drawFigure(const FigureScene& scene, int pose, std::vector<DrawOp>& out, double x, double y,
                double w, double h);

}  // namespace hep
