// The handout's first page and its log: the summary with the safety box and the list at a
// glance, a way to reach help, and a log that asks for what the dose asks for.
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

// Page 1 is the summary: who, the main message and the safety box with the clinic's phone and
// how to get emergency care. Every exercise with its dose at a glance follows at once: on page 1
// when there is room, else at the top of page 2 (the safety box takes most of page 1).
TEST(HandoutPageOne, HoldsTheSummaryAndTheSafetyBox) {
    Program p = programOf(3);
    p.clinic.phone = "555-0142";
    Handout h = layoutHandout(p, builtinInputs());
    const auto pages = pageTexts(h.document);
    const std::string first = squeeze(pages[0]);
    const std::string two = squeeze(pages[0] + " " + pages[1]);
    const auto glance = two.find("Your exercises at a glance");
    ASSERT_NE(glance, std::string::npos) << two;
    EXPECT_LT(glance, two.find("About your low back"));
    auto lookup = builtinInputs().lookup;
    for (const auto& item : p.items) {
        EXPECT_NE(two.find(lookup(item.exercise_id)->name, glance), std::string::npos)
            << item.exercise_id;
    }
    EXPECT_TRUE(contains(first, "Do these 3 exercises every day."));
    EXPECT_TRUE(contains(first, "Stay safe"));
    EXPECT_TRUE(contains(first, "Call your clinic at 555-0142 if:"));
    EXPECT_TRUE(contains(first, "Call 911 or go to the emergency room."));
    EXPECT_FALSE(contains(first, "Exercise 1:"));
}

// A short list goes in the main message's box, above the safety box: page 1 is the whole
// summary. The therapist's instructions follow the safety box when page 1 needs their room.
TEST(HandoutPageOne, AShortListSitsWithTheMessageAboveTheSafetyBox) {
    auto lookup = builtinInputs().lookup;
    for (std::size_t n : {1u, 2u}) {
        Program p = programOf(n);
        p.clinic.phone = "555-0142";
        p.instructions = "Start with 1 set.";
        Handout h = layoutHandout(p, builtinInputs());
        const auto pages = pageTexts(h.document);
        const std::string first = squeeze(pages[0]);
        const auto message = first.find("every day.");
        const auto glance = first.find("Your exercises at a glance");
        const auto safety = first.find("Stay safe");
        ASSERT_NE(glance, std::string::npos) << n << ": " << first;
        EXPECT_LT(message, glance);
        EXPECT_LT(glance, safety);
        for (std::size_t i = 0; i < n; ++i) {
            const std::string name = lookup(p.items[i].exercise_id)->name;
            const auto line = first.find(std::to_string(i + 1) + ". " + name);
            EXPECT_GT(line, glance) << name;
            EXPECT_LT(line, safety) << name;
        }
        EXPECT_TRUE(contains(first, "Call 911 or go to the emergency room.")) << n;
        // Once, wherever it went.
        std::string all;
        for (const auto& page : pages) {
            all += squeeze(page) + " ";
        }
        const auto said = all.find("From your therapist: Start with 1 set.");
        ASSERT_NE(said, std::string::npos) << n;
        EXPECT_EQ(all.find("From your therapist:", said + 1), std::string::npos) << n;
        EXPECT_EQ(all.find("Your exercises at a glance", glance + 1), std::string::npos) << n;
    }
}

// A long list at a glance: all of it on pages 1 and 2; the safety box stays on page 1.
TEST(HandoutPageOne, ALongListGoesOnAndTheSafetyBoxStays) {
    Program p = programOf(12);
    Handout h = layoutHandout(p, builtinInputs());
    auto pages = pageTexts(h.document);
    ASSERT_GE(pages.size(), 2u);
    EXPECT_TRUE(contains(pages[0], "Stay safe"));
    const std::string two = pages[0] + pages[1];
    EXPECT_TRUE(contains(two, "Your exercises at a glance"));
    auto lookup = builtinInputs().lookup;
    for (std::size_t i = 0; i < p.items.size(); ++i) {
        const std::string line =
            std::to_string(i + 1) + ". " + lookup(p.items[i].exercise_id)->name;
        EXPECT_TRUE(contains(two, line)) << line;
    }
}

TEST(HandoutPageOne, WithoutAClinicPhoneALineToWriteItOnAndAWarning) {
    Program p = programOf(3);
    p.clinic.phone.clear();
    p.clinic.emergency_number = "112";
    Handout h = layoutHandout(p, builtinInputs());
    const std::string first = squeeze(pageTexts(h.document)[0]);
    EXPECT_TRUE(contains(first, "Your clinic's phone:")) << first;
    EXPECT_FALSE(contains(first, "Call your clinic at"));
    EXPECT_TRUE(contains(first, "Call 112 or go to the emergency room."));
    bool warned = false;
    for (const auto& w : h.warnings) {
        warned = warned || w.find("no clinic phone") != std::string::npos;
    }
    EXPECT_TRUE(warned);
}

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

}  // namespace
}  // namespace hep

namespace hep {
namespace {

// In large print the main message and the safety box do not both fit on page 1: the safety box
// starts on page 1 and goes on to page 2 under its title, and the message follows it. In normal
// print the message comes first and the whole box is on page 1.
TEST(HandoutPageOne, TheSafetyBoxStartsOnPageOneInLargePrint) {
    for (bool large : {false, true}) {
        Program p = test::programOf(10);
        p.handout.large_print = large;
        Handout h = layoutHandout(p, test::builtinInputs());
        const auto pages = test::pageTexts(h.document);
        const std::string& first = pages[0];
        EXPECT_NE(first.find("Stay safe"), std::string::npos) << (large ? "large" : "normal");
        EXPECT_NE(first.find("Call your clinic at 555-0142 if:"), std::string::npos);
        EXPECT_EQ(first.find("Call 911 or go to the emergency room.") != std::string::npos, !large);
        EXPECT_EQ(first.find("Do these 10 exercises") != std::string::npos, !large);
        if (large) {
            EXPECT_NE(pages[1].find("Stay safe (continued)"), std::string::npos) << pages[1];
            EXPECT_LT(pages[1].find("Call 911 or go to the emergency room."),
                      pages[1].find("Do these 10 exercises"));
        }
    }
}

}  // namespace
}  // namespace hep

namespace hep {
namespace {

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
