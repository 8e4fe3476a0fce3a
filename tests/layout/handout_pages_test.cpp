// The handout after page 1: a log that asks for what the dose asks for, one-time tests and
// rest positions, the sources, and no page that opens with a rule.
#include <gtest/gtest.h>

#include "layout/handout_layout.h"
#include "tests/support/handout_fixtures.h"
#include "tests/support/test_support.h"

namespace hep {
namespace {

using test::builtinInputs;
using test::contains;
using test::pageTexts;
using test::programOf;
using test::squeeze;

// The log asks for what the dose asks for, and two weeks of ten exercises share a page.
TEST(HandoutLog, NotEveryDayGetsItsDaysNotSevenBoxes) {
    // The 10-exercise program of issue 11.
    Program p = programOf(1);
    p.items.clear();
    auto lookup = builtinInputs().lookup;
    for (const char* id :
         {"pelvic-tilt", "single-knee-to-chest", "seated-forward-bend", "lower-trunk-rotation",
          "bridge", "bird-dog", "clamshell", "sit-to-stand", "hamstring-stretch-seated",
          "hip-flexor-stretch-kneeling"}) {
        p.items.push_back({id, lookup(id)->default_dose, "", {}});
    }
    p.items[3].dose.days_per_week = 5;
    p.items[3].dose.times_per_day = 1;
    p.handout.log_weeks = 2;
    Handout h = layoutHandout(p, builtinInputs());
    auto pages = pageTexts(h.document);
    std::size_t log_pages = 0;
    std::size_t five_days = 0;
    for (const auto& page : pages) {
        log_pages += contains(page, "Pain today (0-10)");
        for (auto at = page.find("5 days this week:"); at != std::string::npos;
             at = page.find("5 days this week:", at + 1)) {
            ++five_days;
        }
    }
    EXPECT_EQ(five_days, 2u);  // once a week
    EXPECT_EQ(log_pages, 1u);  // both weeks on one page
}

// Four weeks of ten exercises, twice a day for three of them, on one page of the log: two
// tables of two weeks side by side, every box at least 9 pt wide.
TEST(HandoutLog, FourWeeksOfTenExercisesOnOnePage) {
    Program p = programOf(10);
    for (std::size_t i = 0; i < p.items.size(); ++i) {
        p.items[i].dose.times_per_day = i < 3 ? 2 : 1;
        p.items[i].dose.days_per_week = 7;
    }
    p.handout.log_weeks = 4;
    Handout h = layoutHandout(p, builtinInputs());
    const auto pages = pageTexts(h.document);
    std::size_t log_page = pages.size();
    for (std::size_t k = 0; k < pages.size(); ++k) {
        if (contains(pages[k], "Exercise log")) {
            log_page = k;
        }
    }
    ASSERT_LT(log_page, pages.size());
    const std::string& page = pages[log_page];
    for (const char* week : {"Week 1: from", "Week 2: from", "Week 3: from", "Week 4: from"}) {
        EXPECT_TRUE(contains(page, week)) << week;
    }
    EXPECT_TRUE(contains(page, "10. " + builtinInputs().lookup(p.items[9].exercise_id)->name));
    // The boxes: 28 days of 10 exercises, 3 of them twice a day.
    std::size_t boxes = 0;
    for (const auto& op : h.document.pages[log_page].ops) {
        if (const auto* rect = std::get_if<Rect>(&op);
            rect != nullptr && !rect->fillGray && rect->w == rect->h) {
            ++boxes;
            EXPECT_GE(rect->w, 9.0);
        }
    }
    EXPECT_EQ(boxes, 28u * 13u);
}

// The back-bend trial prints as a one-time test: titled a test, its dose and steps agree (once,
// up to 60 s), its cautions stay in its block, the log leaves it out, and the main message
// counts it apart from the exercises.
TEST(HandoutTest, TheTrialPrintsAsAOneTimeTest) {
    Program p = programOf(2);
    auto lookup = builtinInputs().lookup;
    const Exercise trial = *lookup("standing-back-bend-trial");
    ASSERT_EQ(trial.use, ExerciseUse::OneTime);
    p.items.push_back({trial.id, trial.default_dose, "", {}});
    p.items.back().dose.times_per_day = 2;  // does not print, and the therapist hears of it
    p.handout.log_weeks = 1;
    Handout h = layoutHandout(p, builtinInputs());
    auto pages = pageTexts(h.document);
    std::string all;
    for (const auto& page : pages) {
        all += squeeze(page) + " ";
    }
    EXPECT_TRUE(
        contains(squeeze(pages[0]), "Do these 2 exercises every day. Do the test 1 time only."))
        << pages[0];
    EXPECT_TRUE(contains(squeeze(pages[0] + " " + pages[1]), "Hold up to 60 seconds, 1 time only"));
    const auto block = all.find("Test 3: " + trial.name);
    ASSERT_NE(block, std::string::npos) << all;
    EXPECT_FALSE(contains(all, "Exercise 3:"));
    const auto log = all.find("Exercise log");
    ASSERT_NE(log, std::string::npos);
    const std::string in_block = all.substr(block, log - block);
    EXPECT_TRUE(
        contains(in_block, "Hold for up to 60 seconds. Do this test 1 time only, not every day."))
        << in_block;
    EXPECT_FALSE(contains(in_block, "2 times a day"));
    EXPECT_TRUE(contains(in_block, "Hold it for up to 1 minute"));  // the steps agree
    EXPECT_TRUE(contains(in_block, "You may feel: " + trial.feel)) << in_block;
    EXPECT_FALSE(contains(in_block, "You should feel:"));
    for (const auto& caution : trial.cautions) {
        EXPECT_TRUE(contains(in_block, caution)) << caution;
    }
    // The log has rows for the 2 exercises and none for the test.
    const std::string in_log = all.substr(log);
    EXPECT_TRUE(contains(in_log, "1. " + lookup(p.items[0].exercise_id)->name));
    EXPECT_FALSE(contains(in_log, trial.name));
    bool warned = false;
    for (const auto& w : h.warnings) {
        warned = warned || contains(w, "one-time test");
    }
    EXPECT_TRUE(warned);

    // A program of the test alone has no log.
    Program alone = programOf(0);
    alone.items.push_back({trial.id, trial.default_dose, "", {}});
    alone.handout.log_weeks = 2;
    std::string text;
    for (const auto& page : pageTexts(layoutHandout(alone, builtinInputs()).document)) {
        text += page;
    }
    EXPECT_FALSE(contains(text, "Exercise log"));
    EXPECT_TRUE(contains(squeeze(text), "Do this test 1 time only."));
}

// A rest position used as needed: the main message names its number, the list and its block say
// "until you feel better ... any time", the log leaves it out, and times a day given to it are
// warned of and not printed.
TEST(HandoutTest, ARestPositionIsUsedAsNeeded) {
    Program p = programOf(2);
    const Exercise lean = *builtinInputs().lookup("standing-forward-lean");
    p.items.push_back({lean.id, lean.default_dose, "", {}});
    p.items.back().dose.times_per_day = 3;
    p.handout.log_weeks = 1;
    Handout h = layoutHandout(p, builtinInputs());
    std::string all;
    for (const auto& page : pageTexts(h.document)) {
        all += squeeze(page) + " ";
    }
    EXPECT_TRUE(contains(all, "Do these 2 exercises every day. Use number 3 any time you need it."))
        << all;
    EXPECT_TRUE(contains(all, "3. " + lean.name + " : Hold up to 2 minutes, when you need it"))
        << all;
    EXPECT_TRUE(contains(all,
                         "Hold until you feel better, up to 2 minutes. Do this any time you "
                         "need it."));
    EXPECT_FALSE(contains(all, "3 times a day"));
    const auto log = all.find("Exercise log");
    ASSERT_NE(log, std::string::npos);
    EXPECT_FALSE(contains(all.substr(log), lean.name));
    bool warned = false;
    for (const auto& w : h.warnings) {
        warned = warned || contains(w, "is used as needed");
    }
    EXPECT_TRUE(warned);
}

// Where the advice comes from, in at most 5 plain lines: nothing cut short, no citation list.
TEST(HandoutSources, AtMostFivePlainLinesNothingCut) {
    Handout h = layoutHandout(programOf(10), builtinInputs());
    auto pages = pageTexts(h.document);
    const std::string last = pages.back();
    const auto at = last.find("Where this advice comes from");
    ASSERT_NE(at, std::string::npos) << last;
    const std::string sources = last.substr(at);
    std::size_t bullets = 0;
    for (auto b = sources.find("•"); b != std::string::npos; b = sources.find("•", b + 1)) {
        ++bullets;
    }
    EXPECT_GE(bullets, 1u);
    EXPECT_LE(bullets, 5u);
    EXPECT_EQ(sources.find("..."), std::string::npos);
    EXPECT_EQ(sources.find("et al."), std::string::npos);
}

// A rule that parts two sections never opens a page: under the header's own rule it reads as a
// double line (it did above "On a bad day" in large print).
TEST(HandoutPages, NoPageOpensWithARule) {
    for (const bool large : {false, true}) {
        for (const Paper paper : {Paper::Letter, Paper::A4}) {
            for (int n = 1; n <= 12; ++n) {
                Program p = test::programOf(n);
                p.handout.large_print = large;
                p.handout.paper = paper;
                const Handout h = layoutHandout(p, test::builtinInputs());
                for (std::size_t i = 0; i < h.document.pages.size(); ++i) {
                    std::optional<double> header_rule;
                    double first_text = 1e9;  // the baseline of the first text under the header
                    std::vector<double> rules;
                    for (const auto& op : h.document.pages[i].ops) {
                        if (const auto* line = std::get_if<Line>(&op);
                            line && line->y1 == line->y2) {
                            if (line->gray == 0.5 && !header_rule) {
                                header_rule = line->y1;
                            } else if (line->gray == 0.6) {
                                rules.push_back(line->y1);
                            }
                        } else if (const auto* run = std::get_if<TextRun>(&op);
                                   run && header_rule && run->baseline > *header_rule) {
                            first_text = std::min(first_text, run->baseline);
                        }
                    }
                    ASSERT_TRUE(header_rule) << "page " << i + 1;
                    for (double y : rules) {
                        EXPECT_GT(y, first_text) << n << " exercises, large " << large << ", page "
                                                 << i + 1 << ": a rule opens it";
                    }
                }
            }
        }
    }
}

}  // namespace
}  // namespace hep
