// Stick figures as drawing operations: the two poses of a FigurePair, each fitted into a box.
#pragma once

#include <array>
#include <vector>

#include "export/document.h"
#include "model/pose.h"

namespace hep {

// Widths and grays of the drawing, in centimetres of the figure. Every figure is laid out in a
// window at least kFigureWindowWidth wide, so bodies come out at one scale across figures and
// the strokes scale with the box: the body stroke is 2.2 pt in a 150 pt wide box.
inline constexpr double kFigureWindowWidth = 220;
inline constexpr double kBodyStroke = 2.2 / 150 * kFigureWindowWidth;
inline constexpr double kPropStroke = kBodyStroke * 0.34;
inline constexpr double kArrowStroke = kBodyStroke * 0.5;
inline constexpr double kNearGray = 0;
inline constexpr double kFarGray = 0.55;
inline constexpr double kPropGray = 0.65;
inline constexpr double kGearGray = 0.4;  // a strap, a band, the bike's cranks

// One stroke (a polyline with round caps and joins) or circle, in cm of the picture plane, y up.
struct FigureMark {
    std::vector<Vec2> points;  // a stroke when there is no radius
    Vec2 centre;               // a circle when radius > 0
    double radius = 0;
    double width = 0;
    double gray = 0;
    bool closed = false;
};

// A figure pair laid out once, ready to be drawn into any box: the marks of each pose (in
// drawing order) and the window they share (cm; y up), so the props stay put between the two.
struct FigureScene {
    std::array<std::vector<FigureMark>, 2> marks;
    double left = 0;
    double bottom = 0;
    double width = 1;
    double height = 1;

    double aspect() const { return width / height; }  // width / height of the box to draw in
};

// Lays out a pair: solves both poses, draws props in light lines, far limbs gray, near limbs
// and the trunk black, the head a circle, and the arrow with a head of two short strokes. The
// floor (and a pool's water line) spans the window. Outlines only: nothing is filled.
FigureScene layoutFigure(const FigurePair& pair);

// Draws pose 0 (start) or 1 (end) of a scene into the box (points, y down), scaled to fit and
// centred, preserving the aspect; nothing is drawn outside the box.
void drawFigure(const FigureScene& scene, int pose, std::vector<DrawOp>& out, double x, double y,
                double w, double h);

}  // namespace hep
