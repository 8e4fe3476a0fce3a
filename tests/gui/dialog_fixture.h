// The fixture the dialog tests share (template manager, exercise editor, preferences): a
// folder with its own database, and prompts that also keep the file names suggested for saving.
#pragma once

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

namespace hep::gui::test {

// The shared fake prompts, also keeping the file names suggested when saving.
class DialogPrompts : public FakePrompts {
  public:
    std::vector<wxString> suggested;

    std::optional<wxString> savePath(wxWindow* parent, const wxString& title,
                                     const wxString& wildcard, const wxString& name) override {
        suggested.push_back(name);
        return FakePrompts::savePath(parent, title, wildcard, name);
    }
};

// Each test gets its own folder and database, and prompts that answer from queues.
class DialogsTest : public ::testing::Test {
  protected:
    hep::test::TempDir dir;
    AppServices services{dir / "hep.db"};
    DialogPrompts prompts;

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

    // Preferences unlike the defaults in every field.
    static Preferences samplePreferences() {
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
};

}  // namespace hep::gui::test
