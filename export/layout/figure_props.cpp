#include "figure_props.h"

#include <algorithm>
#include <cmath>

#include "figure_marks.h"

namespace hep::figure {

namespace {

constexpr double kWallHeight = 185;

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

// How far props reach toward and away from the viewer, seen in views from above (cm).
constexpr double kCounterNear = 10;  // a counter's front edge, a little before the body
constexpr double kCounterFar = -50;  // and its back, behind it
constexpr double kSeatHalfDepth = 22;
constexpr double kWallHalfDepth = 50;

// A counter seen from above: its top as a quadrilateral, its near face's edges down to the
// floor.
void addCounterFromAbove(std::vector<FigureMark>& marks, const Counter& k, double tilt) {
    auto p = [&](double x, double y, double z) { return project({x, y, z}, tilt); };
    const double near = kCounterNear, far = kCounterFar;
    marks.push_back(stroke({p(k.from, k.height, far), p(k.to, k.height, far),
                            p(k.to, k.height, near), p(k.from, k.height, near)},
                           kPropStroke, kPropGray, true));
    for (const double x : {k.from, k.to}) {
        marks.push_back(stroke({p(x, k.height, near), p(x, 0, near)}, kPropStroke, kPropGray));
    }
}

// A chair seen from above: its seat, its front legs and its back rest at the rear.
void addChairFromAbove(std::vector<FigureMark>& marks, const Chair& c, double tilt) {
    auto p = [&](double x, double y, double z) { return project({x, y, z}, tilt); };
    const double rear = c.front - c.depth, near = kSeatHalfDepth, far = -kSeatHalfDepth;
    marks.push_back(stroke({p(rear, c.seat, far), p(c.front, c.seat, far), p(c.front, c.seat, near),
                            p(rear, c.seat, near)},
                           kPropStroke * 1.4, kPropGray, true));
    for (const double x : {rear + 2, c.front - 3}) {
        marks.push_back(stroke({p(x, c.seat, near), p(x, 0, near)}, kPropStroke, kPropGray));
    }
    if (c.back > c.seat) {
        marks.push_back(stroke({p(rear, c.seat, near), p(rear - 4, c.back, near),
                                p(rear - 4, c.back, far), p(rear, c.seat, far)},
                               kPropStroke, kPropGray));
    }
}

}  // namespace

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
    } else if (const auto* c = std::get_if<Chair>(&prop); c != nullptr && pair.tilt > 0) {
        addChairFromAbove(marks, *c, pair.tilt);
    } else if (const auto* c = std::get_if<Chair>(&prop)) {
        const double rear = c->front - c->depth;
        marks.push_back(stroke({{rear, c->seat}, {c->front, c->seat}}, w * 1.4, g));
        marks.push_back(stroke({{c->front - 3, c->seat}, {c->front - 3, 0}}, w, g));
        marks.push_back(stroke({{rear + 2, c->seat}, {rear + 2, 0}}, w, g));
        if (c->back > c->seat) {
            marks.push_back(stroke({{rear + 2, c->seat}, {rear - 2, c->back}}, w, g));
        }
    } else if (const auto* k = std::get_if<Counter>(&prop); k != nullptr && pair.tilt > 0) {
        addCounterFromAbove(marks, *k, pair.tilt);
    } else if (const auto* k = std::get_if<Counter>(&prop)) {
        marks.push_back(stroke({{k->from + 3, 0}, {k->from + 3, k->height - 4}}, w, g));
        marks.push_back(
            stroke({{k->from, k->height - 4}, {k->from, k->height}, {k->to, k->height}}, w, g));
        marks.push_back(stroke({{k->from, k->height - 4}, {k->to, k->height - 4}}, w, g));
        marks.push_back(stroke({{k->to, k->height}, {k->to, 0}}, w, g));
    } else if (const auto* wall = std::get_if<Wall>(&prop)) {
        // Seen edge on; from above, its foot comes toward the viewer and its top goes back.
        marks.push_back(stroke({project({wall->x, 0, kWallHalfDepth}, pair.tilt),
                                project({wall->x, kWallHeight, -kWallHalfDepth}, pair.tilt)},
                               w * 1.5, g));
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
    } else if (const auto* towel = std::get_if<Towel>(&prop)) {
        // A roll seen end on: a filled disc with the towel's edge curling in.
        const Vec2 c{towel->x, towel->base + towel->radius};
        marks.push_back(circle(c, towel->radius / 2, towel->radius, kMatGray));
        marks.push_back(circle(c, towel->radius - w / 2, w, g));
        marks.push_back(circle(c, towel->radius * 0.45, w * 0.7, g));
    } else if (const auto* step = std::get_if<Step>(&prop)) {
        marks.push_back(stroke(
            {{step->from, 0}, {step->from, step->height}, {step->to, step->height}, {step->to, 0}},
            w * 1.3, g));
        if (step->rail > 0) {  // posts at both ends and the rail between them
            const double top = step->height + step->rail;
            marks.push_back(stroke({{step->from + 3, step->height}, {step->from + 3, top}}, w, g));
            marks.push_back(stroke({{step->to - 3, step->height}, {step->to - 3, top}}, w, g));
            marks.push_back(stroke({{step->from, top}, {step->to, top}}, w * 1.5, g));
        }
    } else if (const auto* door = std::get_if<Doorway>(&prop)) {
        // The frame seen edge on: a post of the wall's thickness, behind the body; the hands
        // rest on its face at x.
        constexpr double kPost = 10;
        marks.push_back(stroke({{door->x, 0},
                                {door->x, door->height},
                                {door->x - kPost, door->height},
                                {door->x - kPost, 0}},
                               w * 1.3, g));
    }
    // A pool's water line spans the window: drawn by layoutFigure.
}

}  // namespace hep::figure
