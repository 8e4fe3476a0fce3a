#include "figure_crop.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace hep::figure {

namespace {

// The part of the segment from a to b inside the window (Liang-Barsky), or nothing.
std::optional<std::pair<Vec2, Vec2>> clipSegment(Vec2 a, Vec2 b, const Window& w) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    double t0 = 0, t1 = 1;
    auto edge = [&](double p, double q) {  // the segment's side of one edge: p t <= q
        if (p == 0) {
            return q >= 0;
        }
        const double t = q / p;
        if (p < 0) {
            if (t > t1) {
                return false;
            }
            t0 = std::max(t0, t);
        } else {
            if (t < t0) {
                return false;
            }
            t1 = std::min(t1, t);
        }
        return true;
    };
    if (!edge(-dx, a.x - w.left) || !edge(dx, w.right - a.x) || !edge(-dy, a.y - w.bottom) ||
        !edge(dy, w.top - a.y)) {
        return std::nullopt;
    }
    return std::pair{Vec2{a.x + t0 * dx, a.y + t0 * dy}, Vec2{a.x + t1 * dx, a.y + t1 * dy}};
}

bool same(Vec2 a, Vec2 b) {
    return std::abs(a.x - b.x) < 1e-9 && std::abs(a.y - b.y) < 1e-9;
}

}  // namespace

std::vector<FigureMark> cropMarks(const std::vector<FigureMark>& marks, const Window& window) {
    std::vector<FigureMark> out;
    for (const auto& m : marks) {
        // A stroke's round ends and sides reach half its width beyond its line.
        const double pad = m.width / 2 + m.radius;
        const Window inner{window.left + pad, window.bottom + pad, window.right - pad,
                           window.top - pad};
        if (m.radius > 0 || m.points.size() < 2) {
            const Vec2 c = m.radius > 0 ? m.centre : m.points.front();
            if (c.x >= inner.left && c.x <= inner.right && c.y >= inner.bottom &&
                c.y <= inner.top) {
                out.push_back(m);
            }
            continue;
        }
        std::vector<Vec2> points = m.points;
        if (m.closed) {
            points.push_back(points.front());
        }
        FigureMark piece = m;
        piece.points.clear();
        piece.closed = false;
        auto flush = [&] {
            if (piece.points.size() >= 2) {
                out.push_back(piece);
            }
            piece.points.clear();
        };
        for (std::size_t i = 0; i + 1 < points.size(); ++i) {
            const auto inside = clipSegment(points[i], points[i + 1], inner);
            if (!inside) {
                flush();
                continue;
            }
            if (piece.points.empty() || !same(piece.points.back(), inside->first)) {
                flush();
                piece.points.push_back(inside->first);
            }
            piece.points.push_back(inside->second);
        }
        flush();
        if (m.closed && out.size() > 0 && !out.back().points.empty() &&
            out.back().points.size() == points.size() &&
            same(out.back().points.front(), out.back().points.back())) {
            out.back().points.pop_back();  // wholly inside: closed as it was
            out.back().closed = true;
        }
    }
    return out;
}

}  // namespace hep::figure
