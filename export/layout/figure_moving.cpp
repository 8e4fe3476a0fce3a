#include "figure_moving.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <utility>

#include "figure_marks.h"

namespace hep::figure {

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
    const double trunk =
        moved({{&a.hip(), &b.hip()}, {&a.shoulder(), &b.shoulder()}, {&a.waist(), &b.waist()}});
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
    const Vec3 ha = from(a.head, a.shoulder()), hb = from(b.head, b.shoulder());
    const double head = moved({{&ha, &hb}});
    const double most = std::max({trunk, head, arm[0], arm[1], leg[0], leg[1]});
    // What moves clearly, and not much less than what moves most.
    const double enough = std::max(6.0, 0.4 * most);
    Moving m;
    m.trunk = trunk >= enough;
    // The head on the shoulders: where it is, and where the face looks (a turn of 20 degrees
    // counts as much as 3 cm).
    const double turn = std::acos(
        std::clamp(a.face.x * b.face.x + a.face.y * b.face.y + a.face.z * b.face.z, -1.0, 1.0));
    m.head = head >= 3 || turn >= 20 * kDegree;
    for (std::size_t i = 0; i < 2; ++i) {
        m.arm[i] = arm[i] >= enough;
        m.leg[i] = leg[i] >= enough;
    }
    return m;
}

}  // namespace hep::figure
