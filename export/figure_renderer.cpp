#include "export/figure_renderer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>
#include <optional>
#include <vector>

namespace hep {

namespace {

constexpr double kDegree = std::numbers::pi / 180;
constexpr double kMargin = 6;        // cm of empty space around the marks
constexpr double kArrowHead = 10;    // cm, each side of an arrow's head
constexpr double kArrowSpread = 28;  // degrees between the shaft and each stroke of the head
constexpr double kWallHeight = 185;

Vec2 add(Vec2 a, Vec2 b) {
    return {a.x + b.x, a.y + b.y};
}

Vec2 polar(double r, double degrees) {
    return {r * std::cos(degrees * kDegree), r * std::sin(degrees * kDegree)};
}

FigureMark stroke(std::vector<Vec2> points, double width, double gray, bool closed = false) {
    FigureMark m;
    m.points = std::move(points);
    m.width = width;
    m.gray = gray;
    m.closed = closed;
    return m;
}

FigureMark circle(Vec2 centre, double radius, double width, double gray) {
    FigureMark m;
    m.centre = centre;
    m.radius = radius;
    m.width = width;
    m.gray = gray;
    return m;
}

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

// A closed loop around the points (a band around the knees).
std::vector<Vec2> loopAround(const std::vector<Vec2>& at) {
    constexpr double kRadius = 4.5;
    Vec2 a = at.front(), b = at.back();
    double best = -1;
    for (const auto& p : at) {  // the two points farthest apart
        for (const auto& q : at) {
            double d = std::hypot(p.x - q.x, p.y - q.y);
            if (d > best) {
                best = d;
                a = p;
                b = q;
            }
        }
    }
    const double heading = std::atan2(b.y - a.y, b.x - a.x) / kDegree;
    std::vector<Vec2> loop;
    for (int k = 0; k <= 8; ++k) {
        loop.push_back(add(b, polar(kRadius, heading - 90 + 180.0 * k / 8)));
    }
    for (int k = 0; k <= 8; ++k) {
        loop.push_back(add(a, polar(kRadius, heading + 90 + 180.0 * k / 8)));
    }
    return loop;
}

void addProp(std::vector<FigureMark>& marks, const Prop& prop, const Skeleton& s,
             const FigurePair& pair) {
    const double w = kPropStroke;
    const double g = kPropGray;
    auto at = [&](BodyPoint p) { return project(s.point(p), pair.tilt); };
    if (const auto* m = std::get_if<Mat>(&prop)) {
        if (pair.tilt > 0) {  // its top, seen from above
            auto corner = [&](double x, double z) {
                return project({x, m->thickness, z}, pair.tilt);
            };
            marks.push_back(stroke({corner(m->from, m->far), corner(m->to, m->far),
                                    corner(m->to, m->near), corner(m->from, m->near)},
                                   w, g, true));
        } else {  // a band of the mat's thickness, filled
            marks.push_back(stroke({{m->from + m->thickness / 2, m->thickness / 2},
                                    {m->to - m->thickness / 2, m->thickness / 2}},
                                   m->thickness, kMatGray));
        }
    } else if (const auto* c = std::get_if<Chair>(&prop)) {
        const double rear = c->front - c->depth;
        marks.push_back(stroke({{rear, c->seat}, {c->front, c->seat}}, w * 1.4, g));
        marks.push_back(stroke({{c->front - 3, c->seat}, {c->front - 3, 0}}, w, g));
        marks.push_back(stroke({{rear + 2, c->seat}, {rear + 2, 0}}, w, g));
        if (c->back > c->seat) {
            marks.push_back(stroke({{rear + 2, c->seat}, {rear - 2, c->back}}, w, g));
        }
    } else if (const auto* k = std::get_if<Counter>(&prop)) {
        marks.push_back(stroke({{k->from + 3, 0}, {k->from + 3, k->height - 4}}, w, g));
        marks.push_back(
            stroke({{k->from, k->height - 4}, {k->from, k->height}, {k->to, k->height}}, w, g));
        marks.push_back(stroke({{k->from, k->height - 4}, {k->to, k->height - 4}}, w, g));
        marks.push_back(stroke({{k->to, k->height}, {k->to, 0}}, w, g));
    } else if (const auto* wall = std::get_if<Wall>(&prop)) {
        marks.push_back(stroke({{wall->x, 0}, {wall->x, kWallHeight}}, w * 1.5, g));
    } else if (const auto* b = std::get_if<Bed>(&prop)) {
        const double under = b->height - 16;
        marks.push_back(
            stroke({{b->from, under}, {b->from, b->height}, {b->to, b->height}, {b->to, under}}, w,
                   g, true));
        marks.push_back(stroke({{b->from + 4, under}, {b->from + 4, 0}}, w, g));
        marks.push_back(stroke({{b->to - 4, under}, {b->to - 4, 0}}, w, g));
    } else if (const auto* strap = std::get_if<Strap>(&prop)) {
        marks.push_back(stroke({at(strap->from), at(strap->to)}, kGearStroke, kGearGray));
    } else if (const auto* band = std::get_if<Band>(&prop)) {
        std::vector<Vec2> points;
        for (const auto& p : band->around) {
            points.push_back(at(p));
        }
        marks.push_back(stroke(loopAround(points), kGearStroke, kGearGray, true));
    } else if (const auto* bike = std::get_if<Bike>(&prop)) {
        // A base on the floor, a post up to the saddle, a post up to the handle bar, and the
        // flywheel around the cranks.
        const Vec2 cr = bike->crank, seat = bike->seat, bar = bike->handle;
        marks.push_back(stroke({{seat.x - 18, 2}, {bar.x + 14, 2}}, w * 1.4, g));
        marks.push_back(stroke({{seat.x + 1, seat.y - 1}, {seat.x + 12, 2}}, w, g));
        marks.push_back(stroke({{bar.x + 8, 2}, {bar.x - 3, bar.y - 1}}, w, g));
        marks.push_back(stroke({{seat.x - 9, seat.y}, {seat.x + 8, seat.y}}, w * 2, g));
        marks.push_back(stroke({{bar.x - 6, bar.y - 2}, {bar.x + 5, bar.y + 1}}, w * 2, g));
        marks.push_back(circle(cr, 22, w, g));
        for (int i = 1; i >= 0; --i) {  // far crank first
            const Vec2 pedal = add(cr, polar(kCrankLength, bike->pedal + 180.0 * i));
            const double gray = i == 0 ? kGearGray : kPropGray;
            marks.push_back(stroke({cr, pedal}, kGearStroke, gray));
            marks.push_back(
                stroke({{pedal.x - 4, pedal.y}, {pedal.x + 4, pedal.y}}, kGearStroke, gray));
        }
    } else if (const auto* walker = std::get_if<Walker>(&prop)) {
        // Drawn darker and heavier than other props: it is what the patient walks with.
        const double x = walker->x, h = walker->height, front = walker->x + walker->depth;
        const double ww = w * 1.5, wg = kGearGray;
        marks.push_back(stroke({{x, 0}, {x, h}, {front, h - 3}, {front, 7}}, ww, wg));
        marks.push_back(stroke({{x, h * 0.45}, {front, h * 0.45}}, ww, wg));
        marks.push_back(stroke({{x - 2, h}, {x + 14, h}}, ww * 2, wg));
        marks.push_back(circle({front, 4}, 3.5, ww, wg));
    }
    // A pool's water line spans the window: drawn by layoutFigure.
}

// Which parts of the body move between the start and the end: they are drawn darkest.
struct Moving {
    bool trunk = false;  // the trunk, neck and head
    std::array<bool, 2> arm{};
    std::array<bool, 2> leg{};
};

Moving movingParts(const Skeleton& a, const Skeleton& b) {
    auto moved = [](std::initializer_list<std::pair<const Vec3*, const Vec3*>> points) {
        double most = 0;
        for (const auto& [u, v] : points) {
            most = std::max(most, std::hypot(u->x - v->x, u->y - v->y, u->z - v->z));
        }
        return most;
    };
    // The trunk by where it is; a limb by its shape, its joints seen from its root (a leg that
    // straightens moves, though the knee stays put as the body rises; a body carried along by
    // a step does not make an arm move).
    const double trunk = moved({{&a.hip(), &b.hip()},
                                {&a.shoulder(), &b.shoulder()},
                                {&a.head, &b.head},
                                {&a.waist(), &b.waist()}});
    auto from = [](const Vec3& p, const Vec3& root) {
        return Vec3{p.x - root.x, p.y - root.y, p.z - root.z};
    };
    std::array<double, 2> arm{}, leg{};
    for (std::size_t i = 0; i < 2; ++i) {
        const Vec3 ra = a.shoulder_joint[i], rb = b.shoulder_joint[i];
        const Vec3 ea = from(a.elbow[i], ra), eb = from(b.elbow[i], rb);
        const Vec3 ha = from(a.hand[i], ra), hb = from(b.hand[i], rb);
        arm[i] = moved({{&ea, &eb}, {&ha, &hb}});
        const Vec3 la = a.hip_joint[i], lb = b.hip_joint[i];
        const Vec3 ka = from(a.knee[i], la), kb = from(b.knee[i], lb);
        const Vec3 aa = from(a.ankle[i], la), ab = from(b.ankle[i], lb);
        const Vec3 ta = from(a.toe[i], la), tb = from(b.toe[i], lb);
        leg[i] = moved({{&ka, &kb}, {&aa, &ab}, {&ta, &tb}});
    }
    const double most = std::max({trunk, arm[0], arm[1], leg[0], leg[1]});
    // What moves clearly, and not much less than what moves most.
    const double enough = std::max(6.0, 0.4 * most);
    Moving m;
    m.trunk = trunk >= enough;
    for (std::size_t i = 0; i < 2; ++i) {
        m.arm[i] = arm[i] >= enough;
        m.leg[i] = leg[i] >= enough;
    }
    return m;
}

// The body: far limbs first, then the trunk, neck and head, then the near limbs; each part a
// solid rounded shape of its width, in the tone of its side and of whether it moves.
void addBody(std::vector<FigureMark>& marks, const Skeleton& s, const FigurePair& pair,
             const Moving& moving) {
    const std::size_t first = marks.size();
    auto p = [&](const Vec3& v) { return project(v, pair.tilt); };
    // A limb is on the far side when its root is farther from the viewer than the hip centre.
    const double t = pair.tilt * std::numbers::pi / 180;
    auto depth = [&](const Vec3& v) { return v.z * std::cos(t) + v.y * std::sin(t); };
    auto isFar = [&](std::size_t i, const Vec3& root) {
        return i == 1 && depth(root) < depth(s.hip()) - 1;
    };
    auto tone = [](bool far, bool moves) {
        return far ? (moves ? kFarMovingGray : kFarGray) : (moves ? kMovingGray : kNearGray);
    };
    auto segment = [&](const Vec3& from, const Vec3& to, double width, double gray) {
        marks.push_back(stroke({p(from), p(to)}, width, gray));
    };
    auto addLimbs = [&](std::size_t i) {
        const double leg = tone(isFar(i, s.hip_joint[i]), moving.leg[i]);
        segment(s.heel[i], s.toe[i], kFootWidth, leg);
        segment(s.knee[i], s.ankle[i], kShinWidth, leg);
        segment(s.hip_joint[i], s.knee[i], kThighWidth, leg);
        const double arm = tone(isFar(i, s.shoulder_joint[i]), moving.arm[i]);
        segment(s.wrist[i], s.hand[i], kHandWidth, arm);
        segment(s.elbow[i], s.wrist[i], kForearmWidth, arm);
        segment(s.shoulder_joint[i], s.elbow[i], kUpperArmWidth, arm);
    };
    const bool far_behind = isFar(1, s.hip_joint[1]);
    if (far_behind) {
        addLimbs(1);
    }
    const double trunk = tone(false, moving.trunk);
    const Vec2 neck = p(s.shoulder()), head = p(s.head);
    marks.push_back(stroke({neck, head}, kNeckWidth, trunk));
    std::vector<Vec2> spine;
    for (const auto& v : s.spine) {
        spine.push_back(p(v));
    }
    marks.push_back(stroke(spine, kTrunkWidth, trunk));
    // Across the hips and shoulders, when the body is seen from the front (more than half their
    // width shows).
    for (const auto* joints : {&s.hip_joint, &s.shoulder_joint}) {
        const Vec2 a = p((*joints)[0]), b = p((*joints)[1]);
        const Vec3 d{(*joints)[0].x - (*joints)[1].x, (*joints)[0].y - (*joints)[1].y,
                     (*joints)[0].z - (*joints)[1].z};
        const double full = std::sqrt(d.x * d.x + d.y * d.y + d.z * d.z);
        if (std::hypot(a.x - b.x, a.y - b.y) > 0.5 * full) {
            marks.push_back(stroke({b, a}, kTrunkWidth, trunk));
        }
    }
    // The head, a disc: a circle of half the radius, stroked as wide as the radius.
    marks.push_back(circle(head, body::kHeadRadius / 2, body::kHeadRadius, trunk));
    if (!far_behind) {
        addLimbs(1);
    }
    addLimbs(0);
    for (std::size_t k = first; k < marks.size(); ++k) {
        marks[k].body = true;
    }
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
        for (const auto& prop : props) {
            if (std::holds_alternative<Strap>(prop) || std::holds_alternative<Band>(prop)) {
                continue;  // drawn over the body
            }
            if (const auto* pool = std::get_if<Pool>(&prop)) {
                water[static_cast<std::size_t>(i)] = pool->water;
                bounds.add(Vec2{0, pool->water}, 2);
            }
            addProp(marks, prop, s, pair);
        }
        addBody(marks, s, pair, moving);
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
    const bool floor = pair.tilt == 0;
    if (floor) {
        bounds.add(Vec2{bounds.left, 0}, kPropStroke / 2);
    }
    bounds.left -= kMargin;
    bounds.right += kMargin;
    bounds.bottom -= kMargin;
    bounds.top += kMargin;
    const double extra = kFigureWindowWidth - (bounds.right - bounds.left);
    if (extra > 0) {
        bounds.left -= extra / 2;
        bounds.right += extra / 2;
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
            out.push_back(Circle{c.x, c.y, m.radius * scale, m.width * scale, m.gray});
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
}

}  // namespace hep
