#include "figures/figure_check.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace hep {

namespace {

std::string poseName(const FigurePair& pair, std::size_t i) {
    return std::string(i == 0 ? "start" : "end") + " (" + pair.captions[i] + ")";
}

std::string centimetres(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f cm", value);
    return text;
}

}  // namespace

std::vector<std::string> checkFigure(const FigurePair& pair) {
    std::vector<std::string> problems;
    std::array<Skeleton, 2> skeletons;
    for (std::size_t i = 0; i < 2; ++i) {
        const Pose& pose = pair.poses[i];
        const Skeleton s = solvePose(pose, pair.view);
        skeletons[i] = s;
        if (pose.contacts.empty()) {
            problems.push_back(poseName(pair, i) + ": nothing says what the body rests on");
        }
        const auto props = propsOf(pair, static_cast<int>(i));
        for (const auto& contact : pose.contacts) {
            const double gap = contactGap(s, props, contact);
            if (gap > kContactTolerance) {
                problems.push_back(poseName(pair, i) + ": " + bodyPointName(contact.point) +
                                   " is " + centimetres(gap) + " from " + contact.surface);
            }
        }
        for (std::size_t k = 0; k < 2; ++k) {
            const auto side = static_cast<LimbSide>(k);
            for (BodyPart part : {BodyPart::Knee, BodyPart::Ankle, BodyPart::Heel, BodyPart::Toe,
                                  BodyPart::Elbow, BodyPart::Wrist, BodyPart::Hand}) {
                const BodyPoint point{part, side};
                if (s.point(point).y < -kFloorTolerance) {
                    problems.push_back(poseName(pair, i) + ": " + bodyPointName(point) + " is " +
                                       centimetres(-s.point(point).y) + " below the floor");
                }
            }
        }
        if (s.head.y - body::kHeadRadius < -kFloorTolerance) {
            problems.push_back(poseName(pair, i) + ": the head goes below the floor");
        }
    }
    double most = 0;
    for (int part = 0; part <= static_cast<int>(BodyPart::Hand); ++part) {
        for (auto side : {LimbSide::Near, LimbSide::Far}) {
            const BodyPoint p{static_cast<BodyPart>(part), side};
            const Vec3 u = skeletons[0].point(p), v = skeletons[1].point(p);
            most = std::max(most, std::hypot(u.x - v.x, u.y - v.y, u.z - v.z));
        }
    }
    if (most < kLeastMovement && !pair.poses[1].arrow) {
        problems.push_back("no joint moves " + centimetres(kLeastMovement) +
                           " or more from start to end, and the end has no arrow");
    }
    return problems;
}

}  // namespace hep
