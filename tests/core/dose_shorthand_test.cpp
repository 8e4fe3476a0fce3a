// Tests for the dose in the chart's shorthand, as the clinical note gets it ("3 x 20 s hold, each
// side, 2x/day").
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
