#include "figures/pose.h"

#include <cmath>
#include <numbers>

#include "core/errors.h"

namespace hep {

namespace {

constexpr double kDegree = std::numbers::pi / 180;

struct PartName {
    BodyPart part;
    const char* name;
    bool sided;
};

constexpr PartName kPartNames[] = {
    {BodyPart::Hip, "hip", false},
    {BodyPart::Waist, "waist", false},
    {BodyPart::Back, "back", false},
    {BodyPart::Shoulder, "shoulder", false},
    {BodyPart::Head, "head", false},
    {BodyPart::HipJoint, "hip", true},
    {BodyPart::Knee, "knee", true},
    {BodyPart::Ankle, "ankle", true},
    {BodyPart::Heel, "heel", true},
    {BodyPart::Toe, "toe", true},
    {BodyPart::ShoulderJoint, "shoulder", true},
    {BodyPart::Elbow, "elbow", true},
    {BodyPart::Wrist, "wrist", true},
    {BodyPart::Hand, "hand", true},
};

Vec3 operator+(Vec3 a, Vec3 b) {
    return {a.x + b.x, a.y + b.y, a.z + b.z};
}
Vec3 operator-(Vec3 a, Vec3 b) {
    return {a.x - b.x, a.y - b.y, a.z - b.z};
}
Vec3 operator*(double k, Vec3 a) {
    return {k * a.x, k * a.y, k * a.z};
}
double length(Vec3 a) {
    return std::sqrt(a.x * a.x + a.y * a.y + a.z * a.z);
}

Vec3 unit(Direction d) {
    const double a = d.angle * kDegree;
    const double e = d.depth * kDegree;
    return {std::cos(e) * std::cos(a), std::cos(e) * std::sin(a), std::sin(e)};
}

void translate(Skeleton& s, const Vec3& by) {
    auto move = [&](Vec3& p) { p = p + by; };
    for (auto& p : s.spine) {
        move(p);
    }
    move(s.head);
    for (auto* group : {&s.hip_joint, &s.knee, &s.ankle, &s.heel, &s.toe, &s.shoulder_joint,
                        &s.elbow, &s.wrist, &s.hand}) {
        for (auto& p : *group) {
            move(p);
        }
    }
}

}  // namespace

std::optional<BodyPoint> parseBodyPoint(const std::string& name) {
    std::string base = name;
    std::optional<LimbSide> side;
    if (auto dot = name.find('.'); dot != std::string::npos) {
        base = name.substr(0, dot);
        std::string which = name.substr(dot + 1);
        if (which == "near") {
            side = LimbSide::Near;
        } else if (which == "far") {
            side = LimbSide::Far;
        } else {
            return std::nullopt;
        }
    }
    for (const auto& p : kPartNames) {
        if (base == p.name && p.sided == side.has_value()) {
            return BodyPoint{p.part, side.value_or(LimbSide::Near)};
        }
    }
    return std::nullopt;
}

std::string bodyPointName(BodyPoint point) {
    for (const auto& p : kPartNames) {
        if (p.part == point.part) {
            if (!p.sided) {
                return p.name;
            }
            return std::string(p.name) + (point.side == LimbSide::Near ? ".near" : ".far");
        }
    }
    return "?";
}

std::string bodyPointNames() {
    std::string out;
    for (const auto& p : kPartNames) {
        out += out.empty() ? "" : ", ";
        out += p.sided ? std::string(p.name) + ".near|far" : std::string(p.name);
    }
    return out;
}

double bodyPadding(BodyPart part) {
    switch (part) {
        case BodyPart::Hip:
        case BodyPart::Waist:
        case BodyPart::Back:
        case BodyPart::Shoulder:
        case BodyPart::HipJoint:
        case BodyPart::ShoulderJoint:
            return body::kTrunkPadding;
        case BodyPart::Head:
            return body::kHeadRadius;
        default:
            return 0;
    }
}

Vec3 Skeleton::point(BodyPoint p) const {
    const auto i = static_cast<std::size_t>(p.side);
    switch (p.part) {
        case BodyPart::Hip:
            return hip();
        case BodyPart::Waist:
            return waist();
        case BodyPart::Back:
            return spine[1 + body::kSpineSteps / 2];
        case BodyPart::Shoulder:
            return shoulder();
        case BodyPart::Head:
            return head;
        case BodyPart::HipJoint:
            return hip_joint[i];
        case BodyPart::Knee:
            return knee[i];
        case BodyPart::Ankle:
            return ankle[i];
        case BodyPart::Heel:
            return heel[i];
        case BodyPart::Toe:
            return toe[i];
        case BodyPart::ShoulderJoint:
            return shoulder_joint[i];
        case BodyPart::Elbow:
            return elbow[i];
        case BodyPart::Wrist:
            return wrist[i];
        case BodyPart::Hand:
            return hand[i];
    }
    return hip();
}

Skeleton solvePose(const Pose& pose, FigureView view) {
    using namespace body;
    Skeleton s;
    s.spine.reserve(2 + kSpineSteps);
    s.spine.push_back({0, 0, 0});
    s.spine.push_back(kPelvis * unit(pose.pelvis));
    // The trunk bends evenly: its direction turns by `round` degrees (clockwise when positive)
    // from the waist to the shoulders, symmetrically about the chord's direction.
    for (int k = 0; k < kSpineSteps; ++k) {
        const double t = (k + 0.5) / kSpineSteps - 0.5;
        Direction d{pose.trunk.angle - pose.round * t, pose.trunk.depth};
        s.spine.push_back(s.spine.back() + (kTrunk / kSpineSteps) * unit(d));
    }
    const Vec3 shoulder = s.spine.back();
    s.head = shoulder + kNeck * unit(pose.neck);
    const Direction face_default = view == FigureView::Side
                                       ? Direction{pose.neck.angle - 90, pose.neck.depth}
                                       : Direction{0, 90};
    s.face = unit(pose.face.value_or(face_default));

    const Direction side_default = view == FigureView::Side ? Direction{0, 90} : Direction{0, 0};
    const Vec3 hips = unit(pose.hips.value_or(side_default));
    const Vec3 shoulders = unit(pose.shoulders.value_or(side_default));
    for (std::size_t i = 0; i < 2; ++i) {
        const double sign = i == 0 ? 1 : -1;
        s.hip_joint[i] = s.spine.front() + (sign * kHipHalfWidth) * hips;
        s.shoulder_joint[i] = shoulder + (sign * kShoulderHalf) * shoulders;
        const LimbAngles& leg = pose.legs[i];
        s.knee[i] = s.hip_joint[i] + kThigh * unit(leg.upper);
        s.ankle[i] = s.knee[i] + kShin * unit(leg.lower);
        const Vec3 foot = unit(leg.end);
        s.toe[i] = s.ankle[i] + kToe * foot;
        s.heel[i] = s.ankle[i] - kHeel * foot;
        const LimbAngles& arm = pose.arms[i];
        s.elbow[i] = s.shoulder_joint[i] + kUpperArm * unit(arm.upper);
        s.wrist[i] = s.elbow[i] + kForearm * unit(arm.lower);
        s.hand[i] = s.wrist[i] + kHand * unit(arm.end);
    }

    const Vec3 at = s.point(pose.place);
    translate(s, {pose.place_x - at.x, pose.place_y - at.y, 0});
    return s;
}

std::vector<SegmentLength> segmentLengths(const Skeleton& s) {
    std::vector<SegmentLength> out;
    out.push_back({"pelvis", length(s.spine[1] - s.spine[0])});
    double trunk = 0;
    for (std::size_t k = 2; k < s.spine.size(); ++k) {
        trunk += length(s.spine[k] - s.spine[k - 1]);
    }
    out.push_back({"trunk", trunk});
    out.push_back({"neck", length(s.head - s.shoulder())});
    for (std::size_t i = 0; i < 2; ++i) {
        const std::string side = i == 0 ? ".near" : ".far";
        out.push_back({"hips" + side, length(s.hip_joint[i] - s.hip())});
        out.push_back({"shoulders" + side, length(s.shoulder_joint[i] - s.shoulder())});
        out.push_back({"upper-arm" + side, length(s.elbow[i] - s.shoulder_joint[i])});
        out.push_back({"forearm" + side, length(s.wrist[i] - s.elbow[i])});
        out.push_back({"hand" + side, length(s.hand[i] - s.wrist[i])});
        out.push_back({"thigh" + side, length(s.knee[i] - s.hip_joint[i])});
        out.push_back({"shin" + side, length(s.ankle[i] - s.knee[i])});
        out.push_back({"foot" + side, length(s.toe[i] - s.heel[i])});
    }
    return out;
}

Vec2 project(const Vec3& p, double tilt) {
    if (tilt == 0) {
        return {p.x, p.y};
    }
    const double t = tilt * kDegree;
    return {p.x, p.y * std::cos(t) - p.z * std::sin(t)};
}

std::vector<Prop> propsOf(const FigurePair& pair, int pose) {
    std::vector<Prop> props = pair.props;
    const auto& own = pair.poses.at(static_cast<std::size_t>(pose)).props;
    props.insert(props.end(), own.begin(), own.end());
    return props;
}

std::vector<PropSurface> surfacesOf(const std::vector<Prop>& props) {
    using Kind = PropSurface::Kind;
    constexpr double kFar = 1e6;
    std::vector<PropSurface> out;
    out.push_back({"floor", Kind::Horizontal, 0, -kFar, kFar, {}});
    for (const auto& prop : props) {
        if (const auto* m = std::get_if<Mat>(&prop)) {
            out.push_back({"mat", Kind::Horizontal, m->thickness, m->from, m->to, {}});
        } else if (const auto* c = std::get_if<Chair>(&prop)) {
            out.push_back({"seat", Kind::Horizontal, c->seat, c->front - c->depth, c->front, {}});
        } else if (const auto* k = std::get_if<Counter>(&prop)) {
            out.push_back({"counter", Kind::Horizontal, k->height, k->from, k->to, {}});
        } else if (const auto* w = std::get_if<Wall>(&prop)) {
            out.push_back({"wall", Kind::Vertical, w->x, 0, kFar, {}});
        } else if (const auto* b = std::get_if<Bed>(&prop)) {
            out.push_back({"bed", Kind::Horizontal, b->height, b->from, b->to, {}});
        } else if (const auto* bike = std::get_if<Bike>(&prop)) {
            out.push_back({"bike.seat", Kind::Point, 0, 0, 0, bike->seat});
            out.push_back({"bike.handle", Kind::Point, 0, 0, 0, bike->handle});
            const double a = bike->pedal * kDegree;
            const Vec2 arm{kCrankLength * std::cos(a), kCrankLength * std::sin(a)};
            out.push_back({"pedal.near",
                           Kind::Point,
                           0,
                           0,
                           0,
                           {bike->crank.x + arm.x, bike->crank.y + arm.y}});
            out.push_back({"pedal.far",
                           Kind::Point,
                           0,
                           0,
                           0,
                           {bike->crank.x - arm.x, bike->crank.y - arm.y}});
        } else if (const auto* walker = std::get_if<Walker>(&prop)) {
            out.push_back(
                {"walker", Kind::Horizontal, walker->height, walker->x - 2, walker->x + 14, {}});
        } else if (const auto* towel = std::get_if<Towel>(&prop)) {
            out.push_back({"towel",
                           Kind::Horizontal,
                           towel->base + 2 * towel->radius,
                           towel->x - towel->radius,
                           towel->x + towel->radius,
                           {}});
        } else if (const auto* step = std::get_if<Step>(&prop)) {
            out.push_back({"step", Kind::Horizontal, step->height, step->from, step->to, {}});
            if (step->rail > 0) {
                out.push_back({"rail",
                               Kind::Horizontal,
                               step->height + step->rail,
                               step->from,
                               step->to,
                               {}});
            }
        } else if (const auto* door = std::get_if<Doorway>(&prop)) {
            out.push_back({"doorway", Kind::Vertical, door->x, 0, door->height, {}});
        }
    }
    return out;
}

double contactGap(const Skeleton& skeleton, const std::vector<Prop>& props,
                  const BodyContact& contact) {
    const Vec3 p = skeleton.point(contact.point);
    const double pad = bodyPadding(contact.point.part);
    for (const auto& s : surfacesOf(props)) {
        if (s.name != contact.surface) {
            continue;
        }
        // Beyond the ends of a surface counts as a gap too.
        auto outside = [](double v, double from, double to) {
            return v < from ? from - v : v > to ? v - to : 0.0;
        };
        switch (s.kind) {
            case PropSurface::Kind::Horizontal:  // rested on from above
                return std::hypot(p.y - (s.level + pad), outside(p.x, s.from, s.to));
            case PropSurface::Kind::Vertical:  // touched from the left
                return std::hypot(p.x - (s.level - pad), outside(p.y, s.from, s.to));
            case PropSurface::Kind::Point:
                return std::abs(std::hypot(p.x - s.at.x, p.y - s.at.y) - pad);
        }
    }
    throw InputError("the pose has no surface \"" + contact.surface + "\" for " +
                     bodyPointName(contact.point) + " to rest on");
}

}  // namespace hep
