#include "core/dose.h"

#include <gtest/gtest.h>

namespace hep {
namespace {

TEST(Dose, SideNamesRoundTrip) {
    for (Side side : {Side::Each, Side::Both, Side::Left, Side::Right}) {
        EXPECT_EQ(sideFromName(sideName(side)), side);
    }
    EXPECT_EQ(sideName(Side::None), "");
    EXPECT_FALSE(sideFromName("middle").has_value());
    EXPECT_FALSE(sideFromName("Each").has_value());
}

TEST(Dose, EmptyOnlyWithoutFieldsAndSide) {
    Dose dose;
    EXPECT_TRUE(dose.empty());
    dose.side = Side::Left;
    EXPECT_FALSE(dose.empty());
    dose = {};
    dose.minutes = 10;
    EXPECT_FALSE(dose.empty());
}

TEST(Dose, ValidDoseHasNoProblems) {
    Dose dose;
    dose.sets = 2;
    dose.reps = 100;
    dose.hold_seconds = 600;
    dose.minutes = 1;
    dose.times_per_day = 3;
    dose.days_per_week = 7;
    EXPECT_TRUE(checkDose(dose).empty());
}

TEST(Dose, OutOfBoundsFieldsAreNamed) {
    Dose dose;
    dose.reps = 0;
    dose.hold_seconds = 601;
    dose.days_per_week = 8;
    auto problems = checkDose(dose);
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_EQ(problems[0].field, "reps");
    EXPECT_EQ(problems[0].message, "0 is out of bounds (1 to 100)");
    EXPECT_EQ(problems[1].field, "hold_seconds");
    EXPECT_EQ(problems[2].field, "days_per_week");
    EXPECT_EQ(problems[2].message, "8 is out of bounds (1 to 7)");
}

TEST(Dose, EveryFieldHasBounds) {
    for (const auto& field : doseFields()) {
        Dose dose;
        dose.*field.member = field.max + 1;
        ASSERT_EQ(checkDose(dose).size(), 1u) << field.name;
        dose.*field.member = field.min;
        EXPECT_TRUE(checkDose(dose).empty()) << field.name;
        dose.*field.member = field.min - 1;
        EXPECT_EQ(checkDose(dose).size(), 1u) << field.name;
    }
}

}  // namespace
}  // namespace hep
