#include "figure_inset.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

#include "figure_body.h"
#include "figure_crop.h"
#include "figure_marks.h"

namespace hep::figure {

namespace {

constexpr double kInsetMargin = 4;  // cm around the region

// The skeleton seen by a viewer who went round it by degrees, about the vertical through the hip
// centre.
Skeleton turned(const Skeleton& s, double degrees) {
    const double c = std::cos(degrees * kDegree), n = std::sin(degrees * kDegree);
    auto turn = [&](Vec3& p) {
        const double x = p.x * c + p.z * n;
        p.z = -p.x * n + p.z * c;
        p.x = x;
    };
    Skeleton t = s;
    for (auto& p : t.spine) {
        turn(p);
    }
    turn(t.head);
    turn(t.face);
    for (auto* side : {&t.hip_joint, &t.knee, &t.ankle, &t.heel, &t.toe, &t.shoulder_joint,
                       &t.elbow, &t.wrist, &t.hand}) {
        for (auto& p : *side) {
            turn(p);
        }
    }
    return t;
}

// The points of a region, and the least width of its window (cm): every inset of a region comes
// out at one scale.
double regionPoints(const Skeleton& s, BodyRegion region, std::vector<Vec3>& out) {
    switch (region) {
        case BodyRegion::Feet:
            for (std::size_t i = 0; i < 2; ++i) {
                out.insert(out.end(), {s.ankle[i], s.heel[i], s.toe[i]});
            }
            return 60;
        case BodyRegion::Trunk:
            out.insert(out.end(), s.spine.begin(), s.spine.end());
            out.insert(out.end(), {s.hip_joint[0], s.hip_joint[1]});
            return 80;
        case BodyRegion::Upper:
            out.insert(out.end(), s.spine.begin() + 1, s.spine.end());
            for (std::size_t i = 0; i < 2; ++i) {
                out.insert(out.end(), {s.shoulder_joint[i], s.elbow[i], s.wrist[i], s.hand[i]});
            }
            out.push_back(s.head);
            return kCloseUpWindowWidth;
        case BodyRegion::Whole:
            break;
    }
    out.insert(out.end(), s.spine.begin(), s.spine.end());
    out.push_back(s.head);
    for (std::size_t i = 0; i < 2; ++i) {
        out.insert(out.end(), {s.knee[i], s.heel[i], s.toe[i], s.hand[i], s.elbow[i]});
    }
    return kFigureWindowWidth;
}

}  // namespace

std::shared_ptr<const FigureScene> layoutInset(const FigurePair& pair,
                                               const std::array<Skeleton, 2>& skeletons,
                                               const Moving& moving) {
    const InsetView& view = *pair.inset;
    FigurePair seen = pair;
    seen.tilt = view.tilt;
    seen.close_up = false;
    seen.inset.reset();
    auto scene = std::make_shared<FigureScene>();
    double left = std::numeric_limits<double>::infinity(), right = -left, bottom = left,
           top = -left, least = 0;
    for (std::size_t i = 0; i < 2; ++i) {
        const Skeleton s = turned(skeletons[i], view.turn);
        if (view.region == BodyRegion::Feet) {
            // The feet alone: seen from above, the rest of the body would hide them.
            for (std::size_t k = 2; k-- > 0;) {  // the far foot first
                const bool far = k == 1;
                const double gray = far ? (moving.leg[k] ? kFarMovingGray : kFarGray)
                                        : (moving.leg[k] ? kMovingGray : kNearGray);
                // A footprint: a narrow heel, a wider front.
                const Vec2 heel = project(s.heel[k], seen.tilt);
                const Vec2 toe = project(s.toe[k], seen.tilt);
                const Vec2 ball{heel.x + (toe.x - heel.x) * 0.5, heel.y + (toe.y - heel.y) * 0.5};
                for (const auto& [from, to, width] : {std::tuple{heel, ball, kFootWidth * 1.3},
                                                      std::tuple{ball, toe, kFootWidth * 2}}) {
                    FigureMark part = stroke({from, to}, width, gray);
                    part.body = true;
                    scene->marks[i].push_back(std::move(part));
                }
            }
        } else {
            addBody(scene->marks[i], s, seen, moving, true, {});
        }
        std::vector<Vec3> points;
        least = regionPoints(s, view.region, points);
        for (const auto& p : points) {
            const Vec2 v = project(p, seen.tilt);
            left = std::min(left, v.x);
            right = std::max(right, v.x);
            bottom = std::min(bottom, v.y);
            top = std::max(top, v.y);
        }
    }
    // Room for the widths of the parts around their lines.
    const double pad = kTrunkWidth / 2 + kInsetMargin;
    left -= pad;
    right += pad;
    bottom -= pad;
    top += pad;
    if (right - left < least) {
        const double extra = least - (right - left);
        left -= extra / 2;
        right += extra / 2;
    }
    const Window window{left, bottom, right, top};
    for (auto& marks : scene->marks) {
        marks = cropMarks(marks, window);
    }
    scene->left = left;
    scene->bottom = bottom;
    scene->width = right - left;
    scene->height = top - bottom;
    scene->close_up = true;
    return scene;
}

}  // namespace hep::figure
