// The condition a program is for (named, or shared by every exercise, never guessed) and the
// advice on its size.
#include "core/program_condition.h"

#include "core/program_advice.h"

#include <gtest/gtest.h>

namespace hep {
namespace {

Exercise withConditions(std::vector<std::string> conditions) {
    Exercise e;
    e.conditions = std::move(conditions);
    return e;
}

TEST(ProgramCondition, TheNamedConditionWins) {
    EXPECT_EQ(programConditionId("neck-pain", {withConditions({"knee-osteoarthritis"})}),
              "neck-pain");
}

TEST(ProgramCondition, TheConditionEveryExerciseListsIsTaken) {
    EXPECT_EQ(programConditionId("", {withConditions({"a", "b"}), withConditions({"b"}),
                                      withConditions({"c", "b"})}),
              "b");
}

TEST(ProgramCondition, NoneNamedIsNoCondition) {
    EXPECT_EQ(programConditionId(std::string(kNoCondition), {withConditions({"neck-pain"})}), "");
}

TEST(ProgramCondition, NoneWhenNotSharedOrNotSingle) {
    EXPECT_EQ(programConditionId("", {}), "");
    EXPECT_EQ(programConditionId("", {withConditions({"a"}), withConditions({"b"})}), "");
    EXPECT_EQ(programConditionId("", {withConditions({"a", "b"}), withConditions({"a", "b"})}), "");
    EXPECT_EQ(programConditionId("", {withConditions({"a"}), withConditions({})}), "");
}

}  // namespace
}  // namespace hep

namespace hep {
namespace {

TEST(ProgramAdvice, MoreThanEightExercisesEarnsAWordNotAnError) {
    EXPECT_FALSE(programSizeAdvice(0).has_value());
    EXPECT_FALSE(programSizeAdvice(8).has_value());
    EXPECT_EQ(programSizeAdvice(9),
              "9 exercises: more than 8 is a lot. Older adults do fewer exercises better.");
}

TEST(ProgramAdvice, AConditionTheCatalogueDoesNotKnowIsSaid) {
    std::vector<Condition> known(2);
    known[0].id = "knee-osteoarthritis";
    known[1].id = "neck-pain";
    EXPECT_FALSE(conditionAdvice("", known).has_value());
    EXPECT_FALSE(conditionAdvice("none", known).has_value());
    EXPECT_FALSE(conditionAdvice("neck-pain", known).has_value());
    EXPECT_EQ(conditionAdvice("knee", known),
              "condition \"knee\" is not one of the catalogue (knee-osteoarthritis, neck-pain, "
              "none): the handout prints the general safety box and nothing about a condition.");
}

}  // namespace
}  // namespace hep
