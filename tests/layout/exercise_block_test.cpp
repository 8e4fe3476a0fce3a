// The exercise block: its pictures side by side and what runs beside and under them, why it
// helps on the title's line or run on from it.
#include <gtest/gtest.h>

#include "files/builtin_catalogue.h"
#include "layout/exercise_pictures.h"
#include "layout/handout_layout.h"
#include "layout/handout_style.h"
#include "tests/support/handout_checks.h"
#include "tests/support/handout_fixtures.h"

namespace hep {
namespace {

using test::builtinInputs;
using test::expectInsideMargins;
using test::programOf;

// The start and end pictures side by side, each at least 2.4 in wide and wider (never narrower)
// in large print; no text runs into them: text is beside the row of pictures or under it.
TEST(ExerciseBlock, PicturesSideBySideAtLeastTwoPointFourInchesWide) {
    auto inputs = builtinInputs();
    auto image =
        std::make_shared<RgbImage>(RgbImage{4, 3, std::vector<unsigned char>(36, 128), {}});
    inputs.pictures = [&](const Exercise& e) {
        return std::vector<Picture>{{"Start", 4.0 / 3.0, "photo-" + e.id + "-start", image, {}},
                                    {"Finish", 4.0 / 3.0, "photo-" + e.id + "-end", image, {}}};
    };
    for (bool large : {false, true}) {
        Program p = programOf(3);
        p.handout.large_print = large;
        Handout h = layoutHandout(p, inputs);
        EXPECT_EQ(h.document.images.size(), 6u);
        expectInsideMargins(h.document, p.handout, "pictures");
        const double least = 2.4 * 72 * (large ? 18.0 / 14.0 : 1.0);
        std::size_t pairs = 0;
        for (const auto& page : h.document.pages) {
            std::vector<Rect> frames;  // the frames the pictures sit in
            std::vector<Image> images;
            for (const auto& op : page.ops) {
                if (const auto* img = std::get_if<Image>(&op)) {
                    images.push_back(*img);
                }
                if (const auto* r = std::get_if<Rect>(&op); r && r->w >= least - 0.01) {
                    frames.push_back(*r);
                }
            }
            if (images.empty()) {
                continue;
            }
            // An exercise's two pictures in a row, one row after another down the page.
            ASSERT_EQ(images.size() % 2, 0u);
            ASSERT_EQ(frames.size(), images.size());
            for (std::size_t k = 0; k < frames.size(); k += 2) {
                ++pairs;
                const Rect& start = frames[k];
                const Rect& end = frames[k + 1];
                EXPECT_DOUBLE_EQ(start.y, end.y);     // side by side
                EXPECT_GT(end.x, start.x + start.w);  // start, then end
                const double row_top = start.y;
                const double row_bottom = start.y + start.h;
                const double row_right = end.x + end.w;
                for (const auto& op : page.ops) {
                    const auto* t = std::get_if<TextRun>(&op);
                    if (t == nullptr || t->baseline < row_top ||
                        t->baseline > row_bottom + t->size || t->text == "Start" ||
                        t->text == "Finish") {
                        continue;
                    }
                    // Text level with the pictures is beside them, never over them.
                    EXPECT_TRUE(t->x > row_right || t->baseline - t->size * 0.8 >= row_bottom)
                        << t->text;
                }
            }
        }
        EXPECT_EQ(pairs, 3u) << (large ? "large print" : "normal print");
    }
}

// Why it helps, too long for the title's line, starts there and runs on across the page under
// the title, above the pictures; it does not come again under them.
TEST(ExerciseBlock, WhyItHelpsRunsOnFromTheTitle) {
    Program p = programOf(0);
    const auto bridge = builtinExercise("bridge");
    ASSERT_TRUE(bridge);
    p.items.push_back({bridge->id, bridge->default_dose, "", {}});
    HandoutInputs inputs = builtinInputs();
    inputs.pictures = exercisePictures;
    const Handout h = layoutHandout(p, inputs);
    const HandoutStyle s = handoutStyle(p.handout);
    bool found = false;
    for (const auto& page : h.document.pages) {
        const TextRun* title = nullptr;
        double pictures_top = 1e9;
        for (const auto& op : page.ops) {
            if (const auto* t = std::get_if<TextRun>(&op); t && t->text == "Exercise 1: Bridge") {
                title = t;
            }
            if (const auto* r = std::get_if<Rect>(&op); r && r->w >= 2.4 * 72 - 0.01) {
                pictures_top = std::min(pictures_top, r->y);
            }
        }
        if (title == nullptr) {
            continue;
        }
        found = true;
        std::string on_title, under_title;
        for (const auto& op : page.ops) {
            const auto* t = std::get_if<TextRun>(&op);
            if (t == nullptr || t == title) {
                continue;
            }
            if (t->baseline == title->baseline && t->x > title->x) {
                on_title += t->text;
            } else if (t->baseline > title->baseline && t->baseline < pictures_top &&
                       std::abs(t->x - s.contentLeft()) < 0.01) {
                under_title += (under_title.empty() ? "" : " ") + t->text;
            }
        }
        EXPECT_FALSE(on_title.empty());
        EXPECT_FALSE(under_title.empty());
        EXPECT_LT(pictures_top, 1e9);
        EXPECT_EQ(on_title + " " + under_title, bridge->purpose);
        // Once on the page: not again beside or under the pictures.
        const std::string text = test::pageTexts(h.document)[&page - h.document.pages.data()];
        EXPECT_EQ(text.find(under_title), text.rfind(under_title));
    }
    EXPECT_TRUE(found);
}

}  // namespace
}  // namespace hep
