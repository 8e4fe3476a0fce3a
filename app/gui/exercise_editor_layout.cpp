// The exercise editor's layout: the text fields on the left; kind, position, equipment, dose,
// photos and the therapist alert on the right.
#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/textctrl.h>

#include "app/gui/dose_labels.h"
#include "app/gui/exercise_editor_dialog.h"
#include "app/gui/exercise_editor_parts.h"
#include "app/gui/number_field.h"
#include "app/gui/side_choices.h"
#include "app/gui/wx_text.h"

namespace hep::gui {

using namespace editor_text;
using namespace editor_parts;

wxSizer* ExerciseEditorDialog::buildTextFields() {
    auto* grid = new wxFlexGridSizer(2, 8, 10);
    grid->AddGrowableCol(1, 1);
    auto label = [&](const wxString& text) {
        grid->Add(new wxStaticText(this, wxID_ANY, text), 0, wxALIGN_TOP | wxTOP, 6);
    };
    // No SetMaxLength: GTK cuts pasted text silently; save() names a field over its limit.
    auto line = [&](const wxString& text) {
        label(text);
        auto* field = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxSize(kTextWidth, -1));
        grid->Add(field, 0, wxEXPAND);
        return field;
    };
    auto lines = [&](const wxString& text, int height, const wxString& help) {
        label(text);
        auto* column = new wxBoxSizer(wxVERTICAL);
        auto* field = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition,
                                     wxSize(kTextWidth, height), wxTE_MULTILINE);
        column->Add(field, 1, wxEXPAND);
        column->Add(hint(this, help), 0, wxTOP, 2);
        grid->Add(column, 1, wxEXPAND);
        grid->AddGrowableRow(grid->GetEffectiveRowsCount() - 1, height);
        return field;
    };

    name_ = line("&Name:");
    label("Cate&gory:");
    category_ = vocabularyChoice(this, categories());
    grid->Add(category_, 0);
    label("&Position:");
    position_ = vocabularyChoice(this, positions());
    grid->Add(position_, 0);
    purpose_ = line("&Why it helps:");
    purpose_->SetHint("One line, e.g. Eases stiffness in your low back.");
    steps_ = lines("&Steps:", 150,
                   "One step a line, 3 to 7 steps. Short sentences that start with what to do.");
    feel_ = line("You should &feel:");
    feel_->SetHint("e.g. a gentle stretch in your low back");
    stop_if_ = line("Stop &if:");
    stop_if_->SetHint("e.g. the pain spreads down your leg");
    cautions_ = lines("C&autions:", 70, "One a line, at most 5. Leave empty when there are none.");
    return grid;
}

wxSizer* ExerciseEditorDialog::buildSideColumn() {
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(new wxStaticText(this, wxID_ANY, "E&quipment needed:"), 0, wxBOTTOM, 4);
    wxArrayString kinds;
    for (auto k : listedEquipment()) {
        kinds.Add(plainWord(k));
    }
    equipment_ =
        new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, wxSize(kSideWidth, 150), kinds);
    column->Add(equipment_, 0, wxEXPAND);
    column->Add(hint(this, "Tick nothing when no equipment is needed."), 0, wxTOP, 2);

    auto* box = new wxStaticBoxSizer(wxVERTICAL, this, "Default dose (0 means not used)");
    wxWindow* parent = box->GetStaticBox();
    auto* grid = new wxFlexGridSizer(2, 6, 10);
    grid->AddGrowableCol(1, 1);
    for (std::size_t i = 0; i < doseFields().size(); ++i) {
        const DoseField& field = doseFields()[i];
        grid->Add(
            new wxStaticText(parent, wxID_ANY, withMnemonic(field.label, kDoseMnemonics[i]) + ":"),
            0, wxALIGN_CENTER_VERTICAL);
        auto* number = new NumberField(parent, wx(std::string(field.label)), 0, field.max,
                                       std::string(field.unit));
        number->onChange = [this](int, const wxString&) { updateLiveText(); };
        grid->Add(number->withButtons(), 0);
        dose_.push_back(number);
    }
    grid->Add(new wxStaticText(parent, wxID_ANY, "Si&de:"), 0, wxALIGN_CENTER_VERTICAL);
    side_ = new wxChoice(parent, wxID_ANY);
    for (const auto& choice : kSideChoices) {
        side_->Append(choice.label);
    }
    side_->SetSelection(0);
    grid->Add(side_, 0, wxEXPAND);
    box->Add(grid, 0, wxEXPAND | wxALL, 6);
    auto* reads = new wxStaticText(parent, wxID_ANY, "The patient reads:");
    reads->SetFont(reads->GetFont().Bold());
    box->Add(reads, 0, wxLEFT | wxRIGHT | wxTOP, 6);
    dose_text_ = new wxStaticText(parent, wxID_ANY, "", wxDefaultPosition,
                                  wxSize(kSideWidth - 20, 60), wxST_NO_AUTORESIZE);
    box->Add(dose_text_, 0, wxEXPAND | wxALL, 6);
    column->Add(box, 0, wxEXPAND | wxTOP, 12);

    auto* photos = new wxStaticBoxSizer(wxVERTICAL, this, "Your photos (optional)");
    wxWindow* photo_parent = photos->GetStaticBox();
    photos_label_ = new wxStaticText(photo_parent, wxID_ANY, "");
    photos->Add(photos_label_, 0, wxALL, 4);
    showPhotos();
    auto* photo_buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* start = new wxButton(photo_parent, wxID_ANY, "Start photo (&1)...");
    auto* finish = new wxButton(photo_parent, wxID_ANY, "Finish photo (&2)...");
    auto* clear = new wxButton(photo_parent, wxID_ANY, "Remo&ve photos");
    photo_buttons->Add(start, 0, wxRIGHT, 4);
    photo_buttons->Add(finish, 0, wxRIGHT, 4);
    photo_buttons->Add(clear, 0);
    photos->Add(photo_buttons, 0, wxALL, 4);
    column->Add(photos, 0, wxEXPAND | wxTOP, 12);
    start->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { choosePhoto(0); });
    finish->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { choosePhoto(1); });
    clear->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { clearPhotos(); });
    return column;
}

}  // namespace hep::gui
