// The dose as the list at a glance says it (how many, how often), and as a one-time test says
// it ("up to", "1 time only", never how often).
#include <gtest/gtest.h>

#include "model/dose_text.h"

namespace hep {
namespace {

TEST(DoseGlance, OneShortPlainLine) {
    Dose stretch;
    stretch.hold_seconds = 20;
    stretch.reps = 3;
    stretch.side = Side::Each;
    stretch.times_per_day = 2;
    stretch.days_per_week = 7;
    EXPECT_EQ(doseGlance(stretch), "3 times each side, 2 times a day, every day");
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

}  // namespace
}  // namespace hep
