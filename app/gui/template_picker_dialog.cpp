#include "app/gui/template_picker_dialog.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/gdicmn.h>
#include <wx/listbox.h>
#include <wx/radiobox.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <exception>
#include <utility>
#include <vector>

#include "app/gui/wx_text.h"
#include "core/dose_text.h"

namespace hep::gui {

namespace {

// The dialog fits a 1024 x 768 screen, whatever the names.
const wxSize kLargest(900, 640);

// A paragraph of the contents and how it looks.
enum class Look { Title, Heading, Plain, Indented };
struct Paragraph {
    Look look;
    wxString text;
};

// What a template holds, as the therapist reads it before applying it.
std::vector<Paragraph> describe(const ProtocolTemplate& t, const CatalogueStore& catalogue) {
    std::vector<Paragraph> text;
    text.push_back({Look::Title, wx(t.name)});
    text.push_back({Look::Plain, t.builtin ? "Shipped with HEP Studio." : "Your clinic's own."});
    if (!t.description.empty()) {
        text.push_back({Look::Plain, ""});
        text.push_back({Look::Plain, wx(t.description)});
    }
    text.push_back({Look::Plain, ""});
    wxString count;
    count << t.items.size() << (t.items.size() == 1 ? " exercise" : " exercises");
    text.push_back({Look::Heading, t.items.empty() ? wxString("No exercises") : count});
    for (std::size_t i = 0; i < t.items.size(); ++i) {
        const ProgramItem& item = t.items[i];
        auto exercise = catalogue.find(item.exercise_id);
        wxString name =
            exercise ? wx(exercise->name) : wx(item.exercise_id) + " (not in the catalogue)";
        text.push_back({Look::Plain, wxString() << (i + 1) << ". " << name});
        std::string dose = doseText(item.dose, doseUse(exercise));
        text.push_back({Look::Indented, dose.empty() ? wxString("No dose set.") : wx(dose)});
        if (!item.note.empty()) {
            text.push_back({Look::Indented, "Note: " + wx(item.note)});
        }
    }
    text.push_back({Look::Plain, ""});
    if (t.instructions.empty()) {
        text.push_back({Look::Heading, "No general instructions"});
    } else {
        text.push_back({Look::Heading, "General instructions"});
        text.push_back({Look::Plain, wx(t.instructions)});
    }
    return text;
}

// Every look sets the weight and the indent, as the text control merges default styles.
wxTextAttr styleOf(Look look, const wxFont& font) {
    wxTextAttr style;
    style.SetFont(look == Look::Title     ? font.Bold().Larger()
                  : look == Look::Heading ? font.Bold()
                                          : font);
    style.SetLeftIndent(look == Look::Indented ? 50 : 0);  // tenths of a millimetre
    return style;
}

}  // namespace

TemplatePickerDialog::TemplatePickerDialog(wxWindow* parent, AppServices& services,
                                           bool program_has_items, bool program_has_instructions)
    : wxDialog(parent, wxID_ANY, "Apply Template", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      services_(services),
      program_has_items_(program_has_items),
      program_has_instructions_(program_has_instructions) {
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* row = new wxBoxSizer(wxHORIZONTAL);

    auto* left = new wxBoxSizer(wxVERTICAL);
    left->Add(new wxStaticText(this, wxID_ANY, "&Templates:"), 0, wxBOTTOM, 4);
    names_ = new wxListBox(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr,
                           wxLB_SINGLE | wxLB_HSCROLL);
    left->Add(names_, 1, wxEXPAND);
    row->Add(left, 0, wxEXPAND | wxRIGHT, 10);

    auto* right = new wxBoxSizer(wxVERTICAL);
    right->Add(new wxStaticText(this, wxID_ANY, "What it &holds:"), 0, wxBOTTOM, 4);
    contents_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize,
                               wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);
    right->Add(contents_, 1, wxEXPAND);
    row->Add(right, 1, wxEXPAND);
    top->Add(row, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 10);

    const wxString places[] = {"&Replace the program's exercises",
                               "A&dd after the program's exercises"};
    placement_ = new wxRadioBox(this, wxID_ANY, "The program already has exercises",
                                wxDefaultPosition, wxDefaultSize, 2, places, 1, wxRA_SPECIFY_COLS);
    placement_->SetSelection(0);
    if (!program_has_items_) {
        placement_->Hide();
    }
    top->Add(placement_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 10);

    instructions_box_ = new wxCheckBox(this, wxID_ANY,
                                       "Also use the template's general &instructions (replaces "
                                       "yours)");
    instructions_box_->Show(program_has_instructions_);
    top->Add(instructions_box_, 0, wxLEFT | wxRIGHT | wxTOP, 10);
    instructions_note_ = new wxStaticText(this, wxID_ANY, "");
    top->Add(instructions_note_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 10);

    apply_ = new wxButton(this, wxID_OK, "&Apply");
    auto* buttons = new wxStdDialogButtonSizer();
    buttons->AddButton(apply_);
    buttons->AddButton(new wxButton(this, wxID_CANCEL));
    buttons->Realize();
    top->Add(buttons, 0, wxEXPAND | wxALL, 10);
    apply_->SetDefault();

    // Every template, the list wide enough for the longest name (long ones scroll sideways
    // rather than make the dialog wider than a small screen).
    std::string problem;
    try {
        templates_ = services_.templates().list();
    } catch (const std::exception& e) {
        problem = e.what();
    }
    int widest = 0;
    for (const TemplateSummary& t : templates_) {
        names_->Append(wx(t.name));
        widest = std::max(widest, names_->GetTextExtent(wx(t.name)).x);
    }
    const int padding = wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, names_) +
                        4 * names_->GetCharWidth() + FromDIP(8);
    names_->SetMinSize(
        wxSize(std::clamp(widest + padding, FromDIP(200), FromDIP(540)), FromDIP(220)));
    contents_->SetMinSize(FromDIP(wxSize(300, 220)));

    SetSizerAndFit(top);  // the smallest useful size
    fitToScreen();

    names_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { showSelected(); });
    names_->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent&) { apply(); });
    instructions_box_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { updateInstructions(); });
    Bind(wxEVT_CHAR_HOOK, &TemplatePickerDialog::onCharHook, this);

    if (!templates_.empty()) {
        names_->SetSelection(0);
    }
    showSelected();
    if (!problem.empty()) {
        contents_->SetValue("The templates could not be read: " + wx(problem));
    } else if (templates_.empty()) {
        contents_->SetValue("There are no templates yet. Save a program as a template first.");
    }
    names_->SetFocus();
    CentreOnParent();
}

std::string TemplatePickerDialog::templateId() const {
    return shown_ ? shown_->id : std::string();
}

bool TemplatePickerDialog::replaceExercises() const {
    return !program_has_items_ || placement_->GetSelection() == 0;
}

bool TemplatePickerDialog::useInstructions() const {
    if (!shown_ || shown_->instructions.empty()) {
        return false;
    }
    return !program_has_instructions_ || instructions_box_->GetValue();
}

bool TemplatePickerDialog::selectTemplate(const std::string& id) {
    for (std::size_t i = 0; i < templates_.size(); ++i) {
        if (templates_[i].id == id) {
            names_->SetSelection(static_cast<int>(i));
            names_->EnsureVisible(static_cast<int>(i));
            showSelected();
            return true;
        }
    }
    return false;
}

void TemplatePickerDialog::showSelected() {
    shown_.reset();
    int row = names_->GetSelection();
    if (row >= 0 && row < static_cast<int>(templates_.size())) {
        try {
            ProtocolTemplate t =
                services_.templates().get(templates_[static_cast<std::size_t>(row)].id);
            auto paragraphs = describe(t, services_.catalogue());
            shown_ = std::move(t);
            contents_->Clear();
            for (const Paragraph& p : paragraphs) {
                contents_->SetDefaultStyle(styleOf(p.look, contents_->GetFont()));
                contents_->AppendText(p.text + "\n");
            }
            contents_->SetDefaultStyle(styleOf(Look::Plain, contents_->GetFont()));
        } catch (const std::exception& e) {
            contents_->SetDefaultStyle(styleOf(Look::Plain, contents_->GetFont()));
            contents_->SetValue("This template could not be read: " + wx(e.what()));
        }
        contents_->ShowPosition(0);
    }
    apply_->Enable(shown_.has_value());
    updateInstructions();
}

void TemplatePickerDialog::updateInstructions() {
    const bool has = shown_ && !shown_->instructions.empty();
    const bool ask = has && program_has_instructions_;
    wxString note;
    if (!shown_) {
        // Nothing to say: the contents say why.
    } else if (!has) {
        note = program_has_instructions_
                   ? "The template has no general instructions; the program keeps its own."
                   : "The template has no general instructions.";
    } else if (!program_has_instructions_) {
        note = "The template's general instructions will be used.";
    } else if (instructions_box_->GetValue()) {
        note = "The template's general instructions will replace the program's.";
    } else {
        note = "The program keeps its own general instructions.";
    }
    bool changed = instructions_box_->IsShown() != ask || instructions_note_->GetLabel() != note;
    instructions_box_->Show(ask);
    instructions_note_->SetLabel(note);
    if (changed) {
        Layout();
    }
}

void TemplatePickerDialog::apply() {
    if (shown_) {
        EmulateButtonClickIfPresent(wxID_OK);
    }
}

// Starts a little larger than the smallest size, for reading, but never beyond kLargest nor
// the screen.
void TemplatePickerDialog::fitToScreen() {
    wxRect screen = wxGetClientDisplayRect();
    wxSize limit(std::min(kLargest.x, screen.width), std::min(kLargest.y, screen.height));
    wxSize smallest = GetSize();
    smallest.DecTo(limit);
    SetMinSize(smallest);
    wxSize initial = GetSize() + FromDIP(wxSize(160, 160));
    initial.DecTo(limit);
    SetSize(initial);
}

// Enter applies the selected template from anywhere but a button (a focused Cancel still
// cancels): the list would otherwise take it as a double click, and a check box or radio button
// as a click.
void TemplatePickerDialog::onCharHook(wxKeyEvent& event) {
    const int key = event.GetKeyCode();
    if ((key == WXK_RETURN || key == WXK_NUMPAD_ENTER) && !event.HasAnyModifiers() &&
        !dynamic_cast<wxButton*>(FindFocus())) {
        apply();
        return;
    }
    event.Skip();
}

}  // namespace hep::gui
