// Page 1 of the handout: the summary with the main message, the list at a glance and the
// safety box, and the ways to reach help it gives.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "layout/fonts.h"
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
    EXPECT_TRUE(contains(first, "Call 911 or go to the emergency room right away if:"));
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
        EXPECT_TRUE(contains(first, "Call 911 or go to the emergency room right away if:")) << n;
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

// A list at a glance that goes on to the next page leaves at least two exercises on each page,
// and says at the top of the next that it goes on; a list whose title and first two exercises do
// not fit where it would start begins on the next page whole.
TEST(HandoutPageOne, TheListAtAGlanceNeverLeavesAnExerciseAlone) {
    auto lookup = builtinInputs().lookup;
    int split = 0;
    for (const int kind : {0, 1, 2}) {  // normal print, without a clinic, large print
        const bool large = kind == 2;
        for (std::size_t n = 3; n <= 14; ++n) {
            Program p = programOf(n);
            p.handout.large_print = large;
            if (kind == 1) {
                p.clinic = {};
            }
            p.therapist = "Sam Lee, PT";
            p.instructions = "Start slowly. Move only as far as feels OK.";
            const auto pages = pageTexts(layoutHandout(p, builtinInputs()).document);
            std::map<std::size_t, std::vector<std::size_t>> on_page;  // where each page has lines
            for (std::size_t i = 0; i < n; ++i) {
                const std::string line =
                    std::to_string(i + 1) + ". " + lookup(p.items[i].exercise_id)->name + " :";
                std::size_t page = 0;
                while (page < pages.size() && !contains(pages[page], line)) {
                    ++page;
                }
                ASSERT_LT(page, pages.size()) << n << ": " << line;
                on_page[page].push_back(pages[page].find(line));
            }
            for (const auto& [page, where] : on_page) {
                EXPECT_GE(where.size(), 2u) << n << ", kind " << kind << ", page " << page + 1;
                if (page != on_page.begin()->first) {
                    ++split;
                    EXPECT_EQ(page, on_page.begin()->first + 1) << n;
                    const auto title = pages[page].find("Your exercises at a glance (continued)");
                    EXPECT_LT(title, *std::min_element(where.begin(), where.end())) << pages[page];
                }
            }
        }
    }
    EXPECT_GT(split, 0) << "no list went on to another page";
}

// Without a clinic phone, the heading of when to call the clinic holds a line to write it on:
// "Call your clinic at ______ if:", the line drawn between the words on their baseline.
TEST(HandoutPageOne, WithoutAClinicPhoneALineToWriteItOnAndAWarning) {
    Program p = programOf(3);
    p.clinic.phone.clear();
    p.clinic.emergency_number = "112";
    Handout h = layoutHandout(p, builtinInputs());
    const std::string first = squeeze(pageTexts(h.document)[0]);
    EXPECT_TRUE(contains(first, "Call your clinic at if:")) << first;
    EXPECT_TRUE(contains(first, "Call 112 or go to the emergency room right away if:"));
    const auto& ops = h.document.pages[0].ops;
    const TextRun* at = nullptr;
    const TextRun* if_word = nullptr;
    for (const auto& op : ops) {
        if (const auto* run = std::get_if<TextRun>(&op)) {
            at = run->text == "Call your clinic at" ? run : at;
            if_word = at != nullptr && if_word == nullptr && run->text == "if:" ? run : if_word;
        }
    }
    ASSERT_NE(at, nullptr);
    ASSERT_NE(if_word, nullptr);
    EXPECT_DOUBLE_EQ(at->baseline, if_word->baseline);
    const double at_end = at->x + fontMetrics(FontStyle::Bold).textWidth(at->text, at->size);
    bool line_between = false;
    for (const auto& op : ops) {
        if (const auto* line = std::get_if<Line>(&op)) {
            line_between =
                line_between ||
                (line->y1 == line->y2 && std::abs(line->y1 - at->baseline) < 6 &&
                 line->x1 > at_end && line->x2 < if_word->x && line->x2 - line->x1 >= 100);
        }
    }
    EXPECT_TRUE(line_between);
    bool warned = false;
    for (const auto& w : h.warnings) {
        warned = warned || w.find("no clinic phone") != std::string::npos;
    }
    EXPECT_TRUE(warned);
}

// Safety text without signs to call the clinic for, or without emergency signs, still gives a
// way to reach both: the line for the clinic's phone on its own, and "Call 911 or go to the
// emergency room." with the calm note after it.
TEST(HandoutPageOne, SafetyTextWithoutSignsStillSaysHowToReachHelp) {
    Program p = programOf(2);
    p.clinic.phone.clear();
    HandoutInputs inputs = builtinInputs();
    for (auto& condition : inputs.conditions) {
        condition.safety.call_clinic.clear();
        condition.safety.emergency.clear();
    }
    Handout h = layoutHandout(p, inputs);
    const std::string first = squeeze(pageTexts(h.document)[0]);
    EXPECT_TRUE(contains(first, "Your clinic's phone:")) << first;
    EXPECT_FALSE(contains(first, "Call your clinic at")) << first;
    EXPECT_TRUE(contains(first, "Call 911 or go to the emergency room. These are rare")) << first;
    EXPECT_FALSE(contains(first, "right away if:")) << first;
}

// A template as shipped (no patient, therapist or clinic set) of five exercises: page 1 is the
// whole summary, with a line to write the name on beside the date and the list at a glance.
TEST(HandoutPageOne, ABlankFiveExerciseProgramHasItsListOnPageOne) {
    Program p = programOf(5);
    p.patient.clear();
    p.therapist.clear();
    p.clinic = {};
    p.instructions = "Start slowly. Move only as far as feels OK. A short walk each day helps too.";
    Handout h = layoutHandout(p, builtinInputs());
    const std::string first = squeeze(pageTexts(h.document)[0]);
    EXPECT_TRUE(contains(first, "For: Date: November 24, 2026")) << first;
    const auto glance = first.find("Your exercises at a glance");
    ASSERT_NE(glance, std::string::npos) << first;
    EXPECT_LT(glance, first.find("Stay safe"));
    auto lookup = builtinInputs().lookup;
    for (std::size_t i = 0; i < p.items.size(); ++i) {
        EXPECT_TRUE(
            contains(first, std::to_string(i + 1) + ". " + lookup(p.items[i].exercise_id)->name))
            << i;
    }
    EXPECT_TRUE(contains(first, "These are rare, but they need care right away."));
}

// In large print the main message and the whole safety box do not fit on page 1: the message
// comes first, the box starts under it, and its emergency signs go on to page 2 whole, under
// what to do (they had been cut after the first sign, the heading on page 1). In normal print
// the whole box is on page 1. On Letter and A4.
TEST(HandoutPageOne, TheSafetyBoxStartsOnPageOneInLargePrint) {
    for (const Paper paper : {Paper::Letter, Paper::A4}) {
        for (bool large : {false, true}) {
            Program p = test::programOf(10);
            p.handout.paper = paper;
            p.handout.large_print = large;
            Handout h = layoutHandout(p, test::builtinInputs());
            const auto pages = test::pageTexts(h.document);
            const std::string& first = pages[0];
            const std::string what = large ? "large" : "normal";
            const std::string emergency = "Call 911 or go to the emergency room right away if:";
            EXPECT_LT(first.find("Do these 10 exercises"), first.find("Stay safe")) << what;
            EXPECT_NE(first.find("Call your clinic at 555-0142 if:"), std::string::npos) << what;
            EXPECT_EQ(first.find(emergency) != std::string::npos, !large) << what;
            if (large) {
                const std::string& second = pages[1];
                EXPECT_NE(second.find("Stay safe (continued)"), std::string::npos) << second;
                EXPECT_LT(second.find("Stay safe (continued)"), second.find(emergency));
                EXPECT_LT(second.find(emergency), second.find("New numbness in your groin"));
                EXPECT_LT(second.find("Chest pain, fainting"), second.find("These are rare"));
                EXPECT_LT(second.find("These are rare"), second.find("Your exercises at a glance"));
            }
        }
    }
}

}  // namespace
}  // namespace hep
