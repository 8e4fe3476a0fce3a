// The rules that turn a template into a program: what replaces and what adds, the condition and
// instructions, and the custom exercises a program carries once.
#include "core/program_from_template.h"

#include <gtest/gtest.h>

#include <map>

#include "tests/support/model_support.h"

namespace hep {
namespace {

struct Catalogue {
    std::map<std::string, Exercise> exercises;
    ExerciseLookup lookup() const {
        return [this](const std::string& id) -> std::optional<Exercise> {
            auto it = exercises.find(id);
            return it == exercises.end() ? std::nullopt : std::optional<Exercise>(it->second);
        };
    }
};

Catalogue catalogue() {
    Catalogue c;
    Exercise builtin = test::sampleExercise("bridge");
    builtin.builtin = true;
    Exercise mine = test::sampleExercise("my-wall-sit");
    mine.builtin = false;
    c.exercises = {{builtin.id, builtin}, {mine.id, mine}};
    return c;
}

ProtocolTemplate knees() {
    ProtocolTemplate t;
    t.id = "knees";
    t.name = "Knees";
    t.condition = "knee-osteoarthritis";
    t.instructions = "Three days a week.";
    t.items = {{"bridge", {}, "", {}}, {"my-wall-sit", {}, "", {}}, {"my-wall-sit", {}, "", {}}};
    return t;
}

TEST(ProgramFromTemplate, ANewProgramTakesEverythingAndCarriesCustomExercisesOnce) {
    const Catalogue c = catalogue();
    const Program p = programFromTemplate(knees(), c.lookup());
    EXPECT_EQ(p.items.size(), 3u);
    EXPECT_EQ(p.condition, "knee-osteoarthritis");
    EXPECT_EQ(p.instructions, "Three days a week.");
    ASSERT_EQ(p.custom_exercises.size(), 1u);  // the built-in one is not carried
    EXPECT_EQ(p.custom_exercises[0].id, "my-wall-sit");
    EXPECT_TRUE(p.patient.empty());
}

TEST(ProgramFromTemplate, AddingKeepsTheProgramsOwnConditionAndInstructions) {
    const Catalogue c = catalogue();
    Program p;
    p.items = {{"bridge", {}, "", {}}};
    p.condition = "neck-pain";
    p.instructions = "Mine.";
    applyTemplate(p, knees(), c.lookup(), {.replace = false, .use_instructions = false});
    EXPECT_EQ(p.items.size(), 4u);
    EXPECT_EQ(p.condition, "neck-pain");
    EXPECT_EQ(p.instructions, "Mine.");
    applyTemplate(p, knees(), c.lookup(), {.replace = false, .use_instructions = true});
    EXPECT_EQ(p.instructions, "Three days a week.");
    EXPECT_EQ(p.custom_exercises.size(), 1u);
    // Replacing takes the template's condition and its exercises only.
    applyTemplate(p, knees(), c.lookup(), {.replace = true, .use_instructions = false});
    EXPECT_EQ(p.items.size(), 3u);
    EXPECT_EQ(p.condition, "knee-osteoarthritis");
}

TEST(ProgramFromTemplate, AnExerciseAddedByHandIsCarriedOnce) {
    const Catalogue c = catalogue();
    Program p;
    carryExercise(p, c.exercises.at("my-wall-sit"));
    carryExercise(p, c.exercises.at("my-wall-sit"));
    carryExercise(p, c.exercises.at("bridge"));
    ASSERT_EQ(p.custom_exercises.size(), 1u);
}

}  // namespace
}  // namespace hep
