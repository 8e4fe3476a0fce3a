// Close-ups of the head and neck: marks cut at the window's edge and nothing drawn outside it, the
// head and neck dark on their own when only they move, and a nose where the face looks.
#include <gtest/gtest.h>

#include "export/figure_crop.h"
#include "export/figure_renderer.h"
#include "model/figure_catalogue.h"

namespace hep {
namespace {

using figure::cropMarks;
using figure::Window;

FigureMark line(std::vector<Vec2> points, double width, bool closed = false) {
    FigureMark m;
    m.points = std::move(points);
    m.width = width;
    m.closed = closed;
    return m;
}

TEST(FigureCrop, StrokesAreCutAtTheEdgeWithTheirWidthInside) {
    const Window w{0, 0, 100, 50};
    // A stroke from inside to far outside: cut so that its round end stays in the window.
    const auto cut = cropMarks({line({{50, 25}, {300, 25}}, 10)}, w);
    ASSERT_EQ(cut.size(), 1u);
    EXPECT_NEAR(cut[0].points.back().x, 95, 1e-9);
    // A stroke that leaves and comes back is two pieces.
    const auto two = cropMarks({line({{10, 10}, {10, 200}, {90, 200}, {90, 10}}, 2)}, w);
    EXPECT_EQ(two.size(), 2u);
    // Wholly outside: gone. Wholly inside and closed: kept closed.
    EXPECT_TRUE(cropMarks({line({{200, 10}, {300, 10}}, 2)}, w).empty());
    const auto box = cropMarks({line({{10, 10}, {20, 10}, {20, 20}, {10, 20}}, 2, true)}, w);
    ASSERT_EQ(box.size(), 1u);
    EXPECT_TRUE(box[0].closed);
    EXPECT_EQ(box[0].points.size(), 4u);
    // A circle is kept only when it lies wholly inside.
    FigureMark disc;
    disc.centre = {95, 25};
    disc.radius = 5;
    disc.width = 10;
    EXPECT_TRUE(cropMarks({disc}, w).empty());
    disc.centre = {50, 25};
    EXPECT_EQ(cropMarks({disc}, w).size(), 1u);
}

std::size_t headMarks(const std::vector<FigureMark>& marks) {
    std::size_t n = 0;
    for (const auto& m : marks) {
        n += m.head ? 1 : 0;
    }
    return n;
}

TEST(FigureCloseUp, TheHeadAloneMovesInAChinTuck) {
    const FigurePair* pair = builtinFigure("chin-tuck");
    ASSERT_NE(pair, nullptr);
    ASSERT_TRUE(pair->close_up);
    const FigureScene scene = layoutFigure(*pair);
    EXPECT_TRUE(scene.close_up);
    EXPECT_GE(scene.width, kCloseUpWindowWidth - 1e-9);
    for (const auto& m : scene.marks[1]) {
        if (m.head) {
            EXPECT_EQ(m.gray, kMovingGray);  // the head, its nose and the neck
        } else if (m.body && m.width == kTrunkWidth) {
            EXPECT_EQ(m.gray, kNearGray);  // the trunk stays put
        }
    }
    EXPECT_EQ(headMarks(scene.marks[0]), 3u);  // neck, head and nose
}

TEST(FigureCloseUp, NoNoseUnlessAsked) {
    // A whole-body figure whose poses do not say where the face looks: a head without a nose.
    const FigureScene bridge = layoutFigure(*builtinFigure("bridge"));
    EXPECT_EQ(headMarks(bridge.marks[0]), 2u);
    // Seen from the front, a face that looks at the viewer shows no nose; turned, it does.
    const FigureScene turn = layoutFigure(*builtinFigure("neck-turn"));
    EXPECT_EQ(headMarks(turn.marks[0]), 3u);
    FigurePair ahead = *builtinFigure("neck-turn");
    ahead.poses[0].face = Direction{0, 90};
    EXPECT_EQ(headMarks(layoutFigure(ahead).marks[0]), 2u);
}

}  // namespace
}  // namespace hep
