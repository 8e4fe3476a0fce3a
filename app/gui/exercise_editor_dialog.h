// New Exercise / Edit Exercise: the therapist's own exercises, with their reading grade as typed.
#pragma once

#include <wx/dialog.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/gui/app_services.h"
#include "app/gui/user_prompts.h"
#include "core/exercise.h"

class wxCheckListBox;
class wxChoice;
class wxSizer;
class wxStaticText;
class wxTextCtrl;

namespace hep::gui {

class NumberField;

class ExerciseEditorDialog : public wxDialog {
  public:
    // existing: the custom exercise to edit, or nullptr for a new one.
    ExerciseEditorDialog(wxWindow* parent, AppServices& services, UserPrompts& prompts,
                         const Exercise* existing);
    // A dose field that loses the focus while the dialog closes must not call back into it.
    ~ExerciseEditorDialog() override;

    // The exercise as the fields describe it now. A new exercise gets an id made from its name.
    Exercise exercise() const;

    // What OK does: checks the exercise and shows its problems (the dialog stays open), or saves
    // it to the catalogue. Returns the saved exercise, or nullopt when nothing was saved.
    std::optional<Exercise> save();
    const std::optional<Exercise>& saved() const { return saved_; }

    // Photos (start, finish): choosePhoto asks for a picture file (through UserPrompts) and
    // imports it with every check of the model, showing its message when it is refused.
    bool choosePhoto(std::size_t slot);
    void clearPhotos();
    const std::vector<PhotoBytes>& photos() const { return photos_; }

    // Updates the dose sentence and the reading grade (the fields do it as the user types).
    void updateLiveText();

    // The fields, for tests. Vocabulary words (category, position, equipment) are the model's.
    void setCategory(std::string_view word);
    void setPosition(std::string_view word);
    void setEquipment(const std::vector<std::string>& words);
    void setDose(std::string_view field, int value);  // 0: not used
    wxTextCtrl* nameField() { return name_; }
    wxTextCtrl* purposeField() { return purpose_; }
    wxTextCtrl* stepsField() { return steps_; }
    wxTextCtrl* feelField() { return feel_; }
    wxTextCtrl* stopIfField() { return stop_if_; }
    wxTextCtrl* cautionsField() { return cautions_; }
    wxChoice* sideChoice() { return side_; }
    wxStaticText* gradeLabel() { return grade_; }
    wxStaticText* doseLabel() { return dose_text_; }
    bool gradeWarns() const { return grade_warns_; }

  private:
    wxSizer* buildTextFields();
    wxSizer* buildSideColumn();
    void fill(const Exercise& e);
    wxWindow* fieldWindow(const std::string& field);

    AppServices& services_;
    UserPrompts& prompts_;
    std::optional<Exercise> existing_;
    std::optional<Exercise> saved_;
    bool grade_warns_ = false;

    wxTextCtrl* name_ = nullptr;
    wxChoice* category_ = nullptr;
    wxChoice* position_ = nullptr;
    wxTextCtrl* purpose_ = nullptr;
    wxTextCtrl* steps_ = nullptr;
    wxTextCtrl* feel_ = nullptr;
    wxTextCtrl* stop_if_ = nullptr;
    wxTextCtrl* cautions_ = nullptr;
    wxCheckListBox* equipment_ = nullptr;
    std::vector<NumberField*> dose_;  // in the order of doseFields()
    std::vector<PhotoBytes> photos_;  // PNG, start then finish
    wxStaticText* photos_label_ = nullptr;
    void showPhotos();
    wxChoice* side_ = nullptr;
    wxStaticText* dose_text_ = nullptr;
    wxStaticText* grade_ = nullptr;
};

}  // namespace hep::gui
