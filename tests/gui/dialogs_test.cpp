// Tests of the dialogs (template manager, exercise editor, preferences) under Xvfb; the main
// is gui_test_main.cpp.
#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/bitmap.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dcclient.h>
#include <wx/dcmemory.h>
#include <wx/fileconf.h>
#include <wx/image.h>
#include <wx/listctrl.h>
#include <wx/log.h>
#include <wx/spinctrl.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>
#include <wx/utils.h>

#include <cstdlib>
#include <functional>
#include <map>
#include <regex>
#include <utility>

#include "app/gui/app_services.h"
#include "app/gui/dialogs.h"
#include "app/gui/exercise_editor_dialog.h"
#include "app/gui/exercise_editor_text.h"
#include "app/gui/help_dialogs.h"
#include "app/gui/number_field.h"
#include "app/gui/preferences_dialog.h"
#include "app/gui/template_manager_dialog.h"
#include "app/gui/template_picker_dialog.h"
#include "app/gui/wx_text.h"
#include "core/errors.h"
#include "images/image_decode.h"
#include "tests/gui/fake_prompts.h"
#include "tests/gui/gui_test_support.h"
#include "tests/support/test_support.h"

namespace hep::gui {
namespace {

using test::processEvents;
using test::runWithKeys;

// The shared fake prompts, also keeping the file names suggested when saving.
class FakePrompts : public test::FakePrompts {
  public:
    std::vector<wxString> suggested;

    std::optional<wxString> savePath(wxWindow* parent, const wxString& title,
                                     const wxString& wildcard, const wxString& name) override {
        suggested.push_back(name);
        return test::FakePrompts::savePath(parent, title, wildcard, name);
    }
};

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

class DialogsTest : public ::testing::Test {
  protected:
    hep::test::TempDir dir;
    AppServices services{dir / "hep.db"};
    FakePrompts prompts;

    std::string firstBuiltinTemplate() {
        for (const auto& t : services.templates().list()) {
            if (t.builtin) {
                return t.id;
            }
        }
        ADD_FAILURE() << "no built-in template";
        return "";
    }

    // A custom exercise that passes checkExercise.
    static Exercise wallPushUp() {
        Exercise e;
        e.id = "wall-push-up";
        e.name = "Wall push-up";
        e.category = "strengthening";
        e.position = "standing";
        e.equipment = {"wall"};
        e.purpose = "Makes your arms and chest stronger.";
        e.steps = {"Stand an arm's length from a wall.", "Put your hands flat on the wall.",
                   "Bend your elbows and lean in.", "Push back out."};
        e.feel = "your arms and chest working";
        e.stop_if = "your shoulder hurts";
        e.default_dose.reps = 10;
        e.default_dose.times_per_day = 2;
        return e;
    }

    static void fillNewExercise(ExerciseEditorDialog& d) {
        d.nameField()->SetValue("Wall push-up");
        d.setCategory("strengthening");
        d.setPosition("standing");
        d.setEquipment({"wall"});
        d.purposeField()->SetValue("Makes your arms and chest stronger.");
        d.stepsField()->SetValue(
            "1. Stand an arm's length from a wall.\n2. Put your hands flat on the wall.\n\n"
            "3. Bend your elbows and lean in.\n4. Push back out.\n");
        d.feelField()->SetValue("your arms and chest working");
        d.stopIfField()->SetValue("your shoulder hurts");
        d.setDose("reps", 10);
        d.setDose("times_per_day", 2);
    }
};

// ---- Template manager ----

TEST_F(DialogsTest, BuiltInTemplatesCannotBeRenamedOrDeleted) {
    TemplateManagerDialog d(nullptr, services, prompts);
    std::string id = firstBuiltinTemplate();
    std::string name = services.templates().get(id).name;
    ASSERT_TRUE(d.selectTemplate(id));
    EXPECT_FALSE(d.renameButton()->IsEnabled());
    EXPECT_FALSE(d.deleteButton()->IsEnabled());
    EXPECT_NE(utf8(d.renameButton()->GetToolTipText()).find("duplicate it to change it"),
              std::string::npos);
    EXPECT_EQ(utf8(d.list()->GetItemText(d.list()->GetFirstSelected(), 2)), "built in");

    EXPECT_FALSE(d.rename("Something else"));
    ASSERT_EQ(prompts.errors.size(), 1u);  // the model's message
    EXPECT_NE(utf8(prompts.errors[0]).find("cannot be renamed"), std::string::npos);
    EXPECT_FALSE(d.remove());
    EXPECT_EQ(services.templates().get(id).name, name);
}

TEST_F(DialogsTest, RenameDuplicateDeleteExportImportRoundTrip) {
    TemplateManagerDialog d(nullptr, services, prompts);
    std::string original = firstBuiltinTemplate();
    ASSERT_TRUE(d.selectTemplate(original));

    auto copy = d.duplicate("My knee plan");
    ASSERT_TRUE(copy.has_value());
    EXPECT_EQ(d.selectedId(), copy);
    EXPECT_TRUE(d.renameButton()->IsEnabled());
    EXPECT_TRUE(d.deleteButton()->IsEnabled());
    long row = d.list()->GetFirstSelected();
    EXPECT_EQ(utf8(d.list()->GetItemText(row, 0)), "My knee plan");
    EXPECT_EQ(utf8(d.list()->GetItemText(row, 2)), "yours");
    EXPECT_EQ(services.templates().get(*copy).items, services.templates().get(original).items);

    ASSERT_TRUE(d.rename("Knee plan for Sam"));
    EXPECT_EQ(services.templates().get(*copy).name, "Knee plan for Sam");
    EXPECT_FALSE(d.rename("  "));  // the model refuses an empty name
    EXPECT_EQ(utf8(prompts.errors.back()), "The new name is empty.");
    prompts.errors.clear();

    auto file = dir / "exported.json";
    prompts.paths.push_back(wx(file.string()));
    ASSERT_TRUE(d.exportSelected());
    EXPECT_EQ(utf8(prompts.suggested.back()), *copy + ".json");
    EXPECT_TRUE(std::filesystem::exists(file));

    prompts.confirms.push_back(false);  // "no": nothing is deleted
    EXPECT_FALSE(d.remove());
    EXPECT_TRUE(services.templates().find(*copy).has_value());
    prompts.confirms.push_back(true);
    ASSERT_TRUE(d.remove());
    EXPECT_NE(utf8(prompts.questions.back()).find("Knee plan for Sam"), std::string::npos);
    EXPECT_FALSE(services.templates().find(*copy).has_value());

    prompts.paths.push_back(wx(file.string()));
    auto imported = d.importFromFile();
    ASSERT_TRUE(imported.has_value());
    EXPECT_EQ(*imported, *copy);
    EXPECT_EQ(d.selectedId(), imported);
    EXPECT_EQ(services.templates().get(*imported).name, "Knee plan for Sam");
    EXPECT_TRUE(prompts.errors.empty());

    // Importing it again: the model says the id is in use, and nothing changes.
    std::size_t count = d.templates().size();
    prompts.paths.push_back(wx(file.string()));
    EXPECT_FALSE(d.importFromFile().has_value());
    ASSERT_EQ(prompts.errors.size(), 1u);
    EXPECT_NE(utf8(prompts.errors[0]).find("already in the catalogue"), std::string::npos);
    EXPECT_EQ(d.templates().size(), count);
}

TEST_F(DialogsTest, ImportingABadFileShowsTheModelsMessage) {
    TemplateManagerDialog d(nullptr, services, prompts);
    auto file = dir / "broken.json";
    hep::test::writeText(file, "{ not json");
    std::size_t count = d.templates().size();
    prompts.paths.push_back(wx(file.string()));
    EXPECT_FALSE(d.importFromFile().has_value());
    ASSERT_EQ(prompts.errors.size(), 1u);
    EXPECT_NE(utf8(prompts.errors[0]).find("broken.json"), std::string::npos);
    EXPECT_EQ(d.templates().size(), count);

    // Cancelling the file chooser does nothing and says nothing.
    EXPECT_FALSE(d.importFromFile().has_value());
    EXPECT_EQ(prompts.errors.size(), 1u);
}

// ---- Exercise editor ----

TEST(ExerciseEditorText, LinesDropListMarkersAndBlankLines) {
    using editor_text::linesOf;
    EXPECT_EQ(linesOf("1. Lie down.\r\n\n  2) Bend your knees. \n- Rest.\n* Again.\n"),
              (std::vector<std::string>{"Lie down.", "Bend your knees.", "Rest.", "Again."}));
    EXPECT_EQ(linesOf("20 times is fine.\n3.5 cm\n-1"),
              (std::vector<std::string>{"20 times is fine.", "3.5 cm", "-1"}));
    EXPECT_TRUE(linesOf(" \n\n").empty());
}

TEST(ExerciseEditorText, FieldsInPlainWords) {
    using editor_text::plainField;
    EXPECT_EQ(utf8(plainField("steps[2]")), "Step 3");
    EXPECT_EQ(utf8(plainField("cautions[0]")), "Caution 1");
    EXPECT_EQ(utf8(plainField("stop_if")), "Stop if");
    EXPECT_EQ(utf8(plainField("dose.hold_seconds")), "Default dose, hold (seconds)");
    EXPECT_EQ(utf8(editor_text::plainWord("hands-knees")), "On hands and knees");
    EXPECT_EQ(utf8(editor_text::plainWord("walker")), "Walker");
}

TEST_F(DialogsTest, EditorShowsTheReadingGradeAndWarnsAboveGrade8) {
    ExerciseEditorDialog d(nullptr, services, prompts, nullptr);
    EXPECT_NE(utf8(d.gradeLabel()->GetLabel()).find("as you type"), std::string::npos);
    fillNewExercise(d);
    std::string label = utf8(d.gradeLabel()->GetLabel());
    EXPECT_EQ(label.rfind("Reading level: ", 0), 0u) << label;
    EXPECT_NE(label.find("grade"), std::string::npos) << label;
    EXPECT_NE(label.find("(good)"), std::string::npos) << label;
    EXPECT_FALSE(d.gradeWarns());

    d.purposeField()->SetValue(
        "Progressive neuromuscular reconditioning facilitates considerably improved functional "
        "independence, cardiovascular endurance and musculoskeletal coordination throughout "
        "everyday occupational activities.");
    label = utf8(d.gradeLabel()->GetLabel());
    EXPECT_TRUE(d.gradeWarns());
    EXPECT_TRUE(std::regex_search(label, std::regex("grade [0-9]+\\.[0-9]: shorter sentences and "
                                                    "words will help patients")))
        << label;
    EXPECT_NE(d.gradeLabel()->GetForegroundColour(), d.GetForegroundColour());

    d.purposeField()->SetValue("Makes your arms strong.");
    EXPECT_FALSE(d.gradeWarns());
}

TEST_F(DialogsTest, EditorShowsTheDoseAsThePatientReadsIt) {
    ExerciseEditorDialog d(nullptr, services, prompts, nullptr);
    EXPECT_EQ(utf8(d.doseLabel()->GetLabel()), "No default dose.");
    d.setDose("reps", 10);
    d.sideChoice()->SetSelection(1);  // each side
    d.updateLiveText();
    std::string label = utf8(d.doseLabel()->GetLabel());
    EXPECT_NE(label.find("10 times on each side"), std::string::npos) << label;
}

TEST_F(DialogsTest, EditorRefusesTwoStepsAndSavesNothing) {
    std::size_t count = services.catalogue().count();
    ExerciseEditorDialog d(nullptr, services, prompts, nullptr);
    fillNewExercise(d);
    d.stepsField()->SetValue("Stand at a wall.\nPush.");
    EXPECT_FALSE(d.save().has_value());
    ASSERT_EQ(prompts.errors.size(), 1u);
    EXPECT_NE(utf8(prompts.errors[0]).find("Steps: has 2 steps; 3 to 7 are allowed"),
              std::string::npos)
        << utf8(prompts.errors[0]);
    EXPECT_EQ(services.catalogue().count(), count);
    EXPECT_FALSE(services.catalogue().find("wall-push-up").has_value());
}

TEST_F(DialogsTest, EditorNamesEveryProblemInPlainWords) {
    ExerciseEditorDialog d(nullptr, services, prompts, nullptr);
    d.nameField()->SetValue("Wall push-up");
    d.stepsField()->SetValue("One.\nTwo.\nThree.\n4. \n");
    EXPECT_FALSE(d.save().has_value());
    ASSERT_EQ(prompts.errors.size(), 1u);
    std::string message = utf8(prompts.errors[0]);
    for (const char* part :
         {"Category: choose one from the list", "Position: choose one from the list",
          "Why it helps: is empty", "You should feel: is empty", "Stop if: is empty"}) {
        EXPECT_NE(message.find(part), std::string::npos) << part << " in " << message;
    }
    EXPECT_EQ(message.find("stop_if"), std::string::npos) << message;
}

// Limits are enforced with a message, never by cutting what was typed or pasted.
TEST_F(DialogsTest, EditorRefusesANameOverItsLimitWithoutCuttingIt) {
    ExerciseEditorDialog d(nullptr, services, prompts, nullptr);
    fillNewExercise(d);
    const std::string long_name(130, 'w');
    d.nameField()->SetValue(wx(long_name));  // as a paste
    EXPECT_EQ(utf8(d.nameField()->GetValue()), long_name);
    EXPECT_FALSE(d.save().has_value());
    ASSERT_EQ(prompts.errors.size(), 1u);
    EXPECT_NE(utf8(prompts.errors[0]).find("Name: is too long (130 characters; at most 120)"),
              std::string::npos)
        << utf8(prompts.errors[0]);
    EXPECT_FALSE(services.catalogue().find("wall-push-up").has_value());
}

TEST_F(DialogsTest, EditorSavesANewExerciseThatTheCatalogueFinds) {
    ExerciseEditorDialog d(nullptr, services, prompts, nullptr);
    fillNewExercise(d);
    auto saved = d.save();
    ASSERT_TRUE(saved.has_value()) << (prompts.errors.empty() ? "" : utf8(prompts.errors[0]));
    EXPECT_TRUE(prompts.errors.empty());
    EXPECT_EQ(saved->id, "wall-push-up");
    auto found = services.catalogue().find("wall-push-up");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(*found, wallPushUp());  // list numbers dropped, blank lines skipped

    // A second exercise of the same name gets its own id.
    ExerciseEditorDialog again(nullptr, services, prompts, nullptr);
    fillNewExercise(again);
    auto second = again.save();
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(second->id, "wall-push-up-2");
}

TEST_F(DialogsTest, EditorAddsPhotosAndRefusesWhatIsNotAPicture) {
    RgbImage image;
    image.width = 40;
    image.height = 30;
    image.pixels.assign(std::size_t{40} * 30 * 3, 120);
    hep::test::writeText(dir / "start.png", encodePng(image));
    hep::test::writeText(dir / "notes.txt", "not a picture");
    ExerciseEditorDialog d(nullptr, services, prompts, nullptr);
    fillNewExercise(d);
    prompts.paths.push_back(wx((dir / "notes.txt").string()));
    EXPECT_FALSE(d.choosePhoto(0));
    ASSERT_EQ(prompts.errors.size(), 1u);
    EXPECT_NE(prompts.errors[0].Find("is a text file"), wxNOT_FOUND) << utf8(prompts.errors[0]);
    prompts.paths.push_back(wx((dir / "start.png").string()));
    EXPECT_TRUE(d.choosePhoto(0));
    prompts.paths.push_back(wx((dir / "start.png").string()));
    EXPECT_TRUE(d.choosePhoto(1));
    EXPECT_EQ(d.photos().size(), 2u);
    auto saved = d.save();
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(services.catalogue().get(saved->id).photos.size(), 2u);
    d.clearPhotos();
    EXPECT_TRUE(d.photos().empty());
}

TEST_F(DialogsTest, EditorEditsAnExistingCustomExercise) {
    Exercise original = wallPushUp();
    original.conditions = {"lumbar-spinal-stenosis"};
    original.therapist_alert = "Check the shoulder first.";
    services.catalogue().addCustom(original);

    ExerciseEditorDialog d(nullptr, services, prompts, &original);
    EXPECT_EQ(utf8(d.nameField()->GetValue()), "Wall push-up");
    EXPECT_EQ(utf8(d.stepsField()->GetValue()),
              "Stand an arm's length from a wall.\nPut your hands flat on the wall.\n"
              "Bend your elbows and lean in.\nPush back out.");
    EXPECT_EQ(d.exercise(), original);  // nothing changed yet

    d.nameField()->SetValue("Wall push-up, slow");
    d.cautionsField()->SetValue("Keep your back straight.");
    d.setDose("reps", 8);
    auto saved = d.save();
    ASSERT_TRUE(saved.has_value()) << (prompts.errors.empty() ? "" : utf8(prompts.errors[0]));
    Exercise found = services.catalogue().get("wall-push-up");  // same id
    EXPECT_EQ(found.name, "Wall push-up, slow");
    EXPECT_EQ(found.cautions, std::vector<std::string>{"Keep your back straight."});
    EXPECT_EQ(found.default_dose.reps, 8);
    EXPECT_EQ(found.conditions, original.conditions);  // fields the editor does not show stay
    EXPECT_EQ(found.therapist_alert, original.therapist_alert);
}

TEST_F(DialogsTest, BuiltInExercisesCannotBeEdited) {
    Exercise builtin = services.catalogue().all().front();
    ASSERT_TRUE(builtin.builtin);
    EXPECT_FALSE(showExerciseEditor(nullptr, services, prompts, &builtin).has_value());
    ASSERT_EQ(prompts.errors.size(), 1u);
    EXPECT_NE(utf8(prompts.errors[0]).find("built-in exercise"), std::string::npos);

    ExerciseEditorDialog d(nullptr, services, prompts, &builtin);  // guarded on save too
    EXPECT_FALSE(d.save().has_value());
    EXPECT_EQ(prompts.errors.size(), 2u);
    EXPECT_EQ(services.catalogue().get(builtin.id), builtin);
}

// ---- Preferences ----

Preferences samplePreferences() {
    Preferences p;
    p.clinic = {"Riverside Physical Therapy", "555-0100", "12 River Road, Springfield"};
    p.therapist = "Alex Rivera, PT, DPT";
    p.handout.paper = Paper::A4;
    p.handout.large_print = true;
    p.handout.education = false;
    p.handout.log_weeks = 3;
    p.remember_patients_in_recent_files = false;
    return p;
}

void expectSame(const Preferences& a, const Preferences& b) {
    EXPECT_EQ(a.clinic, b.clinic);
    EXPECT_EQ(a.logo_path, b.logo_path);
    EXPECT_EQ(a.therapist, b.therapist);
    EXPECT_EQ(a.handout, b.handout);
    EXPECT_EQ(a.remember_patients_in_recent_files, b.remember_patients_in_recent_files);
}

TEST_F(DialogsTest, PreferencesSaveToTheirFileAndSayWhenTheyCannot) {
    const Preferences p = samplePreferences();
    const wxString file = wx((dir / "config").string());
    {
        wxFileConfig config("hepstudio-test", "", file, "", wxCONFIG_USE_LOCAL_FILE);
        EXPECT_TRUE(p.save(config, services.storage()));
    }
    wxFileConfig again("hepstudio-test", "", file, "", wxCONFIG_USE_LOCAL_FILE);
    expectSame(Preferences::load(again, services.storage()), p);
    // The clinic's details went to the storage, not to this user's file.
    EXPECT_EQ(services.storage().clinic(), p.clinic);
    EXPECT_FALSE(again.HasEntry("/Clinic/Name"));

    // The failed save says so through its result only: wx's own log of the failed flush would
    // be a second dialog in the window.
    struct Counter : wxLog {
        int messages = 0;
        void DoLogTextAtLevel(wxLogLevel, const wxString&) override { ++messages; }
    } counter;
    wxLog* old = wxLog::SetActiveTarget(&counter);
    auto nowhere = std::make_unique<wxFileConfig>("hepstudio-test", "",
                                                  wx((dir / "missing" / "config").string()), "",
                                                  wxCONFIG_USE_LOCAL_FILE);
    EXPECT_FALSE(p.save(*nowhere, services.storage()));
    wxLog::FlushActive();
    EXPECT_EQ(counter.messages, 0);
    wxLog::SetActiveTarget(old);
    wxLogNull quiet;  // its destructor flushes, and fails, once more
    nowhere.reset();
}

TEST_F(DialogsTest, TheClinicMovesFromTheOldSettingsToTheStorageOnce) {
    // Settings written before the clinic's details lived with the catalogue.
    const wxString file = wx((dir / "old-config").string());
    {
        wxFileConfig config("hepstudio-test", "", file, "", wxCONFIG_USE_LOCAL_FILE);
        ASSERT_TRUE(config.Write("/Clinic/Name", "Riverside Physical Therapy"));
        ASSERT_TRUE(config.Write("/Clinic/Phone", "555-0100"));
        ASSERT_TRUE(config.Write("/Clinic/EmergencyNumber", "112"));
        ASSERT_TRUE(config.Flush());
    }
    wxFileConfig config("hepstudio-test", "", file, "", wxCONFIG_USE_LOCAL_FILE);
    ASSERT_FALSE(services.storage().clinic().has_value());
    const Preferences p = Preferences::load(config, services.storage());
    EXPECT_EQ(p.clinic.phone, "555-0100");
    ASSERT_TRUE(services.storage().clinic().has_value());
    EXPECT_EQ(services.storage().clinic()->emergency_number, "112");
    // From then on the storage says: a change there is what the next window reads.
    Clinic moved = *services.storage().clinic();
    moved.phone = "555-0199";
    services.storage().setClinic(moved);
    EXPECT_EQ(Preferences::load(config, services.storage()).clinic.phone, "555-0199");
    // A bad value is refused with the field named, and nothing is written.
    moved.emergency_number = "";
    EXPECT_THROW(services.storage().setClinic(moved), InputError);
    EXPECT_EQ(services.storage().clinic()->emergency_number, "112");
}

TEST_F(DialogsTest, PreferencesFillFromAndWriteBackToPreferences) {
    Preferences p = samplePreferences();
    p.clinic.name = "Clínica Núñez";  // UTF-8 both ways
    PreferencesDialog d(nullptr, p, prompts);
    EXPECT_EQ(utf8(d.clinicName()->GetValue()), "Clínica Núñez");
    EXPECT_EQ(utf8(d.therapist()->GetValue()), "Alex Rivera, PT, DPT");
    EXPECT_EQ(d.paper()->GetSelection(), 1);
    EXPECT_TRUE(d.largePrint()->GetValue());
    EXPECT_FALSE(d.education()->GetValue());
    EXPECT_EQ(d.logWeeks()->number(), 3);
    EXPECT_FALSE(d.showPatientNames()->GetValue());
    expectSame(d.values(), p);  // unchanged fields come back as they were
}

TEST_F(DialogsTest, PreferencesReturnWhatWasChanged) {
    PreferencesDialog d(nullptr, Preferences{}, prompts);
    d.clinicName()->SetValue("  Hillside Clinic ");
    d.clinicPhone()->SetValue("555-0199");
    d.clinicAddress()->SetValue("1 Hill Street");
    d.therapist()->SetValue("Sam Lee, PT");
    d.paper()->SetSelection(1);
    d.largePrint()->SetValue(true);
    d.education()->SetValue(false);
    d.logWeeks()->setNumber(4);
    d.showPatientNames()->SetValue(false);
    Preferences p = d.values();
    EXPECT_EQ(p.clinic.name, "Hillside Clinic");
    EXPECT_EQ(p.clinic.phone, "555-0199");
    EXPECT_EQ(p.clinic.address, "1 Hill Street");
    EXPECT_EQ(p.therapist, "Sam Lee, PT");
    EXPECT_EQ(p.handout.paper, Paper::A4);
    EXPECT_TRUE(p.handout.large_print);
    EXPECT_FALSE(p.handout.education);
    EXPECT_EQ(p.handout.log_weeks, 4);
    EXPECT_FALSE(p.remember_patients_in_recent_files);
}

TEST_F(DialogsTest, PreferencesRefuseTextOverALimitWithoutCuttingIt) {
    PreferencesDialog d(nullptr, Preferences{}, prompts);
    const std::string long_name(250, 'c');
    d.clinicName()->SetValue(wx(long_name));
    d.therapist()->SetValue("Sam Lee, PT");
    EXPECT_EQ(utf8(d.clinicName()->GetValue()), long_name);
    EXPECT_FALSE(d.check());
    ASSERT_EQ(prompts.errors.size(), 1u);
    EXPECT_NE(
        utf8(prompts.errors[0]).find("Clinic name: is too long (250 characters; at most 200)"),
        std::string::npos)
        << utf8(prompts.errors[0]);
    d.clinicName()->SetValue("Hillside Clinic");
    EXPECT_TRUE(d.check());
}

TEST_F(DialogsTest, PreferencesCheckTheLogoWhenChosen) {
    Preferences p;
    p.logo_path = "/old/logo.png";
    PreferencesDialog d(nullptr, p, prompts);
    EXPECT_TRUE(d.clearButton()->IsEnabled());

    auto not_a_picture = dir / "notes.png";
    hep::test::writeText(not_a_picture, "These are my notes, not a picture.\n");
    prompts.paths.push_back(wx(not_a_picture.string()));
    EXPECT_FALSE(d.chooseLogo());
    ASSERT_EQ(prompts.errors.size(), 1u);
    EXPECT_NE(utf8(prompts.errors[0]).find("notes.png"), std::string::npos);
    EXPECT_EQ(d.values().logo_path, "/old/logo.png");

    auto logo = dir / "logo.png";
    RgbImage image{2, 2, std::vector<unsigned char>(12, 200), {}};
    std::string png = encodePng(image);
    hep::test::writeBytes(logo, std::vector<unsigned char>(png.begin(), png.end()));
    prompts.paths.push_back(wx(logo.string()));
    EXPECT_TRUE(d.chooseLogo());
    EXPECT_EQ(d.values().logo_path, logo.string());

    d.clearLogo();
    EXPECT_EQ(d.values().logo_path, "");
    EXPECT_FALSE(d.clearButton()->IsEnabled());
}

// ---- Keyboard and looks ----

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

namespace hep::gui {
namespace {

// Numbers typed in the dialogs are refused with what is wrong, never clamped or kept silently.
TEST_F(DialogsTest, AnExercisesDefaultDoseOverItsLimitIsRefusedNotClamped) {
    ExerciseEditorDialog d(nullptr, services, prompts, nullptr);
    fillNewExercise(d);
    EXPECT_EQ(runWithKeys(d,
                          [](wxUIActionSimulator& sim) {
                              sim.Char('h', wxMOD_ALT);  // Hold (seconds)
                              sim.Char('a', wxMOD_CONTROL);
                              sim.Text("9999");
                              sim.Char(WXK_RETURN);
                          }),
              -1);
    ASSERT_EQ(prompts.errors.size(), 1u);
    EXPECT_NE(prompts.errors[0].Find("Hold (seconds): 9999 is more than 600 seconds, the most."),
              wxNOT_FOUND)
        << prompts.errors[0];
    EXPECT_FALSE(services.catalogue().find("wall-push-up").has_value());
}

TEST_F(DialogsTest, PreferencesRefuseLogWeeksOverTheLimit) {
    PreferencesDialog d(nullptr, samplePreferences(), prompts);
    EXPECT_EQ(runWithKeys(d,
                          [](wxUIActionSimulator& sim) {
                              sim.Char('w', wxMOD_ALT);  // Exercise log, weeks
                              sim.Char('a', wxMOD_CONTROL);
                              sim.Text("9");
                              sim.Char(WXK_RETURN);
                          }),
              -1);
    ASSERT_EQ(prompts.errors.size(), 1u);
    EXPECT_NE(prompts.errors[0].Find("Exercise log: 9 is more than 4 weeks, the most."),
              wxNOT_FOUND)
        << prompts.errors[0];
}

}  // namespace
}  // namespace hep::gui

namespace hep::gui {
namespace {

// The clinic server's address is typed in Preferences: one holding a password is refused with
// where to put it instead; a good one is kept for the next start.
TEST_F(DialogsTest, PreferencesTakeAClinicServerWithoutAPassword) {
    {
        PreferencesDialog d(nullptr, samplePreferences(), prompts);
        EXPECT_EQ(runWithKeys(d,
                              [](wxUIActionSimulator& sim) {
                                  sim.Char('v', wxMOD_ALT);  // Server
                                  sim.Text("postgresql://ana:pw@db.clinic.local/hep");
                                  sim.Char(WXK_RETURN);
                              }),
                  -1);
        ASSERT_EQ(prompts.errors.size(), 1u);
        EXPECT_NE(prompts.errors[0].Find("Clinic server: it holds a password"), wxNOT_FOUND)
            << prompts.errors[0];
        EXPECT_NE(prompts.errors[0].Find("~/.pgpass"), wxNOT_FOUND) << prompts.errors[0];
    }
    PreferencesDialog d(nullptr, samplePreferences(), prompts);
    EXPECT_EQ(runWithKeys(d,
                          [](wxUIActionSimulator& sim) {
                              sim.Char('v', wxMOD_ALT);
                              sim.Text("postgresql://ana@db.clinic.local/hep");
                              sim.Char(WXK_RETURN);
                          }),
              wxID_OK);
    EXPECT_EQ(d.values().clinic_server, "postgresql://ana@db.clinic.local/hep");
}

}  // namespace
}  // namespace hep::gui
