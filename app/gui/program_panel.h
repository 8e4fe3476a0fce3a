// The program side of the window: who it is for, the chosen exercises with their doses (edited
// in place, with the sentence the patient will read), notes, instructions and handout options.
// A view of a ProgramEditor: every edit goes through it, so every edit can be undone.
#pragma once

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <array>
#include <functional>
#include <string>

#include "model/program_editor.h"
#include "model/program_file.h"

namespace hep::gui {

class ProgramPanel : public wxPanel {
  public:
    ProgramPanel(wxWindow* parent, ProgramEditor& editor, ExerciseLookup lookup);
    ~ProgramPanel() override;

    // Text dragged onto the list: "hep-item:N" moves item N there, "hep-exercise:ID" adds the
    // exercise there. x, y in the list's coordinates. Returns whether it was used.
    bool dropText(int x, int y, const std::string& text);
    // Called with (exercise id, index) when an exercise is dropped from the catalogue.
    std::function<void(const std::string&, std::size_t)> onDropExercise;

    long selectedItem() const;  // -1 when none
    void selectItem(long index);
    void moveSelected(int by);
    void removeSelected();

    wxListView* items() { return items_; }
    wxTextCtrl* patientField() { return patient_; }
    wxSpinCtrl* doseField(std::size_t field) { return dose_[field]; }  // doseFields() order
    wxStaticText* doseSentence() { return sentence_; }
    wxTextCtrl* noteField() { return note_; }
    wxStaticText* countLine() { return count_; }

  private:
    void syncFromProgram();
    void syncItemEditor();
    void editDose();
    std::string exerciseName(const std::string& id) const;

    ProgramEditor& editor_;
    ExerciseLookup lookup_;
    std::size_t subscription_ = 0;
    bool syncing_ = false;

    wxTextCtrl* patient_;
    wxDatePickerCtrl* date_;
    wxTextCtrl* therapist_;
    wxListView* items_;
    wxStaticText* count_;
    std::array<wxSpinCtrl*, 6> dose_{};
    wxChoice* side_;
    wxStaticText* sentence_;
    wxTextCtrl* note_;
    wxTextCtrl* instructions_;
    wxChoice* paper_;
    wxCheckBox* large_print_;
    wxCheckBox* education_;
    wxSpinCtrl* log_weeks_;
    wxWindow* item_editor_;
};

}  // namespace hep::gui
