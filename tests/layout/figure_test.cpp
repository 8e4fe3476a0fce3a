// The figure renderer and the handout's pictures: figures stay in their boxes, tones show the
// far side and what moves, every exercise of a template gets its start and end pictures, and it
// is cheap.
#include "layout/figure_renderer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <set>

#include "figures/figure_catalogue.h"
#include "files/builtin_catalogue.h"
#include "layout/figure_pictures.h"
#include "layout/handout_layout.h"
#include "pdf/pdf_writer.h"
#include "tests/support/handout_fixtures.h"

namespace hep {
namespace {

struct Box {
    double x, y, w, h;
};

// Every drawing op lies inside the box, strokes and circles with their width.
void expectInside(const std::vector<DrawOp>& ops, Box b, const std::string& what) {
    const double eps = 1e-6;
    auto inside = [&](double x, double y, double pad) {
        return x - pad >= b.x - eps && x + pad <= b.x + b.w + eps && y - pad >= b.y - eps &&
               y + pad <= b.y + b.h + eps;
    };
    ASSERT_FALSE(ops.empty()) << what;
    for (const auto& op : ops) {
        if (const auto* path = std::get_if<Path>(&op)) {
            for (const auto& p : path->points) {
                EXPECT_TRUE(inside(p.x, p.y, path->width / 2))
                    << what << ": path point (" << p.x << ", " << p.y << ")";
            }
        } else if (const auto* c = std::get_if<Circle>(&op)) {
            EXPECT_TRUE(inside(c->cx, c->cy, c->r + c->strokeWidth / 2)) << what << ": circle";
        } else if (const auto* l = std::get_if<Line>(&op)) {
            EXPECT_TRUE(inside(l->x1, l->y1, 0) && inside(l->x2, l->y2, 0)) << what << ": line";
        } else if (const auto* r = std::get_if<Rect>(&op)) {  // an inset's frame
            EXPECT_TRUE(inside(r->x, r->y, 0) && inside(r->x + r->w, r->y + r->h, 0))
                << what << ": inset";
        } else {
            ADD_FAILURE() << what << ": a figure draws only paths, circles and an inset's frame";
        }
    }
}

TEST(FigureRenderer, EveryFigureStaysInsideItsBox) {
    for (const auto& pair : builtinFigures()) {
        const FigureScene scene = layoutFigure(pair);
        EXPECT_GT(scene.aspect(), 0.5) << pair.exercise_id;
        EXPECT_LT(scene.aspect(), 5.0) << pair.exercise_id;
        // Its own aspect, a box too wide and one too tall for it.
        for (Box box : {Box{40, 60, 180, 180 / scene.aspect()}, Box{10, 20, 300, 60},
                        Box{300, 400, 90, 200}}) {
            for (int pose = 0; pose < 2; ++pose) {
                std::vector<DrawOp> ops;
                drawFigure(scene, pose, ops, box.x, box.y, box.w, box.h);
                expectInside(ops, box, pair.exercise_id + " pose " + std::to_string(pose));
            }
        }
    }
}

TEST(FigureRenderer, OneScaleForEveryBody) {
    // In boxes of one width, bodies come out at one scale: each scene is at least the standard
    // window wide, and none is much wider; close-ups at one larger scale of their own.
    std::size_t close_ups = 0;
    for (const auto& pair : builtinFigures()) {
        const FigureScene scene = layoutFigure(pair);
        const double least = pair.close_up ? kCloseUpWindowWidth : kFigureWindowWidth;
        close_ups += pair.close_up ? 1 : 0;
        EXPECT_EQ(scene.close_up, pair.close_up);
        EXPECT_GE(scene.width, least - 1e-9) << pair.exercise_id;
        EXPECT_LE(scene.width, least * 1.15) << pair.exercise_id;
    }
    EXPECT_GE(close_ups, 5u);
}

// In side views the far limbs are lighter than the near ones, and the parts that move darker
// than those that stay: a tone for each, and the body drawn in solid parts of several widths.
TEST(FigureRenderer, TonesShowSideAndMovement) {
    EXPECT_GT(kFarGray, kFarMovingGray);
    EXPECT_GT(kFarGray, kNearGray);
    EXPECT_GT(kNearGray, kMovingGray);
    EXPECT_GT(kFarMovingGray, kMovingGray);
    std::size_t side_views = 0;
    for (const auto& pair : builtinFigures()) {
        if (pair.view != FigureView::Side || pair.tilt != 0 || pair.close_up) {
            continue;  // a close-up cuts the far leg away
        }
        ++side_views;
        const FigureScene scene = layoutFigure(pair);
        std::size_t far = 0, moving = 0;
        std::set<double> widths;
        for (const auto& m : scene.marks[1]) {
            if (!m.body) {
                continue;
            }
            far += m.gray == kFarGray || m.gray == kFarMovingGray ? 1 : 0;
            moving += m.gray == kMovingGray || m.gray == kFarMovingGray ? 1 : 0;
            widths.insert(m.width);
        }
        EXPECT_GE(far, 6u) << pair.exercise_id << ": far leg, foot, arm and hand";
        EXPECT_GE(moving, 1u) << pair.exercise_id << ": something moves";
        EXPECT_GE(widths.size(), 6u) << pair.exercise_id;
    }
    EXPECT_GE(side_views, 20u);
}

// A still pair shows nothing as moving.
TEST(FigureRenderer, NothingMovesInAStillPair) {
    FigurePair pair = *builtinFigure("bridge");
    pair.poses[1] = pair.poses[0];
    const FigureScene scene = layoutFigure(pair);
    for (const auto& m : scene.marks[0]) {
        if (m.body) {
            EXPECT_NE(m.gray, kMovingGray);
            EXPECT_NE(m.gray, kFarMovingGray);
        }
    }
}

TEST(FigureRenderer, ShapesScaleWithTheBox) {
    const FigurePair* pair = builtinFigure("bridge");
    ASSERT_NE(pair, nullptr);
    const FigureScene scene = layoutFigure(*pair);
    for (double w : {150.0, 300.0}) {
        std::vector<DrawOp> ops;
        drawFigure(scene, 0, ops, 0, 0, w, w / scene.aspect());
        double widest = 0;
        for (const auto& op : ops) {
            if (const auto* path = std::get_if<Path>(&op)) {
                widest = std::max(widest, path->width);
            }
        }
        EXPECT_NEAR(widest, kTrunkWidth * w / scene.width, 1e-9);  // the trunk is the widest
    }
}

// Seen from above, a counter is drawn turned like the body: the hand that rests on it is seen
// on its drawn top (before, the counter was drawn as from the side and the hand floated).
TEST(FigureRenderer, PropsSeenFromAboveAreTurnedLikeTheBody) {
    const FigurePair* pair = builtinFigure("tandem-stance");
    ASSERT_NE(pair, nullptr);
    ASSERT_GT(pair->tilt, 0);
    const FigureScene scene = layoutFigure(*pair);
    for (std::size_t pose = 0; pose < 2; ++pose) {
        const Skeleton s = solvePose(pair->poses[pose], pair->view);
        const Vec2 hand = project(s.hand[0], pair->tilt);
        std::size_t tops = 0;
        for (const auto& m : scene.marks[pose]) {
            if (m.body || !m.closed || m.points.size() != 4) {
                continue;
            }
            ++tops;  // the counter's top: x from..to, between its near and far edges
            double left = m.points[0].x, right = left, low = m.points[0].y, high = low;
            for (const auto& q : m.points) {
                left = std::min(left, q.x);
                right = std::max(right, q.x);
                low = std::min(low, q.y);
                high = std::max(high, q.y);
            }
            EXPECT_GT(high - low, 10) << "the top is seen from above, not edge on";
            EXPECT_GE(hand.x, left - 2) << "pose " << pose;
            EXPECT_LE(hand.x, right + 2) << "pose " << pose;
            EXPECT_GE(hand.y, low - 2) << "pose " << pose;
            EXPECT_LE(hand.y, high + 2) << "pose " << pose;
        }
        EXPECT_EQ(tops, 1u) << "pose " << pose;
    }
}

TEST(FigurePictures, TwoPicturesForABuiltinExerciseNoneForACustomOne) {
    for (const auto& e : builtinExercises()) {
        auto pictures = figurePictures(e);
        ASSERT_EQ(pictures.size(), 2u) << e.id;
        EXPECT_EQ(pictures[0].aspect, pictures[1].aspect) << e.id;
        EXPECT_TRUE(pictures[0].draw && pictures[1].draw) << e.id;
        EXPECT_FALSE(pictures[0].image) << e.id;
    }
    Exercise custom = builtinExercises().front();
    custom.builtin = false;
    EXPECT_TRUE(figurePictures(custom).empty());
    custom.builtin = true;
    custom.id = "my-own-exercise";
    EXPECT_TRUE(figurePictures(custom).empty());
}

Program programOfTemplate(const ProtocolTemplate& t) {
    Program p = test::programOf(0);
    p.items = t.items;
    p.condition = t.condition;
    return p;
}

TEST(FigurePictures, TheHandoutOfEveryTemplateShowsBothPicturesOfEveryExercise) {
    ASSERT_EQ(builtinCatalogue().templates.size(), 10u);
    for (const auto& t : builtinCatalogue().templates) {
        auto drawn = std::make_shared<std::map<std::string, int>>();
        HandoutInputs inputs = test::builtinInputs();
        inputs.pictures = [drawn](const Exercise& e) {
            auto pictures = figurePictures(e);
            for (auto& picture : pictures) {
                picture.draw = [drawn, id = e.id, draw = picture.draw](std::vector<DrawOp>& out,
                                                                       double x, double y, double w,
                                                                       double h) {
                    ++(*drawn)[id];
                    const std::size_t before = out.size();
                    draw(out, x, y, w, h);
                    std::vector<DrawOp> mine(out.begin() + static_cast<long>(before), out.end());
                    expectInside(mine, {x, y, w, h}, id);
                };
            }
            return pictures;
        };
        const Program program = programOfTemplate(t);
        ASSERT_FALSE(program.items.empty()) << t.id;
        Handout handout = layoutHandout(program, inputs);
        EXPECT_EQ(drawn->size(), program.items.size()) << t.id;
        for (const auto& item : program.items) {
            EXPECT_EQ((*drawn)[item.exercise_id], 2) << t.id << ": " << item.exercise_id;
        }
        std::string text;
        for (const auto& page : test::pageTexts(handout.document)) {
            text += page + " ";
        }
        EXPECT_NE(text.find("Start"), std::string::npos) << t.id;
    }
}

// How fast the figures draw is measured in tests/bench/export_bench.cpp (BM_DrawFigure,
// BM_LayoutAndPdfWithFigures); here, that the handout with them stays small.
TEST(FigurePictures, TenExerciseHandoutStaysSmall) {
    HandoutInputs inputs = test::builtinInputs();
    inputs.pictures = figurePictures;
    const Handout handout = layoutHandout(test::programOf(10), inputs);
    const auto pdf = renderPdf(handout.document);
    RecordProperty("pdf_bytes", std::to_string(pdf.size()));
    EXPECT_LT(pdf.size(), 300u * 1024);
}

}  // namespace
}  // namespace hep
