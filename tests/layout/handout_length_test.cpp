// How long the handout is: the 10-exercise program of the handout's page targets, with its
// figures, two exercises to a page in the usual case. A guard on what the layout reaches today
// (9 Letter pages; NOTES.md says why the aim of 7 needs less text, not a tighter layout).
#include <gtest/gtest.h>

#include "files/builtin_catalogue.h"
#include "layout/exercise_pictures.h"
#include "layout/handout_layout.h"
#include "tests/support/handout_fixtures.h"

namespace hep {
namespace {

// Education on, a 2-week log, a clinic set: the program's own options.
Program tenExercises() {
    Program p = test::programOf(0);
    for (const char* id :
         {"pelvic-tilt", "single-knee-to-chest", "seated-forward-bend", "lower-trunk-rotation",
          "bridge", "bird-dog", "clamshell", "sit-to-stand", "hamstring-stretch-seated",
          "hip-flexor-stretch-kneeling"}) {
        if (auto e = builtinExercise(id)) {
            p.items.push_back({e->id, e->default_dose, "", {}});
        }
    }
    p.handout.education = true;
    p.handout.log_weeks = 2;
    return p;
}

TEST(HandoutLength, TenExercisesTwoToAPage) {
    const Program p = tenExercises();
    ASSERT_EQ(p.items.size(), 10u);
    HandoutInputs inputs = test::builtinInputs();
    inputs.pictures = exercisePictures;
    const Handout h = layoutHandout(p, inputs);
    EXPECT_LE(h.document.pages.size(), 9u);
    std::size_t pages_of_two = 0;
    for (const auto& text : test::pageTexts(h.document)) {
        std::size_t titles = 0;
        for (std::size_t i = 1; i <= p.items.size(); ++i) {
            titles += text.find("Exercise " + std::to_string(i) + ": ") != std::string::npos;
        }
        pages_of_two += titles == 2;
    }
    EXPECT_GE(pages_of_two, 4u);
}

}  // namespace
}  // namespace hep
