// The dose as the list at a glance says it (how many, how often), as a one-time test says it
// ("up to", "1 time only", never how often), as a rest position used as needed says it, and as a
// balance hold says it ("up to").
#include <gtest/gtest.h>

#include "core/dose_text.h"

namespace hep {
namespace {

TEST(DoseGlance, OneShortPlainLine) {
    Dose stretch;
    stretch.hold_seconds = 20;
    stretch.reps = 3;
    stretch.side = Side::Each;
    stretch.times_per_day = 2;
    stretch.days_per_week = 7;
    EXPECT_EQ(doseGlance(stretch), "3 times each side, 2 times a day");
    EXPECT_EQ(doseGlance(stretch, DoseUse::Regular, true), "3 times each side, 2 times a day");
    Dose walk;
    walk.minutes = 10;
    walk.days_per_week = 5;
    EXPECT_EQ(doseGlance(walk), "10 minutes, 5 days a week");
    Dose strength;
    strength.reps = 10;
    strength.sets = 2;
    strength.times_per_day = 1;
    EXPECT_EQ(doseGlance(strength), "10 times, 2 sets, 1 time a day");
    Dose once;
    once.reps = 1;
    once.days_per_week = 1;
    EXPECT_EQ(doseGlance(once), "1 time, 1 day a week");
    EXPECT_EQ(doseGlance(once, DoseUse::Regular, true),
              "1 time, 1 day a week");  // not every day: still said
    Dose hold_only;
    hold_only.hold_seconds = 30;
    hold_only.times_per_day = 3;
    EXPECT_EQ(doseGlance(hold_only), "Hold 30 seconds, 3 times a day");
}

// A one-time test says "up to" and "1 time only", and never how often: it is done once.
TEST(DoseText, OneTimeTestIsDoneOnceUpToItsHold) {
    Dose trial;
    trial.reps = 1;
    trial.hold_seconds = 60;
    EXPECT_EQ(doseText(trial, DoseUse::OneTime),
              "Hold for up to 60 seconds. Do this test 1 time only, not every day.");
    EXPECT_EQ(doseGlance(trial, DoseUse::OneTime), "Hold up to 60 seconds, 1 time only");
    EXPECT_EQ(doseShorthand(trial, DoseUse::OneTime), "1 x up to 60 s hold, once");
    // The same dose as a regular exercise.
    EXPECT_EQ(doseText(trial), "Hold for 60 seconds. Do this 1 time.");
    // Frequencies given to a test do not print (the handout warns of it).
    trial.times_per_day = 2;
    trial.days_per_week = 7;
    EXPECT_EQ(doseText(trial, DoseUse::OneTime),
              "Hold for up to 60 seconds. Do this test 1 time only, not every day.");
    // More than 1 time, or on each side: said as it is, on 1 day.
    Dose sides;
    sides.reps = 2;
    sides.side = Side::Each;
    EXPECT_EQ(doseText(sides, DoseUse::OneTime),
              "Do this 2 times on each side. Do this test on 1 day only, not every day.");
    EXPECT_EQ(doseGlance(sides, DoseUse::OneTime), "2 times each side, on 1 day only");
    EXPECT_EQ(doseGlance(Dose{}), "");
}

// A rest position is held until the symptoms ease, up to its hold, any time: never how often.
TEST(DoseText, AsNeededIsHeldUntilBetterAnyTime) {
    Dose lean;
    lean.hold_seconds = 120;
    EXPECT_EQ(doseText(lean, DoseUse::AsNeeded),
              "Hold until you feel better, up to 2 minutes. Do this any time you need it.");
    EXPECT_EQ(doseGlance(lean, DoseUse::AsNeeded), "Hold up to 2 minutes, when you need it");
    EXPECT_EQ(doseShorthand(lean, DoseUse::AsNeeded), "up to 120 s hold, as needed");
    // Frequencies given to it do not print (the handout warns of it).
    lean.times_per_day = 3;
    lean.days_per_week = 7;
    EXPECT_EQ(doseText(lean, DoseUse::AsNeeded),
              "Hold until you feel better, up to 2 minutes. Do this any time you need it.");
    EXPECT_EQ(doseGlance(lean, DoseUse::AsNeeded, true), "Hold up to 2 minutes, when you need it");
    EXPECT_EQ(doseShorthand(lean, DoseUse::AsNeeded), "up to 120 s hold, as needed");
    // Holds that are not whole minutes of 2 or more stay in seconds.
    lean.hold_seconds = 90;
    EXPECT_EQ(doseSentences(lean, DoseUse::AsNeeded).front(),
              "Hold until you feel better, up to 90 seconds.");
    lean.hold_seconds = 60;
    EXPECT_EQ(doseSentences(lean).front(), "Hold for 60 seconds.");
    lean.hold_seconds = 180;
    EXPECT_EQ(doseSentences(lean).front(), "Hold for 3 minutes.");
}

// A balance hold is the most to aim for, on the days it says.
TEST(DoseText, BalanceHoldsUpTo) {
    Dose stand;
    stand.reps = 3;
    stand.hold_seconds = 15;
    stand.side = Side::Each;
    stand.times_per_day = 1;
    stand.days_per_week = 7;
    EXPECT_EQ(doseText(stand, DoseUse::HoldUpTo),
              "Hold for up to 15 seconds. Do this 3 times on each side. Do this 1 time a day.");
    EXPECT_EQ(doseGlance(stand, DoseUse::HoldUpTo), "3 times each side, 1 time a day");
    EXPECT_EQ(doseShorthand(stand, DoseUse::HoldUpTo),
              "3 x up to 15 s hold, each side, 1x/day, daily");
    stand.reps.reset();
    EXPECT_EQ(doseGlance(stand, DoseUse::HoldUpTo),
              "Hold up to 15 seconds, each side, 1 time a day");
}

// The rule of one place: how an exercise is used, and balance holding "up to".
TEST(DoseUse, ComesFromTheExercise) {
    Exercise e;
    e.category = "strengthening";
    EXPECT_EQ(doseUse(e), DoseUse::Regular);
    e.category = "balance";
    EXPECT_EQ(doseUse(e), DoseUse::HoldUpTo);
    e.use = ExerciseUse::AsNeeded;
    EXPECT_EQ(doseUse(e), DoseUse::AsNeeded);
    e.use = ExerciseUse::OneTime;
    EXPECT_EQ(doseUse(e), DoseUse::OneTime);
    EXPECT_EQ(doseUse(std::optional<Exercise>{}), DoseUse::Regular);
    EXPECT_TRUE(doneOnDays(DoseUse::Regular));
    EXPECT_TRUE(doneOnDays(DoseUse::HoldUpTo));
    EXPECT_FALSE(doneOnDays(DoseUse::AsNeeded));
    EXPECT_FALSE(doneOnDays(DoseUse::OneTime));
}

}  // namespace
}  // namespace hep
