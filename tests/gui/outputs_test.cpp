// What the window writes never replaces what it must keep: the program file a handout is made
// from, the database, the autosave file.
#include <gtest/gtest.h>

#include "app/gui/main_frame.h"
#include "tests/gui/fake_prompts.h"
#include "tests/gui/frame_fixture.h"
#include "tests/support/test_support.h"

namespace hep::gui {
namespace {

using MainFrameTest = test::FrameTest;

// The handout never replaces the program file it was made from, nor the database: the window
// says so and both stay as they were (issue 13, item 3).
TEST_F(MainFrameTest, ExportNeverReplacesTheProgramOrTheDatabase) {
    frame_->addExercise("bridge");
    const auto program = dir_ / "p.hep";
    ASSERT_TRUE(frame_->saveTo(program));
    const std::string saved = hep::test::readText(program);
    EXPECT_FALSE(frame_->exportPdf(program));
    EXPECT_EQ(hep::test::readText(program), saved);
    ASSERT_FALSE(prompts_->errors.empty());
    EXPECT_NE(prompts_->errors.back().Find("is the program file"), wxNOT_FOUND)
        << prompts_->errors.back();
    EXPECT_FALSE(frame_->saveTo(services_->databasePath()));
    EXPECT_NE(prompts_->errors.back().Find("is the HEP Studio database"), wxNOT_FOUND)
        << prompts_->errors.back();
    EXPECT_TRUE(frame_->exportPdf(dir_ / "p.pdf"));
}

}  // namespace
}  // namespace hep::gui
