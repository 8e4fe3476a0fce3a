#include "core/exercise.h"

#include <gtest/gtest.h>

#include "tests/support/model_support.h"

namespace hep {
namespace {

TEST(Exercise, ValidIds) {
    EXPECT_TRUE(isValidId("pelvic-tilt"));
    EXPECT_TRUE(isValidId("a1"));
    EXPECT_FALSE(isValidId(""));
    EXPECT_FALSE(isValidId("Pelvic"));
    EXPECT_FALSE(isValidId("-tilt"));
    EXPECT_FALSE(isValidId("tilt-"));
    EXPECT_FALSE(isValidId("a--b"));
    EXPECT_FALSE(isValidId("a b"));
    EXPECT_FALSE(isValidId("a'; DROP TABLE exercises; --"));
    EXPECT_FALSE(isValidId(std::string(65, 'a')));
    EXPECT_TRUE(isValidId(std::string(64, 'a')));
}

TEST(Exercise, SampleIsValid) {
    EXPECT_TRUE(checkExercise(test::sampleExercise("x")).empty());
}

TEST(Exercise, ProblemsNameTheirField) {
    auto e = test::sampleExercise("x");
    e.name = "  ";
    e.category = "dancing";
    e.steps = {"One.", "Two."};
    e.equipment = {"trampoline"};
    e.default_dose.reps = 500;
    auto problems = checkExercise(e);
    std::vector<std::string> fields;
    fields.reserve(problems.size());
    for (const auto& p : problems) {
        fields.push_back(p.field);
    }
    EXPECT_EQ(fields,
              (std::vector<std::string>{"name", "category", "equipment", "steps", "dose.reps"}));
    EXPECT_EQ(problems[0].message, "is empty");
    EXPECT_EQ(problems[3].message, "has 2 steps; 3 to 7 are allowed");
}

TEST(Exercise, TooManyStepsAndLongText) {
    auto e = test::sampleExercise("x");
    e.steps.assign(8, "Step.");
    e.purpose = std::string(601, 'a');
    auto problems = checkExercise(e);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].field, "purpose");
    EXPECT_EQ(problems[0].message, "is too long (601 characters; at most 600)");
    EXPECT_EQ(problems[1].field, "steps");
}

TEST(Exercise, InvalidUtf8IsAProblem) {
    auto e = test::sampleExercise("x");
    e.feel = "bad \xff byte";
    auto problems = checkExercise(e);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].field, "feel");
    EXPECT_EQ(problems[0].message, "is not valid UTF-8 text");
}

TEST(Exercise, ReadableTextJoinsSentences) {
    auto e = test::sampleExercise("x");
    e.feel = "your thighs working";
    EXPECT_EQ(readableText(e),
              "It makes your thighs strong. Stand with your back to a wall. Slide down a "
              "little. Slide back up. You should feel your thighs working. Stop if your knees "
              "hurt. Keep your heels down.");
}

}  // namespace
}  // namespace hep
