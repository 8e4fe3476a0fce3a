// A photo's bytes are a shared value: copies share them, equal bytes compare equal, and an undo
// step of a program with photos costs no copy of them.
#include "core/photo_bytes.h"

#include <gtest/gtest.h>

#include "core/program_editor.h"
#include "tests/support/model_support.h"

namespace hep {
namespace {

TEST(PhotoBytes, CopiesShareTheBytesAndEqualBytesAreEqual) {
    const PhotoBytes a(std::string(1000, 'x'));
    const PhotoBytes b = a;  // NOLINT(performance-unnecessary-copy-initialization): the point
    EXPECT_EQ(a.data(), b.data());
    EXPECT_EQ(a, PhotoBytes(std::string(1000, 'x')));  // another copy of the same bytes
    EXPECT_FALSE(a == PhotoBytes(std::string(1000, 'y')));
    EXPECT_EQ(PhotoBytes(), PhotoBytes(""));
    EXPECT_TRUE(PhotoBytes().empty());
    EXPECT_EQ(static_cast<const std::string&>(a).size(), 1000u);
}

TEST(PhotoBytes, UndoStepsShareThePhotosOfTheProgram) {
    Program program;
    Exercise e = test::sampleExercise("my-photo-exercise");
    e.builtin = false;
    e.photos = {std::string(5000, 's'), std::string(5000, 'e')};
    program.items.push_back({e.id, e.default_dose, "", {}});
    program.custom_exercises.push_back(e);
    ProgramEditor editor;
    editor.reset(program);
    const char* start = editor.program().custom_exercises[0].photos[0].data();
    editor.setNote(0, "Slowly.");
    editor.setNote(0, "Slowly, please.");
    EXPECT_EQ(editor.program().custom_exercises[0].photos[0].data(), start);
    editor.undo();
    EXPECT_EQ(editor.program().custom_exercises[0].photos[0].data(), start);
}

}  // namespace
}  // namespace hep
