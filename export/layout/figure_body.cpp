#include "figure_body.h"

#include <cmath>
#include <numbers>

#include "figure_marks.h"

namespace hep::figure {

void addBody(std::vector<FigureMark>& marks, const Skeleton& s, const FigurePair& pair,
             const Moving& moving, bool nose, const std::vector<FigureMark>& between) {
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
    const std::size_t props_at = marks.size();
    marks.insert(marks.end(), between.begin(), between.end());
    const double trunk = tone(false, moving.trunk);
    const double head_tone = tone(false, moving.trunk || moving.head);
    const Vec2 neck = p(s.shoulder()), head = p(s.head);
    const std::size_t neck_at = marks.size();
    marks.push_back(stroke({neck, head}, kNeckWidth, head_tone));
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
    const std::size_t head_at = marks.size();
    marks.push_back(circle(head, body::kHeadRadius / 2, body::kHeadRadius, head_tone));
    // The nose, where the face looks, unless it looks (nearly) straight at or away from the
    // viewer.
    constexpr double kR = body::kHeadRadius;
    const Vec3 tip{s.head.x + kR * s.face.x, s.head.y + kR * s.face.y, s.head.z + kR * s.face.z};
    const Vec2 seen{p(tip).x - head.x, p(tip).y - head.y};
    const double length = std::hypot(seen.x, seen.y);
    if (nose && length >= 0.35 * kR) {
        const Vec2 u{seen.x / length, seen.y / length};
        const double out = kR * 0.55 + length * 0.95;
        marks.push_back(stroke(
            {add(head, {u.x * kR * 0.55, u.y * kR * 0.55}), add(head, {u.x * out, u.y * out})},
            kNoseWidth, head_tone));
    }
    const std::size_t head_end = marks.size();
    if (!far_behind) {
        addLimbs(1);
    }
    addLimbs(0);
    for (std::size_t k = first; k < marks.size(); ++k) {
        marks[k].body = k < props_at || k >= props_at + between.size();
        marks[k].head = k == neck_at || (k >= head_at && k < head_end);
    }
}

}  // namespace hep::figure
