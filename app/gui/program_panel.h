// The program side of the window: who it is for, the chosen exercises with their doses (typed in
// place, with the sentence the patient will read), notes, instructions and handout options.
// A view of a ProgramEditor: every edit goes through it, so every edit can be undone. It scrolls
// when the window is too small to show it whole.
#pragma once

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/scrolwin.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <array>
#include <functional>
#include <string>

#include "app/gui/number_field.h"
#include "core/program_editor.h"
#include "files/program_file.h"

namespace hep::gui {

class ConditionChoice;

class ProgramPanel : public wxScrolledWindow {
  public:
    ProgramPanel(wxWindow* parent, ProgramEditor& editor, ExerciseLookup lookup);
    // A field that loses the focus while the window closes must not call back into it.
    ~ProgramPanel() override;

    // Text dragged onto the list: "hep-item:N" moves item N there, "hep-exercise:ID" adds the
    // exercise there. x, y in the list's coordinates. Returns whether it was used.
    bool dropText(int x, int y, const std::string& text);
    // Called with (exercise id, index) when an exercise is dropped from the catalogue.
    std::function<void(const std::string&, std::size_t)> onDropExercise;
    // Called when the user asks for the context menu of the list (right click, Menu key).
    std::function<void()> onListMenu;

    long selectedItem() const;  // -1 when none
    void selectItem(long index);
    void moveSelected(int by);
    void removeSelected();
    // The rows of the program list that can be seen at once.
    int visibleRows() const;
    // Names the condition the handout is for ("" for none) and the one its exercises share.
    void showCondition(const wxString& name, const wxString& shared);
    ConditionChoice* conditionChoice() { return condition_; }
    // Shows the page of the notebook that holds the window (the dose, instructions, handout).
    void showPageOf(wxWindow* control);

    wxListView* items() { return items_; }
    wxTextCtrl* patientField() { return patient_; }
    wxTextCtrl* therapistField() { return therapist_; }
    wxDatePickerCtrl* dateField() { return date_; }
    wxCheckBox* dateBox() { return has_date_; }
    NumberField* doseField(std::size_t field) { return dose_[field]; }  // doseFields() order
    wxChoice* sideField() { return side_; }
    wxStaticText* doseSentence() { return sentence_; }
    wxStaticText* doseProblem() { return problem_; }
    wxStaticText* alertLine() { return alert_; }
    wxTextCtrl* noteField() { return note_; }
    wxTextCtrl* instructionsField() { return instructions_; }
    wxCheckBox* educationBox() { return education_; }
    NumberField* logWeeksField() { return log_weeks_; }
    wxStaticText* countLine() { return count_; }

  private:
    void buildWho(wxSizer* sizer);
    void buildList(wxSizer* sizer);
    void fitColumns();
    wxWindow* buildDosePage(wxWindow* parent);
    wxWindow* buildInstructionsPage(wxWindow* parent);
    wxWindow* buildHandoutPage(wxWindow* parent);
    void bindEdits();
    void syncFromProgram();
    void syncItemEditor();
    void editDose(const wxString& problem);

    ProgramEditor& editor_;
    ExerciseLookup lookup_;
    Subscription subscription_;
    bool syncing_ = false;

    wxTextCtrl* patient_;
    wxCheckBox* has_date_;
    wxDatePickerCtrl* date_;
    wxTextCtrl* therapist_;
    wxListView* items_;
    wxStaticText* count_;
    wxNotebook* pages_;
    std::array<NumberField*, 6> dose_{};
    wxChoice* side_;
    wxStaticText* alert_;
    wxStaticText* problem_;
    wxStaticText* sentence_;
    wxTextCtrl* note_;
    wxTextCtrl* instructions_;
    wxChoice* paper_;
    wxCheckBox* large_print_;
    wxCheckBox* education_;
    NumberField* log_weeks_;
    wxStaticText* handout_problem_;
    ConditionChoice* condition_;
};

}  // namespace hep::gui
