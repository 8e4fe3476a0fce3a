#include "core/program_editor.h"

#include <gtest/gtest.h>

#include "core/errors.h"
#include "files/builtin_catalogue.h"
#include "files/program_file.h"
#include "tests/support/model_support.h"

namespace hep {
namespace {

Exercise builtin(const std::string& id) {
    return *lookupIn(builtinExercises())(id);
}

std::vector<std::string> ids(const Program& p) {
    std::vector<std::string> out;
    for (const auto& item : p.items) {
        out.push_back(item.exercise_id);
    }
    return out;
}

TEST(ProgramEditor, AddMoveRemoveWithUndoAndRedo) {
    ProgramEditor editor;
    int notified = 0;
    std::vector<ProgramChanged::Kind> kinds;
    auto subscription = editor.subscribe([&](const ProgramChanged& change) {
        ++notified;
        kinds.push_back(change.kind);
    });
    editor.addExercise(builtin("bridge"), 0);
    editor.addExercise(builtin("bird-dog"), 1);
    editor.addExercise(builtin("clamshell"), 1);
    EXPECT_EQ(ids(editor.program()), (std::vector<std::string>{"bridge", "clamshell", "bird-dog"}));
    EXPECT_EQ(editor.program().items[0].dose, builtin("bridge").default_dose);
    editor.moveItem(2, 0);
    EXPECT_EQ(ids(editor.program()), (std::vector<std::string>{"bird-dog", "bridge", "clamshell"}));
    EXPECT_EQ(editor.undoDescription(), "Move up");
    editor.removeItem(1);
    EXPECT_EQ(ids(editor.program()), (std::vector<std::string>{"bird-dog", "clamshell"}));
    editor.undo();
    editor.undo();
    EXPECT_EQ(ids(editor.program()), (std::vector<std::string>{"bridge", "clamshell", "bird-dog"}));
    EXPECT_EQ(editor.redoDescription(), "Move up");
    editor.redo();
    EXPECT_EQ(ids(editor.program()), (std::vector<std::string>{"bird-dog", "bridge", "clamshell"}));
    EXPECT_EQ(notified, 8);
    using K = ProgramChanged::Kind;
    EXPECT_EQ(kinds, (std::vector<K>{K::Edit, K::Edit, K::Edit, K::Edit, K::Edit, K::Undo, K::Undo,
                                     K::Redo}));
    subscription.reset();
    editor.undo();
    EXPECT_EQ(notified, 8);  // the subscription has ended
}

TEST(ProgramEditor, AFullProgramRefusesAnotherExerciseAndStaysAsItWas) {
    ProgramEditor editor;
    for (std::size_t i = 0; i < kMaxItems; ++i) {
        editor.addExercise(builtin("bridge"), i);
    }
    try {
        editor.addExercise(builtin("bird-dog"), 0);
        FAIL() << "a 41st exercise was added";
    } catch (const InputError& e) {
        EXPECT_STREQ(e.what(),
                     "A program can have at most 40 exercises; this one has 40, so 1 more "
                     "cannot be added.");
    }
    EXPECT_EQ(editor.program().items.size(), kMaxItems);
    EXPECT_EQ(editor.program().items.front().exercise_id, "bridge");
}

// The limit is in change(), so an edit that adds several (a template appended) stops there too,
// while edits that do not add exercises go on.
TEST(ProgramEditor, AnyChangeThatWouldPassTheLimitChangesNothing) {
    ProgramEditor editor;
    for (std::size_t i = 0; i < kMaxItems - 3; ++i) {
        editor.addExercise(builtin("bridge"), i);
    }
    auto appendFive = [](Program& p) {
        for (int i = 0; i < 5; ++i) {
            p.items.push_back({"bird-dog", {}, "", {}});
        }
    };
    try {
        editor.change("Apply template", appendFive);
        FAIL() << "the program grew past the limit";
    } catch (const InputError& e) {
        EXPECT_STREQ(e.what(),
                     "A program can have at most 40 exercises; this one has 37, so 5 more "
                     "cannot be added.");
    }
    EXPECT_EQ(editor.program().items.size(), kMaxItems - 3);
    EXPECT_EQ(editor.undoDescription(), "Add Bridge");
    editor.setNote(0, "Go slowly.");
    EXPECT_EQ(editor.program().items[0].note, "Go slowly.");
}

TEST(ProgramEditor, AChangeAfterUndoDropsRedo) {
    ProgramEditor editor;
    editor.addExercise(builtin("bridge"), 0);
    editor.addExercise(builtin("bird-dog"), 1);
    editor.undo();
    EXPECT_TRUE(editor.canRedo());
    editor.addExercise(builtin("heel-raise"), 1);
    EXPECT_FALSE(editor.canRedo());
    EXPECT_EQ(ids(editor.program()), (std::vector<std::string>{"bridge", "heel-raise"}));
}

TEST(ProgramEditor, DoseChangesInARowAreOneStep) {
    ProgramEditor editor;
    editor.addExercise(builtin("bridge"), 0);
    Dose dose = editor.program().items[0].dose;
    for (int reps : {11, 12, 13}) {
        dose.reps = reps;
        editor.setDose(0, dose);
    }
    EXPECT_EQ(editor.program().items[0].dose.reps, 13);
    editor.undo();
    EXPECT_EQ(editor.program().items[0].dose, builtin("bridge").default_dose);
    editor.undo();
    EXPECT_TRUE(editor.program().items.empty());
}

TEST(ProgramEditor, ModifiedFollowsSavesAndUndo) {
    ProgramEditor editor;
    EXPECT_FALSE(editor.modified());
    editor.change(
        "Patient", [](Program& p) { p.patient = "Ana"; }, "patient");
    EXPECT_TRUE(editor.modified());
    editor.markSaved("/tmp/a.hep");
    EXPECT_FALSE(editor.modified());
    EXPECT_EQ(editor.file(), "/tmp/a.hep");
    editor.change(
        "Patient", [](Program& p) { p.patient = "Ana Lima"; }, "patient");
    EXPECT_TRUE(editor.modified());
    editor.undo();  // back to what was saved: typing after a save did not merge into it
    EXPECT_EQ(editor.program().patient, "Ana");
    EXPECT_FALSE(editor.modified());
    editor.change("Same", [](Program&) {});  // no change, no step
    EXPECT_FALSE(editor.modified());
}

TEST(ProgramEditor, CustomExercisesTravelWithTheProgram) {
    ProgramEditor editor;
    Exercise custom = test::sampleExercise("wall-slide");
    editor.addExercise(custom, 0);
    editor.addExercise(custom, 1);
    ASSERT_EQ(editor.program().custom_exercises.size(), 1u);
    editor.removeItem(0);
    EXPECT_EQ(editor.program().custom_exercises.size(), 1u);
    editor.removeItem(0);
    EXPECT_TRUE(editor.program().custom_exercises.empty());
}

TEST(ProgramEditor, ResetForgetsHistory) {
    ProgramEditor editor;
    editor.addExercise(builtin("bridge"), 0);
    Program other;
    other.patient = "B";
    editor.reset(other, "/tmp/b.hep");
    EXPECT_FALSE(editor.canUndo());
    EXPECT_FALSE(editor.modified());
    EXPECT_EQ(editor.program().patient, "B");
}

TEST(ProgramEditor, UndoHistoryIsBounded) {
    ProgramEditor editor;
    for (std::size_t i = 0; i < kMaxUndoSteps + 50; ++i) {
        editor.change("Patient", [&](Program& p) { p.patient = std::to_string(i); });
    }
    std::size_t steps = 0;
    while (editor.canUndo()) {
        editor.undo();
        ++steps;
    }
    EXPECT_EQ(steps, kMaxUndoSteps);
    EXPECT_TRUE(editor.modified());
}

}  // namespace
}  // namespace hep
