// Close-ups of the head and neck: marks cut at the window's edge and nothing drawn outside it, the
// head and neck dark on their own when only they move, and a nose where the face looks. And the
// inset: a second small view in a corner of the picture.
#include <gtest/gtest.h>

#include "figure_crop.h"
#include "figures/figure_catalogue.h"
#include "layout/figure_renderer.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <variant>

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

TEST(FigureInset, TandemStanceShowsTheFeetFromAbove) {
    const FigurePair* pair = builtinFigure("tandem-stance");
    ASSERT_NE(pair, nullptr);
    ASSERT_TRUE(pair->inset.has_value());
    const FigureScene scene = layoutFigure(*pair);
    ASSERT_NE(scene.inset, nullptr);
    // The feet alone, two parts each: side by side at the start, one before the other after.
    ASSERT_EQ(scene.inset->marks[0].size(), 4u);
    auto across = [](const std::vector<FigureMark>& feet) {  // the feet's sideways spread
        double low = 1e9, high = -1e9;
        for (const auto& m : feet) {
            for (const auto& p : m.points) {
                low = std::min(low, p.x);
                high = std::max(high, p.x);
            }
        }
        return high - low;
    };
    EXPECT_GT(across(scene.inset->marks[0]), 2 * across(scene.inset->marks[1]));
    // Drawn in the picture's top right corner, inside the box, over a white ground.
    std::vector<DrawOp> ops;
    drawFigure(scene, 1, ops, 100, 50, 172.8, 86.4);
    bool framed = false;
    for (const auto& op : ops) {
        if (const auto* r = std::get_if<Rect>(&op); r != nullptr && r->fillGray == 1.0) {
            framed = true;
            EXPECT_NEAR(r->x + r->w, 100 + 172.8, 1e-9);
            EXPECT_NEAR(r->y, 50, 1e-9);
            EXPECT_NEAR(r->h, 86.4 / 2, 1e-9);
        }
    }
    EXPECT_TRUE(framed);
}

TEST(FigureInset, BadInsetsAreNamed) {
    nlohmann::json value = nlohmann::json::parse(R"({
      "exercise": "x", "inset": {"turn": 0, "tilt": 90, "region": "toes"},
      "start": {"spine": [90, 90, 90], "arm.near": [-90, -90, -90], "leg.near": [-90, -90, 0]},
      "end": {"spine": [90, 90, 90], "arm.near": [-90, -90, -90], "leg.near": [-80, -90, 0]}
    })");
    auto message = [&] {
        try {
            figureFromJson(value, "f.json");
        } catch (const std::exception& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    EXPECT_NE(message().find("f.json: inset: field \"region\" must be whole, upper, trunk or feet"),
              std::string::npos)
        << message();
    value["inset"]["region"] = "feet";
    value["inset"]["tilt"] = 120;
    EXPECT_NE(message().find("field \"tilt\" must be between 0 and 90"), std::string::npos);
    value["inset"]["tilt"] = 90;
    value["inset"]["corner"] = "middle";
    EXPECT_NE(message().find("field \"corner\" must be left or right"), std::string::npos);
    value["inset"]["corner"] = "left";
    EXPECT_TRUE(figureFromJson(value, "f.json").inset->left);
}

}  // namespace
}  // namespace hep
