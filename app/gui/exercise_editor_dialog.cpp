#include "app/gui/exercise_editor_dialog.h"

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <exception>

#include "app/gui/dialogs.h"
#include "app/gui/exercise_editor_parts.h"
#include "app/gui/exercise_editor_text.h"
#include "app/gui/number_field.h"
#include "app/gui/side_choices.h"
#include "app/gui/wx_text.h"
#include "core/dose_text.h"
#include "core/errors.h"
#include "images/photo.h"
#include "text/readability.h"

namespace hep::gui {

using namespace editor_text;
using namespace editor_parts;

ExerciseEditorDialog::ExerciseEditorDialog(wxWindow* parent, AppServices& services,
                                           UserPrompts& prompts, const Exercise* existing)
    : wxDialog(parent, wxID_ANY,
               existing ? "Edit Exercise: " + wx(existing->name) : wxString("New Exercise"),
               wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      services_(services),
      prompts_(prompts) {
    if (existing) {
        existing_ = *existing;
    }
    auto* left = new wxBoxSizer(wxVERTICAL);
    left->Add(buildTextFields(), 1, wxEXPAND);
    grade_ = new wxStaticText(this, wxID_ANY, "");
    grade_->SetFont(grade_->GetFont().Bold());
    left->Add(grade_, 0, wxEXPAND | wxTOP, 12);
    left->Add(hint(this, "Patients read best at grade 6 or lower; keep it at 8 or lower."), 0,
              wxEXPAND | wxTOP, 4);
    auto* columns = new wxBoxSizer(wxHORIZONTAL);
    columns->Add(left, 1, wxEXPAND | wxRIGHT, 16);
    columns->Add(buildSideColumn(), 0, wxEXPAND);

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(columns, 1, wxEXPAND | wxALL, 12);
    top->Add(CreateSeparatedButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM,
             12);
    SetSizerAndFit(top);

    if (existing) {
        fill(*existing);
    }
    updateLiveText();
    Bind(wxEVT_TEXT, [this](wxCommandEvent& e) {
        updateLiveText();
        e.Skip();
    });
    side_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { updateLiveText(); });
    Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent&) {
            if (save()) {
                EndModal(wxID_OK);
            }
        },
        wxID_OK);
    name_->SetFocus();
    CentreOnParent();
}

ExerciseEditorDialog::~ExerciseEditorDialog() {
    for (auto* number : dose_) {
        number->onChange = nullptr;
    }
}

void ExerciseEditorDialog::showPhotos() {
    if (photos_label_ == nullptr) {
        return;
    }
    photos_label_->SetLabel(photos_.empty() ? wxString("No photos: the handout shows no picture.")
                            : photos_.size() == 1 ? wxString("A start photo.")
                                                  : wxString("A start and a finish photo."));
}

bool ExerciseEditorDialog::choosePhoto(std::size_t slot) {
    auto path = prompts_.openPath(this, slot == 0 ? "Start photo" : "Finish photo",
                                  "Pictures (*.png;*.jpg;*.jpeg)|*.png;*.jpg;*.jpeg;*.PNG;*.JPG;"
                                  "*.JPEG|All files|*");
    if (!path) {
        return false;
    }
    try {
        std::string png = importPhoto(std::filesystem::path(utf8(*path)));
        if (slot == 0 && !photos_.empty()) {
            photos_[0] = png;
        } else if (slot == 0 || photos_.empty()) {
            photos_.insert(photos_.begin(), png);
        } else if (photos_.size() >= 2) {
            photos_[1] = png;
        } else {
            photos_.push_back(png);
        }
        showPhotos();
        return true;
    } catch (const std::exception& e) {
        prompts_.error(this, "The photo was not added.\n\n" + wx(e.what()));
        return false;
    }
}

void ExerciseEditorDialog::clearPhotos() {
    photos_.clear();
    showPhotos();
}

void ExerciseEditorDialog::fill(const Exercise& e) {
    name_->ChangeValue(wx(e.name));
    selectWord(category_, categories(), e.category);
    selectWord(position_, positions(), e.position);
    setEquipment(e.equipment);
    purpose_->ChangeValue(wx(e.purpose));
    steps_->ChangeValue(joinLines(e.steps));
    feel_->ChangeValue(wx(e.feel));
    stop_if_->ChangeValue(wx(e.stop_if));
    cautions_->ChangeValue(joinLines(e.cautions));
    for (std::size_t i = 0; i < doseFields().size(); ++i) {
        const auto& value = e.default_dose.*doseFields()[i].member;
        dose_[i]->setNumber(value.value_or(0));
    }
    photos_ = e.photos;
    showPhotos();
    side_->SetSelection(sideIndex(e.default_dose.side));
}

void ExerciseEditorDialog::setCategory(std::string_view word) {
    selectWord(category_, categories(), word);
}

void ExerciseEditorDialog::setPosition(std::string_view word) {
    selectWord(position_, positions(), word);
}

void ExerciseEditorDialog::setEquipment(const std::vector<std::string>& words) {
    auto kinds = listedEquipment();
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        bool needed = std::find(words.begin(), words.end(), kinds[i]) != words.end();
        equipment_->Check(static_cast<unsigned>(i), needed);
    }
}

void ExerciseEditorDialog::setDose(std::string_view field, int value) {
    for (std::size_t i = 0; i < doseFields().size(); ++i) {
        if (doseFields()[i].name == field) {
            dose_[i]->setNumber(value);
        }
    }
    updateLiveText();
}

Exercise ExerciseEditorDialog::exercise() const {
    Exercise e = existing_.value_or(Exercise{});
    e.name = trimmed(utf8(name_->GetValue()));
    e.id = existing_ ? existing_->id : services_.catalogue().freeId(e.name);
    e.category = chosenWord(category_, categories());
    e.position = chosenWord(position_, positions());
    e.equipment.clear();
    auto kinds = listedEquipment();
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        if (equipment_->IsChecked(static_cast<unsigned>(i))) {
            e.equipment.emplace_back(kinds[i]);
        }
    }
    if (e.equipment.empty()) {
        e.equipment = {"none"};
    }
    e.purpose = trimmed(utf8(purpose_->GetValue()));
    e.steps = linesOf(utf8(steps_->GetValue()));
    e.feel = trimmed(utf8(feel_->GetValue()));
    e.stop_if = trimmed(utf8(stop_if_->GetValue()));
    e.cautions = linesOf(utf8(cautions_->GetValue()));
    Dose dose;
    for (std::size_t i = 0; i < doseFields().size(); ++i) {
        if (int value = dose_[i]->valueInForce(); value > 0) {
            dose.*doseFields()[i].member = value;
        }
    }
    dose.side = sideAt(side_->GetSelection());
    e.default_dose = dose;
    e.photos = photos_;
    e.builtin = false;
    return e;
}

void ExerciseEditorDialog::updateLiveText() {
    if (!grade_ || !dose_text_) {
        return;  // still being built
    }
    Exercise e = exercise();
    std::string sentences = doseText(e.default_dose, doseUse(e));
    dose_text_->SetLabel(sentences.empty() ? wxString("No default dose.") : wx(sentences));
    dose_text_->Wrap(kSideWidth - 20);

    bool typed = !e.purpose.empty() || !e.steps.empty() || !e.feel.empty() || !e.stop_if.empty() ||
                 !e.cautions.empty();
    double grade = scoreText(readableText(e)).grade;
    grade_warns_ = typed && grade > kHighestGrade;
    wxString text;
    if (!typed) {
        text = "Reading level: shown here as you type the text for the patient.";
    } else if (grade_warns_) {
        text = wxString::Format(
            "Reading level: grade %.1f: shorter sentences and words will help patients.", grade);
    } else if (grade < 1) {
        text = "Reading level: below grade 1 (good)";
    } else {
        text = wxString::Format("Reading level: grade %.1f (%s)", grade,
                                grade <= kAimedGrade ? "good" : "fine; grade 6 or lower is best");
    }
    grade_->SetLabel(text);
    grade_->SetForegroundColour(grade_warns_ ? warningColour() : wxNullColour);
    grade_->Refresh();
}

wxWindow* ExerciseEditorDialog::fieldWindow(const std::string& field) {
    if (field == "name" || field == "id") {
        return name_;
    }
    if (field == "category") {
        return category_;
    }
    if (field == "position") {
        return position_;
    }
    if (field.rfind("equipment", 0) == 0) {
        return equipment_;
    }
    if (field == "purpose") {
        return purpose_;
    }
    if (field.rfind("steps", 0) == 0) {
        return steps_;
    }
    if (field == "feel") {
        return feel_;
    }
    if (field == "stop_if") {
        return stop_if_;
    }
    if (field.rfind("cautions", 0) == 0) {
        return cautions_;
    }
    for (std::size_t i = 0; i < doseFields().size(); ++i) {
        if (field == "dose." + std::string(doseFields()[i].name)) {
            return dose_[i];
        }
    }
    return nullptr;
}

std::optional<Exercise> ExerciseEditorDialog::save() {
    if (existing_ && existing_->builtin) {
        prompts_.error(this, "\"" + wx(existing_->name) +
                                 "\" is a built-in exercise and cannot be changed. Make a new "
                                 "exercise instead.");
        return std::nullopt;
    }
    // A number that cannot be used is named, never taken as its old value.
    for (auto* number : dose_) {
        if (!number->problem().empty()) {
            prompts_.error(
                this, "The exercise cannot be saved yet:\n\n- Default dose, " + number->problem());
            number->text()->SetFocus();
            return std::nullopt;
        }
    }
    Exercise e = exercise();
    if (auto problems = checkExercise(e); !problems.empty()) {
        wxString text = "The exercise cannot be saved yet:\n";
        for (const auto& p : problems) {
            wxString message = wx(p.message);
            if ((p.field == "category" && e.category.empty()) ||
                (p.field == "position" && e.position.empty())) {
                message = "choose one from the list";
            }
            text += "\n- " + plainField(p.field) + ": " + message;
        }
        prompts_.error(this, text);
        if (wxWindow* first = fieldWindow(problems.front().field)) {
            first->SetFocus();
        }
        return std::nullopt;
    }
    try {
        if (existing_) {
            services_.catalogue().updateCustom(e);
        } else {
            services_.catalogue().addCustom(e);
        }
    } catch (const Error& error) {
        prompts_.error(this, wx(error.what()));
        return std::nullopt;
    } catch (const std::exception& error) {
        prompts_.error(this, "Something went wrong: " + wx(error.what()));
        return std::nullopt;
    }
    saved_ = e;
    return saved_;
}

std::optional<Exercise> showExerciseEditor(wxWindow* parent, AppServices& services,
                                           UserPrompts& prompts, const Exercise* existing) {
    if (existing && existing->builtin) {
        prompts.error(parent, "\"" + wx(existing->name) +
                                  "\" is a built-in exercise and cannot be changed. Make a new "
                                  "exercise instead.");
        return std::nullopt;
    }
    ExerciseEditorDialog dialog(parent, services, prompts, existing);
    if (dialog.ShowModal() != wxID_OK) {
        return std::nullopt;
    }
    return dialog.saved();
}

}  // namespace hep::gui
