// Tests of what every dialog shares under Xvfb: distinct mnemonics, Enter and Escape, and
// screenshots for the eye; the main is gui_test_main.cpp.
#include "tests/gui/dialog_fixture.h"

namespace hep::gui {
namespace {

using test::DialogsTest;
using test::processEvents;
using test::runWithKeys;

// Shows a window, lets it draw, and saves its client area as a PNG in the folder named by
// HEP_GUI_SCREENSHOTS (nothing when unset).
void screenshot(wxWindow& window, const std::string& name) {
    const char* folder = std::getenv("HEP_GUI_SCREENSHOTS");
    if (!folder) {
        return;
    }
    window.Show();
    window.Raise();
    for (int i = 0; i < 30; ++i) {
        wxYield();
        wxMilliSleep(20);
    }
    wxClientDC screen(&window);
    wxSize size = window.GetClientSize();
    wxBitmap bitmap(size);
    wxMemoryDC memory(bitmap);
    memory.Blit(0, 0, size.x, size.y, &screen, 0, 0);
    memory.SelectObject(wxNullBitmap);
    std::string path = std::string(folder) + "/" + name + ".png";
    EXPECT_TRUE(bitmap.SaveFile(wx(path), wxBITMAP_TYPE_PNG)) << path;
    window.Hide();
}

// The mnemonic letters of a window's labels (static texts, buttons, check boxes, boxes), which
// must not clash.
void collectMnemonics(wxWindow* window, std::map<wxChar, std::vector<wxString>>& letters) {
    for (wxWindow* child : window->GetChildren()) {
        wxString label = child->GetLabel();
        if (dynamic_cast<wxStaticText*>(child) || dynamic_cast<wxButton*>(child) ||
            dynamic_cast<wxCheckBox*>(child)) {
            int amp = label.Find('&');
            if (amp != wxNOT_FOUND && amp + 1 < static_cast<int>(label.size())) {
                letters[wxToupper(label[amp + 1])].push_back(label);
            }
        }
        collectMnemonics(child, letters);
    }
}

void expectUniqueMnemonics(wxWindow* window) {
    std::map<wxChar, std::vector<wxString>> letters;
    collectMnemonics(window, letters);
    EXPECT_GT(letters.size(), 3u);
    for (const auto& [letter, labels] : letters) {
        EXPECT_EQ(labels.size(), 1u) << "&" << utf8(wxString(letter)) << " is used by "
                                     << utf8(labels.front()) << " and " << utf8(labels.back());
    }
}

TEST_F(DialogsTest, EveryDialogHasDistinctMnemonics) {
    TemplateManagerDialog manager(nullptr, services, prompts);
    expectUniqueMnemonics(&manager);
    ExerciseEditorDialog editor(nullptr, services, prompts, nullptr);
    expectUniqueMnemonics(&editor);
    PreferencesDialog preferences(nullptr, samplePreferences(), prompts);
    expectUniqueMnemonics(&preferences);
}

TEST_F(DialogsTest, EnterIsOkEscapeIsCancelAndMnemonicsMoveTheFocus) {
    {
        PreferencesDialog d(nullptr, samplePreferences(), prompts);
        EXPECT_EQ(runWithKeys(d, [](wxUIActionSimulator& sim) { sim.Char(WXK_ESCAPE); }),
                  wxID_CANCEL);
    }
    {
        PreferencesDialog d(nullptr, samplePreferences(), prompts);
        EXPECT_EQ(runWithKeys(d,
                              [](wxUIActionSimulator& sim) {
                                  sim.Char('m', wxMOD_ALT);  // the therapist's name
                                  sim.Text("Sam Lee");
                                  sim.Char(WXK_RETURN);
                              }),
                  wxID_OK);
        EXPECT_EQ(d.values().therapist, "Sam Lee");
    }
    {
        TemplateManagerDialog d(nullptr, services, prompts);
        EXPECT_EQ(runWithKeys(d, [](wxUIActionSimulator& sim) { sim.Char(WXK_ESCAPE); }),
                  wxID_CLOSE);
    }
    {
        ExerciseEditorDialog d(nullptr, services, prompts, nullptr);
        fillNewExercise(d);
        EXPECT_EQ(runWithKeys(d,
                              [](wxUIActionSimulator& sim) {
                                  sim.Char('i', wxMOD_ALT);  // Stop if
                                  sim.Char(WXK_END);
                                  sim.Text(" or tingles");
                                  sim.Char(WXK_RETURN);
                              }),
                  wxID_OK);
        auto saved = services.catalogue().find("wall-push-up");
        ASSERT_TRUE(saved.has_value());
        EXPECT_EQ(saved->stop_if, "your shoulder hurts or tingles");
    }
}

TEST_F(DialogsTest, Screenshots) {
    TemplateManagerDialog manager(nullptr, services, prompts);
    manager.selectTemplate(firstBuiltinTemplate());
    screenshot(manager, "template-manager");
    manager.duplicate("My knee plan");
    screenshot(manager, "template-manager-yours");

    ExerciseEditorDialog editor(nullptr, services, prompts, nullptr);
    fillNewExercise(editor);
    editor.cautionsField()->SetValue("Keep your back straight.");
    editor.sideChoice()->SetSelection(0);
    editor.updateLiveText();
    screenshot(editor, "exercise-editor");
    editor.purposeField()->SetValue(
        "Progressive neuromuscular reconditioning facilitates considerably improved functional "
        "independence, cardiovascular endurance and musculoskeletal coordination throughout "
        "everyday occupational activities.");
    screenshot(editor, "exercise-editor-warning");

    PreferencesDialog preferences(nullptr, samplePreferences(), prompts);
    screenshot(preferences, "preferences");

    TemplatePickerDialog picker(nullptr, services, true, true);
    screenshot(picker, "template-picker");
    GettingStartedDialog guide(nullptr);
    screenshot(guide, "getting-started");
}

}  // namespace
}  // namespace hep::gui
