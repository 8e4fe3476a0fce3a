// Doses typed into the window as a person types them: the number typed is the number the model
// holds, the sentence the patient reads and the handout prints. Bad text is refused with a
// message beside the fields, and never clamped or half-taken.
#include <gtest/gtest.h>
#include <wx/clipbrd.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>

#include "app/gui/program_panel.h"
#include "app/gui/wx_text.h"
#include "core/dose_text.h"
#include "tests/gui/frame_fixture.h"

namespace hep::gui {
namespace {

using DoseTypingTest = test::FrameTest;

// A label's text as one line (labels wrap to the panel's width).
std::string oneLine(const wxStaticText* label) {
    wxString text = label->GetLabel();
    text.Replace("\n", " ");
    return utf8(text);
}

std::optional<int> fieldOf(const Dose& dose, std::size_t field) {
    return dose.*doseFields()[field].member;
}

// Over a value already there, with more than one digit: "12" over "3" once became "120".
struct Typed {
    std::size_t field;
    const char* text;
    int value;
};
const Typed kTyped[] = {
    {0, "10", 10},  // sets: "Do 10 sets" or "... 10 times" as the sentence says
    {1, "12", 12},  // reps
    {2, "45", 45},  // hold
    {3, "25", 25},  // minutes
    {4, "12", 12}, {5, "5", 5},
};

TEST_F(DoseTypingTest, EveryDoseFieldTakesTheNumberTypedOverTheOldOne) {
    frame_->addExercise("bridge");
    frame_->program()->selectItem(0);
    settle();
    for (const auto& typed : kTyped) {
        auto* field = frame_->program()->doseField(typed.field);
        typeInto(field->text(), typed.text);
        const Dose& dose = frame_->editor().program().items[0].dose;
        EXPECT_EQ(fieldOf(dose, typed.field), typed.value) << typed.text;
        EXPECT_EQ(field->text()->GetValue(), wx(typed.text));
        EXPECT_EQ(oneLine(frame_->program()->doseSentence()), doseText(dose));
        EXPECT_EQ(utf8(frame_->program()->items()->GetItemText(0, 2)), doseShorthand(dose));
        EXPECT_TRUE(frame_->program()->doseProblem()->GetLabel().empty())
            << frame_->program()->doseProblem()->GetLabel();
    }
    const Dose& dose = frame_->editor().program().items[0].dose;
    EXPECT_EQ(dose.sets, 10);
    EXPECT_EQ(dose.reps, 12);
    EXPECT_EQ(dose.hold_seconds, 45);
    EXPECT_EQ(dose.minutes, 25);
    EXPECT_EQ(dose.times_per_day, 12);
    EXPECT_EQ(dose.days_per_week, 5);
    // The handout prints what was typed.
    frame_->refreshPreviewNow();
    auto pdf = dir_ / "typed.pdf";
    ASSERT_TRUE(frame_->exportPdf(pdf));
    std::string text = pdfText(pdf);
    for (const char* words : {"45 seconds", "12 times"}) {
        EXPECT_NE(text.find(words), std::string::npos) << words << "\n" << text;
    }
    EXPECT_EQ(text.find("450"), std::string::npos);
    EXPECT_EQ(text.find("120"), std::string::npos);
}

// In a window the size of the screen, the program list shows a typed dose as the therapist's
// shorthand, and the patient's sentences under the list.
TEST_F(DoseTypingTest, TheListShowsATypedDoseAsShorthand) {
    frame_->SetSize(wxGetDisplaySize());
    frame_->applyTemplate("lss-starter", true);
    frame_->program()->selectItem(0);  // Pelvic tilt: 10 x 5 s hold, 2x/day, daily
    test::processEvents(300);          // the window takes its new size before keys go to it
    typeInto(frame_->program()->doseField(1)->text(), "12");  // reps
    typeInto(frame_->program()->doseField(4)->text(), "3");   // times a day
    frame_->refreshPreviewNow();
    const Dose& dose = frame_->editor().program().items[0].dose;
    EXPECT_EQ(dose.reps, 12);
    EXPECT_EQ(dose.times_per_day, 3);
    EXPECT_EQ(utf8(frame_->program()->items()->GetItemText(0, 2)), "12 x 5 s hold, 3x/day, daily");
    EXPECT_EQ(oneLine(frame_->program()->doseSentence()),
              "Hold for 5 seconds. Do this 12 times. Do this 3 times a day.");
    screenshot("dose-typed");
}

TEST_F(DoseTypingTest, ClearingAFieldAndTypingGivesTheNumberTyped) {
    frame_->addExercise("bridge");
    frame_->program()->selectItem(0);
    auto* reps = frame_->program()->doseField(1);
    clickOn(reps->text());
    press(WXK_END);
    press(WXK_BACK);
    press(WXK_BACK);
    press(WXK_BACK);
    wxUIActionSimulator().Text("12");
    press(WXK_TAB);
    EXPECT_EQ(frame_->editor().program().items[0].dose.reps, 12);
    EXPECT_EQ(reps->text()->GetValue(), "12");
}

TEST_F(DoseTypingTest, ArrowKeysAndButtonsStepByOne) {
    frame_->addExercise("bridge");
    frame_->program()->selectItem(0);
    auto* reps = frame_->program()->doseField(1);
    clickOn(reps->text());
    press(WXK_UP);
    press(WXK_UP);
    EXPECT_EQ(frame_->editor().program().items[0].dose.reps, 12);
    press(WXK_DOWN);
    EXPECT_EQ(frame_->editor().program().items[0].dose.reps, 11);
    for (int i = 0; i < 3; ++i) {
        clickOn(reps->moreButton());
    }
    EXPECT_EQ(frame_->editor().program().items[0].dose.reps, 14);
    EXPECT_EQ(reps->text()->GetValue(), "14");
    // Three clicks are three: the panel does not move under the pointer.
    const wxPoint before = reps->moreButton()->GetScreenPosition();
    typeInto(frame_->program()->doseField(2)->text(), "600");
    EXPECT_EQ(reps->moreButton()->GetScreenPosition(), before);
}

// Text that is not a number in bounds: the model keeps the value from before the typing, a
// message beside the fields says what is wrong, and leaving the field shows the value in force.
TEST_F(DoseTypingTest, BadTextIsRefusedWithAMessageAndChangesNothing) {
    frame_->addExercise("bridge");
    frame_->program()->selectItem(0);
    const Dose before = frame_->editor().program().items[0].dose;
    auto* hold = frame_->program()->doseField(2);
    auto* problem = frame_->program()->doseProblem();
    struct Bad {
        std::size_t field;
        const char* text;
        const char* message;
    };
    const Bad bad[] = {
        {2, "9999", "Hold (seconds): 9999 is more than 600 seconds, the most."},
        {1, "-", "Repetitions: \"-\" is not a whole number: type digits only."},
        {1, "-3", "Repetitions: \"-3\" is not a whole number: type digits only."},
        {0, "abc", "Sets: \"abc\" is not a whole number: type digits only."},
        {5, "8", "Days a week: 8 is more than 7 days, the most."},
        {4, "99999999999999999999999",
         "Times a day: 99999999999999999... is more than 12, the most."},
    };
    for (const auto& b : bad) {
        auto* field = frame_->program()->doseField(b.field);
        typeInto(field->text(), b.text, false);
        EXPECT_EQ(frame_->editor().program().items[0].dose, before) << b.text;
        EXPECT_EQ(oneLine(problem), b.message);
        press(WXK_TAB);
        // Left: the field shows the value in force again, and the message says it was not taken.
        const auto kept = fieldOf(before, b.field).value_or(0);
        EXPECT_EQ(field->text()->GetValue(), wxString::Format("%d", kept)) << b.text;
        EXPECT_NE(oneLine(problem).find("It was not taken: it is still"), std::string::npos)
            << oneLine(problem);
        EXPECT_EQ(frame_->editor().program().items[0].dose, before) << b.text;
    }
    // Pasted text is read the same way.
    ASSERT_TRUE(wxTheClipboard->Open());
    wxTheClipboard->SetData(new wxTextDataObject("30 seconds"));
    wxTheClipboard->Close();
    clickOn(hold->text());
    press('a', wxMOD_CONTROL);
    press('v', wxMOD_CONTROL);
    EXPECT_EQ(hold->text()->GetValue(), "30 seconds");
    EXPECT_EQ(oneLine(problem),
              "Hold (seconds): \"30 seconds\" is not a whole number: type digits only.");
    EXPECT_EQ(frame_->editor().program().items[0].dose, before);
    // A good number after a bad one is taken, and the message goes.
    typeInto(hold->text(), "20");
    EXPECT_EQ(frame_->editor().program().items[0].dose.hold_seconds, 20);
    EXPECT_TRUE(problem->GetLabel().empty());
}

TEST_F(DoseTypingTest, ZeroLeavesAFieldOutOnlyWhenTyped) {
    frame_->addExercise("bridge");
    frame_->program()->selectItem(0);
    auto* reps = frame_->program()->doseField(1);
    typeInto(reps->text(), "", true);  // emptied and left: refused, not zero
    EXPECT_EQ(frame_->editor().program().items[0].dose.reps, 10);
    EXPECT_EQ(reps->text()->GetValue(), "10");
    typeInto(reps->text(), "0");
    EXPECT_FALSE(frame_->editor().program().items[0].dose.reps.has_value());
    EXPECT_EQ(frame_->program()->doseSentence()->GetLabel().Find("times"), wxNOT_FOUND);
}

TEST_F(DoseTypingTest, TypingADoseIsOneUndoStepAndUndoShowsTheOldNumber) {
    frame_->addExercise("bridge");
    frame_->program()->selectItem(0);
    auto* reps = frame_->program()->doseField(1);
    typeInto(reps->text(), "15");
    EXPECT_EQ(frame_->editor().undoDescription(), "Change dose");
    frame_->editor().undo();
    EXPECT_EQ(frame_->editor().program().items[0].dose.reps, 10);
    EXPECT_EQ(reps->text()->GetValue(), "10");
}

TEST_F(DoseTypingTest, TheTrialCautionStaysBesideTheDoseWhileSelected) {
    frame_->addExercise("bridge");
    frame_->addExercise("standing-back-bend-trial");
    frame_->program()->selectItem(1);
    frame_->refreshPreviewNow();
    settle();
    auto* alert = frame_->program()->alertLine();
    EXPECT_TRUE(alert->GetLabel().StartsWith("For you: ")) << alert->GetLabel();
    frame_->program()->selectItem(0);
    EXPECT_TRUE(alert->GetLabel().empty());
    frame_->program()->selectItem(1);
    typeInto(frame_->program()->doseField(1)->text(), "3");
    frame_->refreshPreviewNow();
    EXPECT_TRUE(alert->GetLabel().StartsWith("For you: "));
}

// An exercise with a therapist alert shows it as soon as it is added (loaded forward bending
// and weak bones), and the alert never prints for the patient.
TEST_F(DoseTypingTest, AnAddedExerciseShowsItsAlertAndTheHandoutDoesNot) {
    frame_->addExercise("bridge");
    frame_->addExercise("seated-forward-bend");
    frame_->refreshPreviewNow();
    settle();
    auto* alert = frame_->program()->alertLine();
    EXPECT_TRUE(alert->GetLabel().StartsWith("For you: ")) << alert->GetLabel();
    EXPECT_NE(alert->GetLabel().Lower().Find("osteoporo"), wxNOT_FOUND) << alert->GetLabel();
    auto pdf = dir_ / "alert.pdf";
    ASSERT_TRUE(frame_->exportPdf(pdf));
    const std::string text = pdfText(pdf);
    EXPECT_NE(text.find("Seated forward bend"), std::string::npos);
    EXPECT_EQ(text.find("steoporo"), std::string::npos) << text;
}

TEST_F(DoseTypingTest, LogWeeksRefuseTooManyWithAMessage) {
    frame_->addExercise("bridge");
    auto* weeks = frame_->program()->logWeeksField();
    frame_->program()->showPageOf(weeks);
    settle();
    typeInto(weeks->text(), "3");
    EXPECT_EQ(frame_->editor().program().handout.log_weeks, 3);
    typeInto(weeks->text(), "12", false);
    EXPECT_EQ(frame_->editor().program().handout.log_weeks, 3);
    EXPECT_NE(weeks->problem().Find("12 is more than 4 weeks"), wxNOT_FOUND);
}

}  // namespace
}  // namespace hep::gui
