// Tests for the dose in words: patient sentences, joined text and chart shorthand.
#include "core/dose_text.h"

#include <gtest/gtest.h>

#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

namespace hep {
namespace {

using Sentences = std::vector<std::string>;

// Builds a dose field by field, e.g. D().reps(3).side(Side::Each).
class D {
  public:
    D& sets(int n) { return set(&Dose::sets, n); }
    D& reps(int n) { return set(&Dose::reps, n); }
    D& hold(int seconds) { return set(&Dose::hold_seconds, seconds); }
    D& minutes(int n) { return set(&Dose::minutes, n); }
    D& perDay(int times) { return set(&Dose::times_per_day, times); }
    D& perWeek(int days) { return set(&Dose::days_per_week, days); }
    D& side(Side side) {
        dose_.side = side;
        return *this;
    }
    operator Dose() const { return dose_; }

  private:
    D& set(std::optional<int> Dose::*member, int value) {
        dose_.*member = value;
        return *this;
    }
    Dose dose_;
};

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

// ---- Shorthand --------------------------------------------------------------------------------

TEST(DoseShorthand, EmptyDose) {
    EXPECT_EQ(doseShorthand(Dose{}), "");
}

TEST(DoseShorthand, RepsAndHoldEachSideTwiceADay) {
    EXPECT_EQ(doseShorthand(D().reps(3).hold(20).perDay(2).side(Side::Each)),
              "3 x 20 s hold, each side, 2x/day");
}

TEST(DoseShorthand, MinutesOnSomeDays) {
    EXPECT_EQ(doseShorthand(D().minutes(10).perWeek(5)), "10 min, 5 days/wk");
}

TEST(DoseShorthand, RepsOnly) {
    EXPECT_EQ(doseShorthand(D().reps(10)), "10 reps");
}

TEST(DoseShorthand, OneRep) {
    EXPECT_EQ(doseShorthand(D().reps(1)), "1 rep");
}

TEST(DoseShorthand, SetsOfReps) {
    EXPECT_EQ(doseShorthand(D().sets(2).reps(10)), "2 sets of 10 reps");
}

TEST(DoseShorthand, SetsOfRepsAndHold) {
    EXPECT_EQ(doseShorthand(D().sets(2).reps(3).hold(20)), "2 sets of 3 x 20 s hold");
}

TEST(DoseShorthand, OneSetHasNoPrefix) {
    EXPECT_EQ(doseShorthand(D().sets(1).reps(10)), "10 reps");
}

TEST(DoseShorthand, HoldOnly) {
    EXPECT_EQ(doseShorthand(D().hold(20)), "20 s hold");
}

TEST(DoseShorthand, SetsOfAHold) {
    EXPECT_EQ(doseShorthand(D().sets(3).hold(30)), "3 sets of 30 s hold");
}

TEST(DoseShorthand, SetsAlone) {
    EXPECT_EQ(doseShorthand(D().sets(2)), "2 sets");
}

TEST(DoseShorthand, MinutesOnly) {
    EXPECT_EQ(doseShorthand(D().minutes(10)), "10 min");
}

TEST(DoseShorthand, EachSide) {
    EXPECT_EQ(doseShorthand(D().reps(10).side(Side::Each)), "10 reps, each side");
}

TEST(DoseShorthand, LeftSide) {
    EXPECT_EQ(doseShorthand(D().reps(10).side(Side::Left)), "10 reps, left");
}

TEST(DoseShorthand, RightSide) {
    EXPECT_EQ(doseShorthand(D().reps(10).side(Side::Right)), "10 reps, right");
}

TEST(DoseShorthand, BothSides) {
    EXPECT_EQ(doseShorthand(D().reps(10).side(Side::Both)), "10 reps, both sides");
}

TEST(DoseShorthand, SideAloneHasNoLeadingComma) {
    EXPECT_EQ(doseShorthand(D().side(Side::Each)), "each side");
}

TEST(DoseShorthand, TimesPerDayAndDaily) {
    EXPECT_EQ(doseShorthand(D().perDay(2).perWeek(7)), "2x/day, daily");
}

TEST(DoseShorthand, DailyOnly) {
    EXPECT_EQ(doseShorthand(D().perWeek(7)), "daily");
}

TEST(DoseShorthand, OneDayAWeek) {
    EXPECT_EQ(doseShorthand(D().perWeek(1)), "1 day/wk");
}

TEST(DoseShorthand, FullDose) {
    const Dose dose =
        D().sets(2).reps(3).hold(20).minutes(10).perDay(2).perWeek(7).side(Side::Each);
    EXPECT_EQ(doseShorthand(dose), "2 sets of 3 x 20 s hold, 10 min, each side, 2x/day, daily");
}

// ---- Every generated dose ---------------------------------------------------------------------

// Every combination of a few values per field (unset, 1, 2, 7) and every side.
std::vector<Dose> generatedDoses() {
    const std::array<std::optional<int>, 4> values{std::nullopt, 1, 2, 7};
    const std::array<Side, 5> sides{Side::None, Side::Each, Side::Both, Side::Left, Side::Right};
    std::vector<Dose> doses{Dose{}};
    for (const auto& field : doseFields()) {
        std::vector<Dose> next;
        for (const auto& dose : doses) {
            for (const auto& value : values) {
                Dose d = dose;
                d.*field.member = value;
                next.push_back(d);
            }
        }
        doses = std::move(next);
    }
    std::vector<Dose> all;
    for (const auto& dose : doses) {
        for (Side side : sides) {
            Dose d = dose;
            d.side = side;
            all.push_back(d);
        }
    }
    return all;
}

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

TEST(DoseShorthand, GeneratedDosesHaveNoStrayCommas) {
    for (const auto& dose : generatedDoses()) {
        const std::string shorthand = doseShorthand(dose);
        // A single set is not worth a mention; anything else is.
        Dose rest = dose;
        if (rest.sets == 1) {
            rest.sets.reset();
        }
        ASSERT_EQ(shorthand.empty(), rest.empty()) << shorthand;
        if (!shorthand.empty()) {
            ASSERT_NE(shorthand.front(), ',') << shorthand;
            ASSERT_NE(shorthand.back(), ' ') << shorthand;
            ASSERT_NE(shorthand.back(), ',') << shorthand;
            ASSERT_EQ(shorthand.find(", ,"), std::string::npos) << shorthand;
        }
    }
}

}  // namespace
}  // namespace hep
