// Inside the figure drawing: the small builders of marks (strokes and circles in cm) that the
// body, the props and the arrow are made of.
#pragma once

#include <cmath>
#include <numbers>
#include <utility>
#include <vector>

#include "layout/figure_renderer.h"

namespace hep::figure {

inline constexpr double kDegree = std::numbers::pi / 180;

inline Vec2 add(Vec2 a, Vec2 b) {
    return {a.x + b.x, a.y + b.y};
}

inline Vec2 polar(double r, double degrees) {
    return {r * std::cos(degrees * kDegree), r * std::sin(degrees * kDegree)};
}

inline FigureMark stroke(std::vector<Vec2> points, double width, double gray, bool closed = false) {
    FigureMark m;
    m.points = std::move(points);
    m.width = width;
    m.gray = gray;
    m.closed = closed;
    return m;
}

inline FigureMark circle(Vec2 centre, double radius, double width, double gray) {
    FigureMark m;
    m.centre = centre;
    m.radius = radius;
    m.width = width;
    m.gray = gray;
    return m;
}

}  // namespace hep::figure
