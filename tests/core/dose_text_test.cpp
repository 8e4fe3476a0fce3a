// Tests for the dose in words: the patient's sentences and the text they join into.
#include "core/dose_text.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <vector>

#include "tests/core/dose_samples.h"

namespace hep {
namespace {

using test::D;
using test::generatedDoses;
using Sentences = std::vector<std::string>;

// ---- Hold -------------------------------------------------------------------------------------

TEST(DoseSentences, HoldOneSecondIsSingular) {
    EXPECT_EQ(doseSentences(D().hold(1)), Sentences{"Hold for 1 second."});
}

TEST(DoseSentences, HoldSecondsArePlural) {
    EXPECT_EQ(doseSentences(D().hold(20)), Sentences{"Hold for 20 seconds."});
}

TEST(DoseSentences, HoldOfAMinuteStaysInSeconds) {
    EXPECT_EQ(doseSentences(D().hold(60)), Sentences{"Hold for 60 seconds."});
}

// ---- Reps and side ----------------------------------------------------------------------------

TEST(DoseSentences, OneRepIsSingular) {
    EXPECT_EQ(doseSentences(D().reps(1)), Sentences{"Do this 1 time."});
}

TEST(DoseSentences, RepsArePlural) {
    EXPECT_EQ(doseSentences(D().reps(3)), Sentences{"Do this 3 times."});
}

TEST(DoseSentences, RepsUseNumeralsAboveTen) {
    EXPECT_EQ(doseSentences(D().reps(15)), Sentences{"Do this 15 times."});
}

TEST(DoseSentences, RepsOnEachSide) {
    EXPECT_EQ(doseSentences(D().reps(3).side(Side::Each)),
              Sentences{"Do this 3 times on each side."});
}

TEST(DoseSentences, OneRepOnEachSide) {
    EXPECT_EQ(doseSentences(D().reps(1).side(Side::Each)),
              Sentences{"Do this 1 time on each side."});
}

TEST(DoseSentences, RepsWithLeftSide) {
    EXPECT_EQ(doseSentences(D().reps(3).side(Side::Left)),
              Sentences{"Do this 3 times with your left side."});
}

TEST(DoseSentences, RepsWithRightSide) {
    EXPECT_EQ(doseSentences(D().reps(3).side(Side::Right)),
              Sentences{"Do this 3 times with your right side."});
}

TEST(DoseSentences, RepsWithBothSidesSayNothingAboutSides) {
    EXPECT_EQ(doseSentences(D().reps(3).side(Side::Both)), Sentences{"Do this 3 times."});
}

TEST(DoseSentences, RepsWithNoSide) {
    EXPECT_EQ(doseSentences(D().reps(3).side(Side::None)), Sentences{"Do this 3 times."});
}

// ---- Side without reps ------------------------------------------------------------------------

TEST(DoseSentences, EachSideWithoutReps) {
    EXPECT_EQ(doseSentences(D().side(Side::Each)), Sentences{"Do this on each side."});
}

TEST(DoseSentences, LeftSideWithoutReps) {
    EXPECT_EQ(doseSentences(D().side(Side::Left)), Sentences{"Do this with your left side only."});
}

TEST(DoseSentences, RightSideWithoutReps) {
    EXPECT_EQ(doseSentences(D().side(Side::Right)),
              Sentences{"Do this with your right side only."});
}

TEST(DoseSentences, BothSidesWithoutRepsGiveNoSentence) {
    EXPECT_EQ(doseSentences(D().side(Side::Both)), Sentences{});
}

TEST(DoseSentences, HoldOnlyOnEachSide) {
    EXPECT_EQ(doseSentences(D().hold(30).side(Side::Each)),
              (Sentences{"Hold for 30 seconds.", "Do this on each side."}));
}

// ---- Timed vs counted -------------------------------------------------------------------------

TEST(DoseSentences, OneMinuteIsSingular) {
    EXPECT_EQ(doseSentences(D().minutes(1)), Sentences{"Do this for 1 minute in all."});
}

TEST(DoseSentences, MinutesArePlural) {
    EXPECT_EQ(doseSentences(D().minutes(10)), Sentences{"Do this for 10 minutes in all."});
}

TEST(DoseSentences, TimedDoseOnEachSide) {
    EXPECT_EQ(doseSentences(D().minutes(5).side(Side::Each)),
              (Sentences{"Do this on each side.", "Do this for 5 minutes in all."}));
}

TEST(DoseSentences, TimedDoseWithRightSide) {
    EXPECT_EQ(doseSentences(D().minutes(5).side(Side::Right)),
              (Sentences{"Do this with your right side only.", "Do this for 5 minutes in all."}));
}

TEST(DoseSentences, CountedDoseWithHold) {
    EXPECT_EQ(doseSentences(D().reps(10).hold(5)),
              (Sentences{"Hold for 5 seconds.", "Do this 10 times."}));
}

// ---- Sets -------------------------------------------------------------------------------------

TEST(DoseSentences, SetsFollowTheRepsSentence) {
    EXPECT_EQ(doseSentences(D().sets(2).reps(10)),
              (Sentences{"Do this 10 times.", "Rest, then repeat. Do 2 sets in all."}));
}

TEST(DoseSentences, SetsWithRepsOnEachSide) {
    EXPECT_EQ(
        doseSentences(D().sets(3).reps(10).side(Side::Each)),
        (Sentences{"Do this 10 times on each side.", "Rest, then repeat. Do 3 sets in all."}));
}

TEST(DoseSentences, OneSetSaysNothing) {
    EXPECT_EQ(doseSentences(D().sets(1).reps(10)), Sentences{"Do this 10 times."});
}

TEST(DoseSentences, OneSetAloneGivesNoSentence) {
    EXPECT_EQ(doseSentences(D().sets(1)), Sentences{});
}

TEST(DoseSentences, SetsWithoutReps) {
    EXPECT_EQ(doseSentences(D().sets(2)), Sentences{"Do 2 sets in all."});
}

TEST(DoseSentences, SetsOfAHoldWithoutReps) {
    EXPECT_EQ(doseSentences(D().sets(2).hold(30)),
              (Sentences{"Hold for 30 seconds.", "Do 2 sets in all."}));
}

// ---- Frequency --------------------------------------------------------------------------------

// "2 times a day" says every day: no ", every day" after it. Days of the week are still said.
TEST(DoseSentences, TimesPerDayOnEveryDay) {
    EXPECT_EQ(doseSentences(D().perDay(2).perWeek(7)), Sentences{"Do this 2 times a day."});
    EXPECT_EQ(doseSentences(D().perDay(2).perWeek(6)),
              Sentences{"Do this 2 times a day, on 6 days a week."});
}

TEST(DoseSentences, OneTimePerDayOnSomeDays) {
    EXPECT_EQ(doseSentences(D().perDay(1).perWeek(5)),
              Sentences{"Do this 1 time a day, on 5 days a week."});
}

TEST(DoseSentences, OneTimePerDayOnOneDay) {
    EXPECT_EQ(doseSentences(D().perDay(1).perWeek(1)),
              Sentences{"Do this 1 time a day, on 1 day a week."});
}

TEST(DoseSentences, OnlyTimesPerDayPlural) {
    EXPECT_EQ(doseSentences(D().perDay(2)), Sentences{"Do this 2 times a day."});
}

TEST(DoseSentences, OnlyTimesPerDaySingular) {
    EXPECT_EQ(doseSentences(D().perDay(1)), Sentences{"Do this 1 time a day."});
}

TEST(DoseSentences, OnlyDaysEveryDay) {
    EXPECT_EQ(doseSentences(D().perWeek(7)), Sentences{"Do this every day."});
}

TEST(DoseSentences, OnlyDaysSomeDays) {
    EXPECT_EQ(doseSentences(D().perWeek(5)), Sentences{"Do this on 5 days a week."});
}

TEST(DoseSentences, OnlyDaysOneDay) {
    EXPECT_EQ(doseSentences(D().perWeek(1)), Sentences{"Do this on 1 day a week."});
}

TEST(DoseSentences, SixDaysIsNotEveryDay) {
    EXPECT_EQ(doseSentences(D().perWeek(6)), Sentences{"Do this on 6 days a week."});
}

// ---- Empty and full ---------------------------------------------------------------------------

TEST(DoseSentences, EmptyDoseGivesNoSentences) {
    EXPECT_EQ(doseSentences(Dose{}), Sentences{});
    EXPECT_EQ(doseText(Dose{}), "");
}

TEST(DoseSentences, HandoutExample) {
    const Dose dose = D().reps(3).hold(20).perDay(2).side(Side::Each);
    EXPECT_EQ(doseSentences(dose),
              (Sentences{"Hold for 20 seconds.", "Do this 3 times on each side.",
                         "Do this 2 times a day."}));
}

TEST(DoseSentences, FullDoseInOrder) {
    const Dose dose =
        D().sets(2).reps(3).hold(20).minutes(10).perDay(2).perWeek(7).side(Side::Each);
    EXPECT_EQ(doseSentences(dose),
              (Sentences{"Hold for 20 seconds.", "Do this 3 times on each side.",
                         "Rest, then repeat. Do 2 sets in all.", "Do this for 10 minutes in all.",
                         "Do this 2 times a day."}));
}

TEST(DoseText, JoinsSentencesWithSingleSpaces) {
    const Dose dose = D().sets(2).reps(3).hold(20).perDay(2).perWeek(7).side(Side::Each);
    EXPECT_EQ(doseText(dose),
              "Hold for 20 seconds. Do this 3 times on each side. Rest, then repeat. "
              "Do 2 sets in all. Do this 2 times a day.");
}

TEST(DoseText, OneSentenceHasNoExtraSpaces) {
    EXPECT_EQ(doseText(D().minutes(10)), "Do this for 10 minutes in all.");
}

// ---- Every generated dose ---------------------------------------------------------------------

TEST(DoseSentences, GeneratedDosesCoverEveryCombination) {
    EXPECT_EQ(generatedDoses().size(), 4096u * 5u);
}

TEST(DoseSentences, EverySentenceStartsWithACapitalAndEndsWithAPeriod) {
    for (const auto& dose : generatedDoses()) {
        const std::string shorthand = doseShorthand(dose);
        SCOPED_TRACE(shorthand);
        for (const auto& sentence : doseSentences(dose)) {
            ASSERT_FALSE(sentence.empty());
            EXPECT_TRUE(std::isupper(static_cast<unsigned char>(sentence.front())))
                << '"' << sentence << '"';
            EXPECT_EQ(sentence.back(), '.') << '"' << sentence << '"';
            EXPECT_EQ(sentence.find("  "), std::string::npos) << '"' << sentence << '"';
            EXPECT_NE(sentence.front(), ' ') << '"' << sentence << '"';
        }
    }
}

TEST(DoseText, GeneratedDosesJoinTheirSentences) {
    for (const auto& dose : generatedDoses()) {
        std::string joined;
        for (const auto& sentence : doseSentences(dose)) {
            joined += (joined.empty() ? "" : " ") + sentence;
        }
        ASSERT_EQ(doseText(dose), joined) << doseShorthand(dose);
    }
}

}  // namespace
}  // namespace hep
