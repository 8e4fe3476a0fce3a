// The program panel's tabs: the selected exercise's dose and note (and keeping them in step with
// the selection), the general instructions, and the handout's options.
#include <wx/sizer.h>
#include <wx/statbox.h>

#include "app/gui/condition_choice.h"
#include "app/gui/dose_labels.h"
#include "app/gui/program_panel.h"
#include "app/gui/program_panel_parts.h"
#include "app/gui/side_choices.h"
#include "app/gui/wx_text.h"
#include "core/dose_text.h"

namespace hep::gui {

using namespace panel_parts;

wxWindow* ProgramPanel::buildDosePage(wxWindow* parent) {
    auto* page = new wxPanel(parent);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    alert_ = fixedLines(page, 2);
    alert_->SetForegroundColour(wxColour(150, 60, 0));
    sizer->Add(alert_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 6);
    // Label and field pairs in two columns, or one in a narrow window, so that no field is ever
    // cut at the side.
    auto* grid = new wxFlexGridSizer(4, 8, 12);
    std::vector<wxStaticText*> labels;
    // The label first, so that its mnemonic goes to the field made after it.
    auto label = [&](const wxString& text) {
        labels.push_back(new wxStaticText(page, wxID_ANY, text));
        grid->Add(labels.back(), 0, wxALIGN_CENTER_VERTICAL);
    };
    for (std::size_t i = 0; i < dose_.size(); ++i) {
        const auto& field = doseFields()[i];
        label(withMnemonic(field.label, kDoseMnemonics[i]));
        dose_[i] = new NumberField(page, wx(std::string(field.label)), 0, field.max,
                                   std::string(field.unit));
        dose_[i]->text()->SetToolTip(
            wxString::Format("%d to %d; 0 leaves it out", field.min, field.max));
        grid->Add(dose_[i]->withButtons(), 0, wxALIGN_CENTER_VERTICAL);
    }
    label("Si&de");
    side_ = new wxChoice(page, wxID_ANY);
    for (const auto& choice : kSideChoices) {
        side_->Append(choice.label);
    }
    grid->Add(side_, 0, wxALIGN_CENTER_VERTICAL);
    int label_width = 0;
    for (auto* label : labels) {
        label_width = std::max(label_width, label->GetBestSize().GetWidth());
    }
    for (auto* label : labels) {
        label->SetMinSize(wxSize(label_width, -1));
    }
    sizer->Add(grid, 0, wxALL, 6);
    const int two_columns = grid->CalcMin().GetWidth() + 12;
    page->Bind(wxEVT_SIZE, [page, grid, two_columns](wxSizeEvent& e) {
        const int columns = e.GetSize().GetWidth() >= two_columns ? 4 : 2;
        if (grid->GetCols() != columns) {
            grid->SetCols(columns);
            // The notebook keeps its best size: it must learn the page's new height.
            page->CallAfter([page] {
                page->InvalidateBestSize();
                page->GetParent()->InvalidateBestSize();
                auto* panel = page->GetParent()->GetParent();
                panel->Layout();
                panel->FitInside();
            });
        }
        e.Skip();
    });
    problem_ = fixedLines(page, 2);
    problem_->SetForegroundColour(wxColour(190, 0, 0));
    sizer->Add(problem_, 0, wxEXPAND | wxLEFT | wxRIGHT, 6);
    sizer->Add(new wxStaticText(page, wxID_ANY, "The patient reads:"), 0, wxLEFT | wxRIGHT, 6);
    sentence_ = fixedLines(page, 3);
    sentence_->SetFont(sentence_->GetFont().Bold());
    sizer->Add(sentence_, 0, wxEXPAND | wxLEFT | wxRIGHT, 6);
    sizer->Add(new wxStaticText(page, wxID_ANY, "N&ote for this patient"), 0,
               wxLEFT | wxRIGHT | wxTOP, 6);
    note_ = new wxTextCtrl(page, wxID_ANY, "", wxDefaultPosition, wxSize(-1, GetCharHeight() * 3),
                           wxTE_MULTILINE);
    sizer->Add(note_, 1, wxEXPAND | wxALL, 6);
    page->SetSizer(sizer);
    return page;
}

wxWindow* ProgramPanel::buildInstructionsPage(wxWindow* parent) {
    auto* page = new wxPanel(parent);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(
        new wxStaticText(page, wxID_ANY,
                         "General &instructions, printed on the first page for the patient:"),
        0, wxALL, 6);
    instructions_ =
        new wxTextCtrl(page, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxTE_MULTILINE);
    sizer->Add(instructions_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 6);
    page->SetSizer(sizer);
    return page;
}

wxWindow* ProgramPanel::buildHandoutPage(wxWindow* parent) {
    auto* page = new wxPanel(parent);
    auto* grid = new wxFlexGridSizer(2, 8, 10);
    paper_ = new wxChoice(page, wxID_ANY);
    paper_->Append("Letter");
    paper_->Append("A4");
    grid->Add(new wxStaticText(page, wxID_ANY, "Pa&per"), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(paper_, 0);
    large_print_ = new wxCheckBox(page, wxID_ANY, "&Large print");
    grid->AddSpacer(0);
    grid->Add(large_print_, 0);
    condition_ = new ConditionChoice(page);
    grid->Add(new wxStaticText(page, wxID_ANY, "Con&dition"), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(condition_, 0);
    education_ = new wxCheckBox(page, wxID_ANY, "About the &condition");
    grid->AddSpacer(0);
    grid->Add(education_, 0);
    grid->Add(new wxStaticText(page, wxID_ANY, "Lo&g weeks"), 0, wxALIGN_CENTER_VERTICAL);
    log_weeks_ = new NumberField(page, "Log weeks", 0, kMaxLogWeeks, "weeks");
    log_weeks_->text()->SetToolTip("Weeks of the exercise log to tick; 0 prints no log");
    grid->Add(log_weeks_->withButtons(), 0);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 0, wxALL, 6);
    handout_problem_ = fixedLines(page, 2);
    handout_problem_->SetForegroundColour(wxColour(190, 0, 0));
    sizer->Add(handout_problem_, 0, wxEXPAND | wxALL, 6);
    page->SetSizer(sizer);
    return page;
}

void ProgramPanel::syncItemEditor() {
    syncing_ = true;
    long index = selectedItem();
    const Program& p = editor_.program();
    bool has = index >= 0 && index < static_cast<long>(p.items.size());
    for (auto* field : dose_) {
        field->Enable(has);
    }
    side_->Enable(has);
    note_->Enable(has);
    wxString alert;
    if (has) {
        const ProgramItem& item = p.items[static_cast<std::size_t>(index)];
        for (std::size_t i = 0; i < dose_.size(); ++i) {
            dose_[i]->setNumber((item.dose.*doseFields()[i].member).value_or(0));
        }
        side_->SetSelection(sideIndex(item.dose.side));
        auto exercise = lookupIn(p.custom_exercises, lookup_)(item.exercise_id);
        std::string text = doseText(item.dose, doseUse(exercise));
        sentence_->SetLabel(wx(text.empty() ? "(no dose set)" : text));
        if (utf8(note_->GetValue()) != item.note) {
            note_->ChangeValue(wx(item.note));
        }
        if (exercise && !exercise->therapist_alert.empty()) {
            alert = "For you: " + wx(exercise->therapist_alert);
        }
    } else {
        sentence_->SetLabel("Select an exercise above to set its dose.");
        note_->ChangeValue("");
    }
    alert_->SetLabel(alert);
    alert_->SetToolTip(alert);
    // The labels keep their height: wrapping never moves the fields below them. The problem line
    // is the last dose change's, and stays until the next (or another exercise is selected).
    for (auto* label : {alert_, sentence_}) {
        label->Wrap(std::max(200, label->GetParent()->GetClientSize().GetWidth() - 16));
    }
    syncing_ = false;
}

void ProgramPanel::editDose(const wxString& problem) {
    problem_->SetLabel(problem);
    problem_->Wrap(std::max(200, problem_->GetParent()->GetClientSize().GetWidth() - 16));
    long index = selectedItem();
    if (syncing_ || index < 0) {
        return;
    }
    Dose dose;
    for (std::size_t i = 0; i < dose_.size(); ++i) {
        const int value = dose_[i]->valueInForce();
        dose.*doseFields()[i].member = value > 0 ? std::optional<int>(value) : std::nullopt;
    }
    dose.side = sideAt(side_->GetSelection());
    editor_.setDose(static_cast<std::size_t>(index), dose);
}

}  // namespace hep::gui
