// The condition a program is for: named, or shared by every exercise, never guessed.
#include "model/program_condition.h"

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

TEST(ProgramCondition, NoneWhenNotSharedOrNotSingle) {
    EXPECT_EQ(programConditionId("", {}), "");
    EXPECT_EQ(programConditionId("", {withConditions({"a"}), withConditions({"b"})}), "");
    EXPECT_EQ(programConditionId("", {withConditions({"a", "b"}), withConditions({"a", "b"})}), "");
    EXPECT_EQ(programConditionId("", {withConditions({"a"}), withConditions({})}), "");
}

}  // namespace
}  // namespace hep
