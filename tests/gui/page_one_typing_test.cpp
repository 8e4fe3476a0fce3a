// Page 1 of the handout as the window shows it while a therapist types who it is for: the
// patient and therapist typed with real keys, read back from the program and the preview.
#include <gtest/gtest.h>
#include <wx/display.h>

#include <string>

#include "app/gui/preview_panel.h"
#include "app/gui/program_panel.h"
#include "tests/gui/frame_fixture.h"

namespace hep::gui {
namespace {

class PageOneTypingTest : public test::FrameTest {
  protected:
    // The baseline of the first run on page 1 whose text, without its leading spaces, is
    // `label`; -1 when there is none.
    double baselineOf(const std::string& label) {
        for (const auto& op : frame_->preview()->document().pages.at(0).ops) {
            if (const auto* run = std::get_if<TextRun>(&op)) {
                const auto start = run->text.find_first_not_of(' ');
                if (start != std::string::npos && run->text.substr(start) == label) {
                    return run->baseline;
                }
            }
        }
        return -1;
    }
};

// Without a therapist, the typed name shares its line with the date; once a therapist is typed,
// the name has its line alone and the date goes beside the therapist.
TEST_F(PageOneTypingTest, TheNameAndTherapistTypedShapePageOne) {
    frame_->SetSize(wxGetDisplaySize());
    frame_->applyTemplate("lss-starter", true);
    settle();
    // Each test starts without preferences: no therapist, normal print.
    ASSERT_EQ(frame_->editor().program().therapist, "");
    ASSERT_FALSE(frame_->editor().program().handout.large_print);
    typeInto(frame_->program()->patientField(), "Ana Lima");
    frame_->refreshPreviewNow();
    EXPECT_EQ(frame_->editor().program().patient, "Ana Lima");
    ASSERT_GT(baselineOf("For:"), 0);
    EXPECT_EQ(baselineOf("For:"), baselineOf("Date:"));
    EXPECT_LT(baselineOf("Your exercises at a glance"), baselineOf("Stay safe"));
    screenshot("who-name");

    typeInto(frame_->program()->therapistField(), "Sam Lee, PT");
    frame_->refreshPreviewNow();
    EXPECT_EQ(frame_->editor().program().therapist, "Sam Lee, PT");
    EXPECT_LT(baselineOf("For:"), baselineOf("Date:"));
    EXPECT_EQ(baselineOf("Date:"), baselineOf("Your therapist:"));
    EXPECT_GT(baselineOf("Your therapist:"), baselineOf("For:"));
    screenshot("who-therapist");
}

}  // namespace
}  // namespace hep::gui
