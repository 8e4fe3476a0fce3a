#include "layout/handout_layout.h"

#include <gtest/gtest.h>

#include <regex>

#include "core/dose_text.h"
#include "core/errors.h"
#include "files/builtin_catalogue.h"
#include "layout/fonts.h"
#include "layout/handout_style.h"
#include "layout/text_wrap.h"
#include "tests/support/handout_checks.h"
#include "tests/support/handout_fixtures.h"
#include "tests/support/test_support.h"

namespace hep {
namespace {

using test::builtinInputs;
using test::contains;
using test::expectInsideMargins;
using test::pageTexts;
using test::programOf;

struct Case {
    std::string name;
    Program program;
};

// A note of 5,000 characters: the sentence again and again, cut to size.
std::string longNote(const std::string& sentence) {
    std::string note;
    while (note.size() < 5000) {
        note += sentence;
    }
    note.resize(5000);
    return note;
}

std::vector<Case> matrix() {
    std::vector<Case> cases;
    for (std::size_t n : {1, 5, 10, 40}) {
        cases.push_back({std::to_string(n) + " exercises", programOf(n)});
    }
    Program long_notes = programOf(3);
    for (auto& item : long_notes.items) {
        item.note = longNote("Keep your back flat and move slowly with each breath you take. ");
    }
    cases.push_back({"5,000-character notes", long_notes});
    Program long_word = programOf(2, std::string(300, 'W'));
    long_word.items[0].note = std::string(300, 'x');
    long_word.instructions = std::string(300, 'y');
    long_word.clinic.name = std::string(300, 'C');
    cases.push_back({"300-character words", long_word});
    cases.push_back({"Spanish", programOf(4, "María José Núñez Güemes")});
    cases.push_back({"Polish", programOf(4, "Łucja Żółkiewska-Ściślewska")});
    cases.push_back({"Vietnamese", programOf(4, "Nguyễn Thị Phương Thảo")});
    Program emoji = programOf(2, "Ana 😀 Lima");
    emoji.items[1].note = "Great work 👍, keep going!";
    cases.push_back({"emoji", emoji});
    Program empty_fields = programOf(2, "");
    empty_fields.date.clear();
    empty_fields.therapist.clear();
    empty_fields.clinic = {};
    empty_fields.instructions.clear();
    cases.push_back({"empty fields", empty_fields});
    return cases;
}

TEST(HandoutLayout, NothingOutsideTheMarginsAcrossTheMatrix) {
    auto inputs = builtinInputs();
    for (const auto& c : matrix()) {
        for (Paper paper : {Paper::Letter, Paper::A4}) {
            for (bool large : {false, true}) {
                Program p = c.program;
                p.handout.paper = paper;
                p.handout.large_print = large;
                std::string what = c.name + (paper == Paper::A4 ? ", A4" : ", Letter") +
                                   (large ? ", large print" : "");
                Handout h = layoutHandout(p, inputs);
                ASSERT_FALSE(h.document.pages.empty()) << what;
                expectInsideMargins(h.document, p.handout, what);
            }
        }
    }
}

TEST(HandoutLayout, EveryPageHasTheFooter) {
    Handout h = layoutHandout(programOf(10), builtinInputs());
    auto pages = pageTexts(h.document);
    const std::string disclaimer = builtinCatalogue().handout.disclaimer_short;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        std::string page_x =
            "Page " + std::to_string(i + 1) + " of " + std::to_string(pages.size());
        EXPECT_TRUE(contains(pages[i], page_x)) << "page " << i + 1;
        EXPECT_TRUE(contains(pages[i], disclaimer)) << "page " << i + 1;
        EXPECT_TRUE(contains(pages[i], "Phone: 555-0142")) << "page " << i + 1;
        EXPECT_TRUE(contains(pages[i], "Riverside Physical Therapy")) << "page " << i + 1;
    }
}

TEST(HandoutLayout, SectionsInOrder) {
    Program p = programOf(5);
    Handout h = layoutHandout(p, builtinInputs());
    std::string all;
    for (const auto& page : pageTexts(h.document)) {
        all += page + " ";
    }
    std::vector<std::string> order = {"Your home exercise program",
                                      "For: María José Núñez",
                                      "Date: November 24, 2026",
                                      "Your therapist: Alex Rivera, PT, DPT",
                                      "Do these 5 exercises every day.",
                                      "Stay safe",
                                      "Call your clinic at 555-0142 if:",
                                      "Call 911 or go to the emergency room right away if:",
                                      "These are rare, but they need care right away.",
                                      "Your exercises at a glance",
                                      "About your low back",
                                      "Moving safely",
                                      "Exercise 1:",
                                      "Exercise 5:",
                                      "On a bad day:",
                                      "When it gets easy:",
                                      "Exercise log",
                                      "Week 1: from Tue, Nov 24",
                                      "Week 2: from Tue, Dec 1",
                                      "Pain today (0-10)",
                                      "About this handout",
                                      "Where this advice comes from"};
    std::size_t at = 0;
    for (const auto& part : order) {
        auto found = all.find(part, at);
        ASSERT_NE(found, std::string::npos) << "missing or out of order: " << part;
        at = found;
    }
    EXPECT_EQ(h.document.info.title, "Home exercise program for María José Núñez");
    EXPECT_EQ(h.document.info.author, "Alex Rivera, PT, DPT");
}

TEST(HandoutLayout, EveryExerciseWithItsDoseAndTextOnOnePage) {
    Program p = programOf(10);
    p.items[2].dose.reps = 7;
    p.items[2].note = "Only on good days.";
    Handout h = layoutHandout(p, builtinInputs());
    auto pages = pageTexts(h.document);
    auto lookup = lookupIn(builtinExercises());
    for (std::size_t i = 0; i < p.items.size(); ++i) {
        Exercise e = *lookup(p.items[i].exercise_id);
        std::string title = "Exercise " + std::to_string(i + 1) + ": " + e.name;
        int found_on = -1;
        for (std::size_t k = 0; k < pages.size(); ++k) {
            if (contains(pages[k], title)) {
                found_on = static_cast<int>(k);
                break;
            }
        }
        ASSERT_GE(found_on, 0) << title;
        const std::string& page = pages[found_on];
        // The block is whole on that page: its dose, every step, feel and stop-if.
        EXPECT_TRUE(contains(page, "How much: " + doseText(p.items[i].dose))) << title;
        for (const auto& step : e.steps) {
            EXPECT_TRUE(contains(page, step)) << title << ": " << step;
        }
        EXPECT_TRUE(contains(page, "You should feel: " + e.feel)) << title;
        EXPECT_TRUE(contains(page, "Stop if: " + e.stop_if)) << title;
        if (!p.items[i].note.empty()) {
            EXPECT_TRUE(contains(page, "Note from your therapist: " + p.items[i].note)) << title;
        }
    }
}

// Two weeks share a table in normal print (a row per exercise for both), a week has its own in
// large print; every week has its days and its pain line.
TEST(HandoutLayout, TheLogHasARowPerExercisePerTable) {
    for (bool large : {false, true}) {
        for (int weeks : {0, 1, 3, 4}) {
            Program p = programOf(6);
            p.handout.log_weeks = weeks;
            p.handout.large_print = large;
            Handout h = layoutHandout(p, builtinInputs());
            std::string all;
            for (const auto& page : pageTexts(h.document)) {
                all += page + " ";
            }
            // The log's rows: "1. Bridge" also heads the list at a glance on page 1.
            const std::size_t log_at = std::min(all.find("Exercise log"), all.size());
            auto count = [&](const std::string& part) {
                std::size_t n = 0;
                for (auto at = all.find(part, log_at); at != std::string::npos;
                     at = all.find(part, at + 1)) {
                    ++n;
                }
                return n;
            };
            const auto tables = static_cast<std::size_t>(large ? weeks : (weeks + 1) / 2);
            const std::string where = (large ? "large print, " : "") + std::to_string(weeks);
            EXPECT_EQ(count("Pain today (0-10)"), tables) << where;
            EXPECT_EQ(count("Exercise log"), weeks > 0 ? 1u : 0u) << where;
            for (int w = 1; w <= weeks; ++w) {
                EXPECT_EQ(count("Week " + std::to_string(w) + ": from "), 1u) << where;
            }
            std::size_t wednesdays = 0;  // a day's name over each of its columns
            for (const auto& page : h.document.pages) {
                for (const auto& op : page.ops) {
                    const auto* run = std::get_if<TextRun>(&op);
                    wednesdays +=
                        run != nullptr && run->text == (large || weeks < 2 ? "Wed" : "We");
                }
            }
            EXPECT_EQ(wednesdays, static_cast<std::size_t>(weeks)) << where;
            auto lookup = lookupIn(builtinExercises());
            for (std::size_t i = 0; i < p.items.size(); ++i) {
                std::string row =
                    std::to_string(i + 1) + ". " + lookup(p.items[i].exercise_id)->name;
                EXPECT_EQ(count(row), tables) << where << ": " << row;
            }
        }
    }
}

TEST(HandoutLayout, ATallBlockContinuesUnderItsTitle) {
    Program p = programOf(1);
    p.items[0].note = longNote("Move slowly. ");
    p.handout.large_print = true;
    Handout h = layoutHandout(p, builtinInputs());
    auto pages = pageTexts(h.document);
    std::size_t continued = 0;
    for (const auto& page : pages) {
        continued += contains(page, "Exercise 1: Tummy tighten (abdominal brace) (continued)");
    }
    EXPECT_GE(continued, 1u);
}

// The page where an exercise starts, and how many pages it goes on to.
struct ExerciseStart {
    std::string page;
    std::size_t starts = 0;
    std::size_t continued = 0;
};
ExerciseStart exerciseStart(const std::vector<std::string>& pages, const std::string& title) {
    ExerciseStart found;
    for (const auto& page : pages) {
        if (contains(page, title + " (continued)")) {
            ++found.continued;
        } else if (contains(page, title)) {
            ++found.starts;
            found.page = page;
        }
    }
    return found;
}

// A block taller than any page is split wherever it starts: it starts under the block before
// it when its first rows fit there, and leaves no page nearly empty.
TEST(HandoutLayout, ABlockTallerThanAPageStartsWhereThereIsRoom) {
    Program p = programOf(3);
    p.items[1].note = longNote("Keep your back flat and move slowly with each breath you take. ");
    auto lookup = lookupIn(builtinExercises());
    const auto pages = pageTexts(layoutHandout(p, builtinInputs()).document);
    const auto second = exerciseStart(pages, "Exercise 2: " + lookup(p.items[1].exercise_id)->name);
    EXPECT_EQ(second.starts, 1u);
    EXPECT_GE(second.continued, 1u);
    EXPECT_TRUE(contains(second.page, "Exercise 1: " + lookup(p.items[0].exercise_id)->name))
        << second.page;
}

// An exercise split by its long note splits in the note: its pictures, steps and dose stay on
// one page with the note's first line, in both print sizes.
TEST(HandoutLayout, ALongNoteSplitsItsBlockInTheNote) {
    Program p = programOf(3);
    auto lookup = lookupIn(builtinExercises());
    const char* ids[] = {"pelvic-tilt", "single-knee-to-chest", "seated-forward-bend"};
    for (std::size_t i = 0; i < p.items.size(); ++i) {
        p.items[i] = {ids[i],
                      lookup(ids[i])->default_dose,
                      longNote("Keep your back flat and move slowly with each breath you take. "),
                      {}};
    }
    for (bool large : {false, true}) {
        p.handout.large_print = large;
        const auto pages = pageTexts(layoutHandout(p, builtinInputs()).document);
        for (std::size_t i = 0; i < p.items.size(); ++i) {
            const Exercise e = lookup(p.items[i].exercise_id).value();
            const std::string title = "Exercise " + std::to_string(i + 1) + ": " + e.name;
            const auto start = exerciseStart(pages, title);
            const std::string where = title + (large ? ", large print: " : ": ") + start.page;
            EXPECT_EQ(start.starts, 1u) << where;
            EXPECT_GE(start.continued, 1u) << where;
            EXPECT_TRUE(contains(start.page, e.steps.back())) << where;
            EXPECT_TRUE(contains(start.page, "Note from your therapist:")) << where;
        }
    }
}

TEST(HandoutLayout, MissingGlyphsAreReportedAndMarked) {
    Program p = programOf(2, "Ana 😀 Lima");
    p.items[1].note = "Great work 👍";
    Handout h = layoutHandout(p, builtinInputs());
    ASSERT_EQ(h.warnings.size(), 2u);
    // The name is private: its characters are counted, not shown (warnings reach stderr).
    EXPECT_EQ(h.warnings[0],
              "The patient name has 1 kind of character the handout's font cannot print. Each "
              "prints as \"\xEF\xBF\xBD\".");
    EXPECT_EQ(h.warnings[1],
              "The note on exercise 2 (Bird dog) has characters the handout's font cannot print: "
              "\"👍\" (U+1F44D). Each prints as \"\xEF\xBF\xBD\".");
    auto pages = pageTexts(h.document);
    EXPECT_TRUE(contains(pages[0], "For: Ana \xEF\xBF\xBD Lima")) << pages[0];
}

TEST(HandoutLayout, EducationFollowsTheOptionAndTheCondition) {
    auto has_education = [](const Program& p) {
        Handout h = layoutHandout(p, builtinInputs());
        std::string all;
        for (const auto& page : pageTexts(h.document)) {
            all += page;
        }
        return contains(all, "About your low back");
    };
    Program p = programOf(3);
    EXPECT_TRUE(has_education(p));
    p.handout.education = false;
    EXPECT_FALSE(has_education(p));
    p.handout.education = true;
    // A program built by hand names no condition: its exercises all list lumbar stenosis.
    p.condition.clear();
    EXPECT_TRUE(has_education(p));
    // One exercise that lists no condition: no condition is shared, none is guessed.
    auto mine = builtinInputs().lookup(p.items[0].exercise_id);
    ASSERT_TRUE(mine.has_value());
    mine->id = "my-own-move";
    mine->builtin = false;
    mine->conditions.clear();
    p.custom_exercises.push_back(*mine);
    p.items.push_back({mine->id, mine->default_dose, "", {}});
    EXPECT_FALSE(has_education(p));
    p.condition = "lumbar-spinal-stenosis";
    EXPECT_TRUE(has_education(p));
}

TEST(HandoutLayout, UnknownExerciseIsAnError) {
    Program p = programOf(2);
    p.items[1].exercise_id = "moon-walk";
    EXPECT_THROW(layoutHandout(p, builtinInputs()), InputError);
}

TEST(HandoutText, MainMessage) {
    auto doses = [](const Program& p) {
        std::vector<Dose> out;
        for (const auto& item : p.items) {
            out.push_back(item.dose);
        }
        return out;
    };
    Program p = programOf(5);
    EXPECT_EQ(mainMessage(doses(p), 0),
              "Do these 5 exercises every day. Move slowly, and keep breathing.");
    EXPECT_EQ(mainMessage(doses(p), 1),
              "Do these 5 exercises every day. Do the test 1 time only. Move slowly, and keep "
              "breathing.");
    EXPECT_EQ(mainMessage({}, 1), "Do this test 1 time only. Move slowly, and keep breathing.");
    EXPECT_EQ(mainMessage({}, 0), "Your therapist will add your exercises.");
    p = programOf(1);
    p.items[0].dose.days_per_week = 5;
    EXPECT_EQ(mainMessage(doses(p), 0),
              "Do this 1 exercise on 5 days a week. Move slowly, and keep breathing.");
    p = programOf(2);
    p.items[0].dose.days_per_week = 3;
    EXPECT_EQ(mainMessage(doses(p), 0),
              "Do these 2 exercises. Each one says how often. Move slowly, and keep "
              "breathing.");
}

TEST(HandoutText, ReadableDates) {
    EXPECT_EQ(readableDate("2026-11-24", Paper::Letter), "November 24, 2026");
    EXPECT_EQ(readableDate("2026-01-05", Paper::A4), "5 January 2026");
    EXPECT_EQ(readableDate("soon", Paper::Letter), "soon");
    EXPECT_EQ(readableDate("", Paper::Letter), "");
}

}  // namespace
}  // namespace hep
