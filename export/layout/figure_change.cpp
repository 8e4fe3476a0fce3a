#include "layout/figure_change.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace hep {

namespace {

// The distance from p to the segment from a to b.
double distanceToSegment(Vec2 p, Vec2 a, Vec2 b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    const double t =
        len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

bool covers(const FigureMark& m, Vec2 p) {
    if (m.radius > 0) {
        return std::abs(std::hypot(p.x - m.centre.x, p.y - m.centre.y) - m.radius) <= m.width / 2;
    }
    for (std::size_t k = 0; k + 1 < m.points.size(); ++k) {
        if (distanceToSegment(p, m.points[k], m.points[k + 1]) <= m.width / 2) {
            return true;
        }
    }
    return false;
}

// The body of one pose as cells of 1 cm square over the window: true where it is drawn.
std::vector<bool> bodyCells(const FigureScene& scene, int pose, int columns, int rows,
                            bool head_only = false) {
    std::vector<bool> cells(static_cast<std::size_t>(columns) * static_cast<std::size_t>(rows));
    for (const auto& m : scene.marks[static_cast<std::size_t>(pose)]) {
        if (!m.body || (head_only && !m.head)) {
            continue;
        }
        // Only the cells of the mark's bounding box.
        double left = m.centre.x - m.radius, right = m.centre.x + m.radius;
        double bottom = m.centre.y - m.radius, top = m.centre.y + m.radius;
        if (m.radius <= 0) {
            left = bottom = 1e300;
            right = top = -1e300;
            for (const auto& p : m.points) {
                left = std::min(left, p.x);
                right = std::max(right, p.x);
                bottom = std::min(bottom, p.y);
                top = std::max(top, p.y);
            }
        }
        const double pad = m.width / 2 + 1;
        const int c0 = std::max(0, static_cast<int>(left - pad - scene.left));
        const int c1 = std::min(columns - 1, static_cast<int>(right + pad - scene.left));
        const int r0 = std::max(0, static_cast<int>(bottom - pad - scene.bottom));
        const int r1 = std::min(rows - 1, static_cast<int>(top + pad - scene.bottom));
        for (int r = r0; r <= r1; ++r) {
            for (int c = c0; c <= c1; ++c) {
                const std::size_t i = static_cast<std::size_t>(r) * columns + c;
                if (!cells[i] && covers(m, {scene.left + c + 0.5, scene.bottom + r + 0.5})) {
                    cells[i] = true;
                }
            }
        }
    }
    return cells;
}

}  // namespace

double changedShare(const FigureScene& scene) {
    const int columns = static_cast<int>(std::ceil(scene.width));
    const int rows = static_cast<int>(std::ceil(scene.height));
    const auto a = bodyCells(scene, 0, columns, rows);
    const auto b = bodyCells(scene, 1, columns, rows);
    double changed = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        changed += a[i] != b[i] ? 1 : 0;
    }
    // A close-up is about the head and neck: the change is measured against them.
    const auto area = [&](int pose) {
        const auto cells = scene.close_up ? bodyCells(scene, pose, columns, rows, true)
                           : pose == 0    ? a
                                          : b;
        return static_cast<double>(std::count(cells.begin(), cells.end(), true));
    };
    return changed / std::max(1.0, (area(0) + area(1)) / 2);
}

}  // namespace hep
