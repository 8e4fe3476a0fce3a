#include "layout/figure_renderer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>
#include <optional>
#include <vector>

#include "figure_body.h"
#include "figure_crop.h"
#include "figure_inset.h"
#include "figure_marks.h"
#include "figure_moving.h"
#include "figure_props.h"

namespace hep {

namespace {

using namespace figure;

constexpr double kMargin = 6;        // cm of empty space around the marks
constexpr double kArrowHead = 10;    // cm, each side of an arrow's head
constexpr double kArrowSpread = 28;  // degrees between the shaft and each stroke of the head

// An arrow along the points, with a solid head at the last one.
void addArrow(std::vector<FigureMark>& marks, const std::vector<Vec2>& shaft) {
    if (shaft.size() < 2) {
        return;
    }
    const Vec2 tip = shaft.back();
    // The head follows the shaft's direction over its last few centimetres.
    Vec2 back = shaft[shaft.size() - 2];
    for (std::size_t k = shaft.size() - 1; k-- > 0;) {
        back = shaft[k];
        if (std::hypot(tip.x - back.x, tip.y - back.y) >= kArrowHead * 0.6) {
            break;
        }
    }
    const double heading = std::atan2(tip.y - back.y, tip.x - back.x) / kDegree;
    // The shaft stops where the head begins, so that the tip stays sharp.
    std::vector<Vec2> line = shaft;
    const Vec2 base = add(tip, polar(kArrowHead * 0.8, heading + 180));
    while (line.size() > 2 && std::hypot(line[line.size() - 2].x - tip.x,
                                         line[line.size() - 2].y - tip.y) < kArrowHead * 0.8) {
        line.pop_back();
    }
    line.back() = base;
    marks.push_back(stroke(line, kArrowStroke, kMovingGray));
    const Vec2 left = add(tip, polar(kArrowHead, heading + 180 - kArrowSpread));
    const Vec2 right = add(tip, polar(kArrowHead, heading + 180 + kArrowSpread));
    // A thin outline with round joins and a stroke down its middle: a solid triangle.
    marks.push_back(stroke({left, tip, right}, kArrowStroke * 0.8, kMovingGray, true));
    marks.push_back(stroke({tip, add(left, {(right.x - left.x) / 2, (right.y - left.y) / 2})},
                           kArrowStroke, kMovingGray));
}

std::vector<Vec2> arrowShaft(const MotionArrow& a, const Skeleton& s, double tilt) {
    constexpr int kSteps = 16;
    std::vector<Vec2> points;
    if (a.around) {
        const Vec2 c = project(s.point(*a.around), tilt);
        for (int k = 0; k <= kSteps; ++k) {
            const double angle = a.start_angle + (a.end_angle - a.start_angle) * k / kSteps;
            points.push_back(add(c, polar(a.radius, angle)));
        }
        return points;
    }
    const double chord = std::hypot(a.to.x - a.from.x, a.to.y - a.from.y);
    const double heading = std::atan2(a.to.y - a.from.y, a.to.x - a.from.x) / kDegree;
    if (std::abs(a.bend) < 1) {
        return {a.from, a.to};
    }
    // An arc turning evenly by `bend` degrees that ends exactly at `to`.
    const double half = a.bend / 2 * kDegree;
    const double arc = chord * half / std::sin(half);
    points.push_back(a.from);
    for (int k = 0; k < kSteps; ++k) {
        const double angle = heading - a.bend / 2 + a.bend * (k + 0.5) / kSteps;
        points.push_back(add(points.back(), polar(arc / kSteps, angle)));
    }
    return points;
}

struct Bounds {
    double left = std::numeric_limits<double>::infinity();
    double right = -std::numeric_limits<double>::infinity();
    double bottom = std::numeric_limits<double>::infinity();
    double top = -std::numeric_limits<double>::infinity();

    void add(Vec2 p, double pad) {
        left = std::min(left, p.x - pad);
        right = std::max(right, p.x + pad);
        bottom = std::min(bottom, p.y - pad);
        top = std::max(top, p.y + pad);
    }
    void add(const FigureMark& m) {
        if (m.radius > 0) {
            add(m.centre, m.radius + m.width / 2);
        }
        for (const auto& p : m.points) {
            add(p, m.width / 2);
        }
    }
};

std::vector<Vec2> waterLine(double left, double right, double level) {
    constexpr double kWave = 16, kAmplitude = 1.2;
    std::vector<Vec2> points;
    const int n = std::max(2, static_cast<int>((right - left) / (kWave / 8)));
    for (int k = 0; k <= n; ++k) {
        const double x = left + (right - left) * k / n;
        points.push_back(
            {x, level + kAmplitude * std::sin((x - left) / kWave * 2 * std::numbers::pi)});
    }
    return points;
}

// The head, neck, shoulders and arms of both poses: the window of a close-up.
Bounds upperBody(const std::array<Skeleton, 2>& skeletons, double tilt) {
    Bounds b;
    for (const auto& s : skeletons) {
        auto p = [&](const Vec3& v) { return project(v, tilt); };
        b.add(p(s.head), body::kHeadRadius + 6);  // the nose
        for (std::size_t k = 1; k < s.spine.size(); ++k) {
            b.add(p(s.spine[k]), kTrunkWidth / 2);
        }
        for (std::size_t i = 0; i < 2; ++i) {
            b.add(p(s.shoulder_joint[i]), kUpperArmWidth / 2);
            b.add(p(s.elbow[i]), kUpperArmWidth / 2);
            b.add(p(s.wrist[i]), kForearmWidth / 2);
            b.add(p(s.hand[i]), kHandWidth / 2);
        }
    }
    return b;
}

}  // namespace

FigureScene layoutFigure(const FigurePair& pair) {
    FigureScene scene;
    Bounds bounds;
    std::array<std::optional<double>, 2> water;
    const std::array<Skeleton, 2> skeletons{solvePose(pair.poses[0], pair.view),
                                            solvePose(pair.poses[1], pair.view)};
    const Moving moving = movingParts(skeletons[0], skeletons[1]);
    for (int i = 0; i < 2; ++i) {
        const Pose& pose = pair.poses[static_cast<std::size_t>(i)];
        auto& marks = scene.marks[static_cast<std::size_t>(i)];
        const Skeleton& s = skeletons[static_cast<std::size_t>(i)];
        const std::vector<Prop> props = propsOf(pair, i);
        std::vector<FigureMark> between;
        for (const auto& prop : props) {
            if (std::holds_alternative<Strap>(prop) || std::holds_alternative<Band>(prop)) {
                continue;  // drawn over the body
            }
            if (std::holds_alternative<Towel>(prop)) {
                addProp(between, prop, s, pair);
                continue;
            }
            if (const auto* pool = std::get_if<Pool>(&prop)) {
                water[static_cast<std::size_t>(i)] = pool->water;
                bounds.add(Vec2{0, pool->water}, 2);
            }
            addProp(marks, prop, s, pair);
        }
        addBody(marks, s, pair, moving, pair.close_up || pose.face.has_value(), between);
        for (const auto& prop : props) {
            if (std::holds_alternative<Strap>(prop) || std::holds_alternative<Band>(prop)) {
                addProp(marks, prop, s, pair);
            }
        }
        if (pose.arrow) {
            addArrow(marks, arrowShaft(*pose.arrow, s, pair.tilt));
        }
        for (const auto& m : marks) {
            bounds.add(m);
        }
    }
    if (pair.close_up) {
        bounds = upperBody(skeletons, pair.tilt);
    }
    const bool floor = pair.tilt == 0 && (!pair.close_up || bounds.bottom - kMargin < 0);
    if (floor && !pair.close_up) {
        bounds.add(Vec2{bounds.left, 0}, kPropStroke / 2);
    }
    bounds.left -= kMargin;
    bounds.right += kMargin;
    bounds.bottom -= kMargin;
    bounds.top += kMargin;
    const double least = pair.close_up ? kCloseUpWindowWidth : kFigureWindowWidth;
    const double extra = least - (bounds.right - bounds.left);
    if (extra > 0) {
        bounds.left -= extra / 2;
        bounds.right += extra / 2;
    }
    if (pair.close_up) {
        const Window window{bounds.left, bounds.bottom, bounds.right, bounds.top};
        for (auto& marks : scene.marks) {
            marks = cropMarks(marks, window);
        }
    }
    scene.close_up = pair.close_up;
    if (pair.inset) {
        scene.inset = layoutInset(pair, skeletons, moving);
        scene.inset_left = pair.inset->left;
    }
    scene.left = bounds.left;
    scene.bottom = bounds.bottom;
    scene.width = bounds.right - bounds.left;
    scene.height = bounds.top - bounds.bottom;

    // Lines that span the window, drawn first.
    const double inset = kMargin / 2;
    for (std::size_t i = 0; i < 2; ++i) {
        std::vector<FigureMark> first;
        if (floor) {
            first.push_back(stroke({{bounds.left + inset, 0}, {bounds.right - inset, 0}},
                                   kPropStroke, kPropGray));
        }
        if (water[i]) {
            first.push_back(stroke(waterLine(bounds.left + inset, bounds.right - inset, *water[i]),
                                   kPropStroke * 1.3, kPropGray));
        }
        scene.marks[i].insert(scene.marks[i].begin(), first.begin(), first.end());
    }
    return scene;
}

namespace {

// True when b lies on the straight way from a to c, going on in the same direction: dropping it
// leaves the stroke (round joins) as it is. Exact up to rounding (1e-9 of the lengths).
bool onTheWay(Point a, Point b, Point c) {
    const double ux = b.x - a.x, uy = b.y - a.y, vx = c.x - b.x, vy = c.y - b.y;
    const double lengths = std::hypot(ux, uy) * std::hypot(vx, vy);
    return ux * vx + uy * vy > 0 && std::abs(ux * vy - uy * vx) <= 1e-9 * lengths;
}

}  // namespace

void drawFigure(const FigureScene& scene, int pose, std::vector<DrawOp>& out, double x, double y,
                double w, double h) {
    const double scale = std::min(w / scene.width, h / scene.height);
    const double x0 = x + (w - scene.width * scale) / 2;
    const double y0 = y + (h - scene.height * scale) / 2;
    const double top = scene.bottom + scene.height;
    auto map = [&](Vec2 p) {
        return Point{x0 + (p.x - scene.left) * scale, y0 + (top - p.y) * scale};
    };
    for (const auto& m : scene.marks.at(static_cast<std::size_t>(pose))) {
        if (m.radius > 0) {
            const Point c = map(m.centre);
            // Built in place: pushing a Circle temporary makes GCC 12 warn, wrongly, that the
            // variant's Path may be read uninitialized (seen in the unity build at -O2).
            out.emplace_back(std::in_place_type<Circle>,
                             Circle{c.x, c.y, m.radius * scale, m.width * scale, m.gray});
            continue;
        }
        Path path;
        path.points.reserve(m.points.size());
        for (std::size_t i = 0; i < m.points.size(); ++i) {
            const Point point = map(m.points[i]);
            if (i + 1 < m.points.size() && !path.points.empty() &&
                onTheWay(path.points.back(), point, map(m.points[i + 1]))) {
                continue;  // a straight trunk is 17 points: the same stroke without them
            }
            path.points.push_back(point);
        }
        path.width = m.width * scale;
        path.gray = m.gray;
        path.closed = m.closed;
        out.push_back(std::move(path));
    }
    if (scene.inset) {
        // A framed box over the picture's top right corner (bottom left when asked: the top
        // left holds the caption), half the picture high.
        const FigureScene& inset = *scene.inset;
        const double ih = h * 0.5;
        const double iw = std::min(w * 0.4, ih * inset.aspect());
        const double ix = scene.inset_left ? x : x + w - iw;
        const double iy = scene.inset_left ? y + h - ih : y;
        out.push_back(Rect{ix, iy, iw, ih, 0.6, 0.5, 1.0});
        const double pad = std::min(iw, ih) * 0.04;
        drawFigure(inset, pose, out, ix + pad, iy + pad, iw - 2 * pad, ih - 2 * pad);
    }
}

}  // namespace hep
