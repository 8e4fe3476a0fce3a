#include "app/gui/program_panel.h"

#include <wx/button.h>
#include <wx/dateevt.h>
#include <wx/dnd.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/wrapsizer.h>

#include "app/gui/wx_text.h"
#include "model/dose_text.h"

namespace hep::gui {

namespace {

// Hands text dropped on the exercise list to the panel.
class ItemDropTarget : public wxTextDropTarget {
  public:
    explicit ItemDropTarget(ProgramPanel* panel) : panel_(panel) {}
    bool OnDropText(wxCoord x, wxCoord y, const wxString& text) override {
        return panel_->dropText(x, y, utf8(text));
    }

  private:
    ProgramPanel* panel_;
};

const char* const kDoseLabels[] = {"Sets",    "Reps",        "Hold (s)",
                                   "Minutes", "Times a day", "Days a week"};
const Side kSides[] = {Side::None, Side::Each, Side::Both, Side::Left, Side::Right};

wxDateTime toWxDate(const std::string& iso) {
    wxDateTime date;
    if (!iso.empty() && date.ParseISODate(wx(iso))) {
        return date;
    }
    return wxDateTime::Today();
}

}  // namespace

ProgramPanel::ProgramPanel(wxWindow* parent, ProgramEditor& editor, ExerciseLookup lookup)
    : wxPanel(parent), editor_(editor), lookup_(std::move(lookup)) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);

    auto* who = new wxFlexGridSizer(2, 4, 6);
    who->AddGrowableCol(1);
    who->Add(new wxStaticText(this, wxID_ANY, "&Patient"), 0, wxALIGN_CENTER_VERTICAL);
    patient_ = new wxTextCtrl(this, wxID_ANY);
    patient_->SetHint("Name (leave empty for a line to write on)");
    who->Add(patient_, 1, wxEXPAND);
    who->Add(new wxStaticText(this, wxID_ANY, "Da&te"), 0, wxALIGN_CENTER_VERTICAL);
    date_ = new wxDatePickerCtrl(this, wxID_ANY, wxDateTime::Today(), wxDefaultPosition,
                                 wxDefaultSize, wxDP_DROPDOWN | wxDP_SHOWCENTURY);
    who->Add(date_, 0);
    who->Add(new wxStaticText(this, wxID_ANY, "T&herapist"), 0, wxALIGN_CENTER_VERTICAL);
    therapist_ = new wxTextCtrl(this, wxID_ANY);
    who->Add(therapist_, 1, wxEXPAND);
    sizer->Add(who, 0, wxEXPAND | wxALL, 6);

    items_ = new wxListView(this, wxID_ANY, wxDefaultPosition, wxSize(-1, 160),
                            wxLC_REPORT | wxLC_SINGLE_SEL);
    items_->AppendColumn("#", wxLIST_FORMAT_RIGHT, 32);
    items_->AppendColumn("Exercise", wxLIST_FORMAT_LEFT, 190);
    items_->AppendColumn("Dose", wxLIST_FORMAT_LEFT, 330);
    sizer->Add(items_, 2, wxEXPAND | wxLEFT | wxRIGHT, 6);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* up = new wxButton(this, wxID_UP, "Move &up");
    auto* down = new wxButton(this, wxID_DOWN, "Move do&wn");
    auto* remove = new wxButton(this, wxID_REMOVE, "&Remove");
    buttons->Add(up, 0, wxRIGHT, 4);
    buttons->Add(down, 0, wxRIGHT, 4);
    buttons->Add(remove, 0, wxRIGHT, 12);
    count_ = new wxStaticText(this, wxID_ANY, "");
    buttons->Add(count_, 1, wxALIGN_CENTER_VERTICAL);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, 6);

    // The selected exercise: its dose and note.
    auto* box = new wxStaticBoxSizer(wxVERTICAL, this, "Selected exercise");
    item_editor_ = box->GetStaticBox();
    auto* grid = new wxFlexGridSizer(4, 4, 8);
    for (std::size_t i = 0; i < dose_.size(); ++i) {
        const auto& field = doseFields()[i];
        grid->Add(new wxStaticText(box->GetStaticBox(), wxID_ANY, kDoseLabels[i]), 0,
                  wxALIGN_CENTER_VERTICAL);
        dose_[i] = new wxSpinCtrl(box->GetStaticBox(), wxID_ANY, "", wxDefaultPosition,
                                  wxSize(130, -1), wxSP_ARROW_KEYS, 0, field.max, 0);
        dose_[i]->SetToolTip("0 leaves it out");
        grid->Add(dose_[i], 0);
    }
    grid->Add(new wxStaticText(box->GetStaticBox(), wxID_ANY, "Side"), 0, wxALIGN_CENTER_VERTICAL);
    side_ = new wxChoice(box->GetStaticBox(), wxID_ANY);
    for (const char* name : {"No side", "Each side", "Both sides", "Left only", "Right only"}) {
        side_->Append(name);
    }
    grid->Add(side_, 0);
    box->Add(grid, 0, wxALL, 4);
    sentence_ = new wxStaticText(box->GetStaticBox(), wxID_ANY, "");
    sentence_->SetFont(sentence_->GetFont().Bold());
    box->Add(new wxStaticText(box->GetStaticBox(), wxID_ANY, "The patient reads:"), 0,
             wxLEFT | wxTOP, 4);
    box->Add(sentence_, 0, wxEXPAND | wxALL, 4);
    box->Add(new wxStaticText(box->GetStaticBox(), wxID_ANY, "&Note for this patient"), 0,
             wxLEFT | wxTOP, 4);
    note_ = new wxTextCtrl(box->GetStaticBox(), wxID_ANY, "", wxDefaultPosition, wxSize(-1, 50),
                           wxTE_MULTILINE);
    box->Add(note_, 0, wxEXPAND | wxALL, 4);
    sizer->Add(box, 0, wxEXPAND | wxLEFT | wxRIGHT, 6);

    sizer->Add(new wxStaticText(this, wxID_ANY, "General &instructions"), 0, wxLEFT | wxTOP, 6);
    instructions_ =
        new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxSize(-1, 50), wxTE_MULTILINE);
    sizer->Add(instructions_, 0, wxEXPAND | wxLEFT | wxRIGHT, 6);

    auto* options = new wxWrapSizer(wxHORIZONTAL);
    paper_ = new wxChoice(this, wxID_ANY);
    paper_->Append("Letter");
    paper_->Append("A4");
    large_print_ = new wxCheckBox(this, wxID_ANY, "&Large print");
    education_ = new wxCheckBox(this, wxID_ANY, "About the &condition");
    log_weeks_ = new wxSpinCtrl(this, wxID_ANY, "", wxDefaultPosition, wxSize(130, -1),
                                wxSP_ARROW_KEYS, 0, kMaxLogWeeks, 2);
    options->Add(new wxStaticText(this, wxID_ANY, "Paper"), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT,
                 4);
    options->Add(paper_, 0, wxRIGHT, 10);
    options->Add(large_print_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 10);
    options->Add(education_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 10);
    options->Add(new wxStaticText(this, wxID_ANY, "Log weeks"), 0,
                 wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
    options->Add(log_weeks_, 0);
    sizer->Add(options, 0, wxALL, 6);
    SetSizer(sizer);

    // Edits go to the editor; the editor's changes come back through syncFromProgram.
    patient_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        if (!syncing_) {
            editor_.change(
                "Patient name", [&](Program& p) { p.patient = utf8(patient_->GetValue()); },
                "patient");
        }
    });
    therapist_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        if (!syncing_) {
            editor_.change(
                "Therapist", [&](Program& p) { p.therapist = utf8(therapist_->GetValue()); },
                "therapist");
        }
    });
    date_->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent& e) {
        if (!syncing_) {
            editor_.change("Date", [&](Program& p) { p.date = utf8(e.GetDate().FormatISODate()); });
        }
    });
    instructions_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        if (!syncing_) {
            editor_.change(
                "Instructions",
                [&](Program& p) { p.instructions = utf8(instructions_->GetValue()); },
                "instructions");
        }
    });
    note_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        if (!syncing_ && selectedItem() >= 0) {
            editor_.setNote(static_cast<std::size_t>(selectedItem()), utf8(note_->GetValue()));
        }
    });
    for (auto* spin : dose_) {
        spin->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent&) { editDose(); });
        spin->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { editDose(); });
    }
    side_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { editDose(); });
    paper_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        editor_.change("Paper", [&](Program& p) {
            p.handout.paper = paper_->GetSelection() == 1 ? Paper::A4 : Paper::Letter;
        });
    });
    large_print_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
        editor_.change("Large print",
                       [&](Program& p) { p.handout.large_print = large_print_->GetValue(); });
    });
    education_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
        editor_.change("About the condition",
                       [&](Program& p) { p.handout.education = education_->GetValue(); });
    });
    log_weeks_->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent&) {
        editor_.change("Log weeks",
                       [&](Program& p) { p.handout.log_weeks = log_weeks_->GetValue(); });
    });
    items_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { syncItemEditor(); });
    items_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { syncItemEditor(); });
    items_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        if (e.GetKeyCode() == WXK_DELETE) {
            removeSelected();
        } else if (e.AltDown() && e.GetKeyCode() == WXK_UP) {
            moveSelected(-1);
        } else if (e.AltDown() && e.GetKeyCode() == WXK_DOWN) {
            moveSelected(1);
        } else {
            e.Skip();
        }
    });
    // Drag an exercise to a new place in the list (or drop one from the catalogue).
    items_->SetDropTarget(new ItemDropTarget(this));
    items_->Bind(wxEVT_LIST_BEGIN_DRAG, [this](wxListEvent& e) {
        wxTextDataObject data(wxString::Format("hep-item:%ld", e.GetIndex()));
        wxDropSource source(data, items_);
        source.DoDragDrop(wxDrag_DefaultMove);
    });
    up->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { moveSelected(-1); });
    down->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { moveSelected(1); });
    remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { removeSelected(); });

    subscription_ = editor_.subscribe([this] { syncFromProgram(); });
    syncFromProgram();
}

ProgramPanel::~ProgramPanel() {
    editor_.unsubscribe(subscription_);
}

bool ProgramPanel::dropText(int x, int y, const std::string& text) {
    // The row under the point, found with the rows' own rectangles (HitTest and GetItemRect
    // do not agree about the header on GTK).
    long at = -1;
    for (long row = 0; row < items_->GetItemCount() && at < 0; ++row) {
        wxRect rect;
        if (items_->GetItemRect(row, rect) && rect.Contains(x, y)) {
            at = row;
        }
    }
    const long count = static_cast<long>(editor_.program().items.size());
    if (at < 0 || at > count) {
        at = count;  // below the last row: to the end
    }
    if (text.rfind("hep-item:", 0) == 0) {
        long from = std::strtol(text.c_str() + 9, nullptr, 10);
        if (from < 0 || from >= count) {
            return false;
        }
        long to = std::min(at, count - 1);
        editor_.moveItem(static_cast<std::size_t>(from), static_cast<std::size_t>(to));
        selectItem(to);
        return true;
    }
    if (text.rfind("hep-exercise:", 0) == 0 && onDropExercise) {
        onDropExercise(text.substr(13), static_cast<std::size_t>(at));
        return true;
    }
    return false;
}

long ProgramPanel::selectedItem() const {
    return items_->GetFirstSelected();
}

void ProgramPanel::selectItem(long index) {
    if (index >= 0 && index < items_->GetItemCount()) {
        items_->Select(index);
        items_->Focus(index);
        items_->EnsureVisible(index);
    }
    syncItemEditor();
}

void ProgramPanel::moveSelected(int by) {
    long from = selectedItem();
    long to = from + by;
    if (from < 0 || to < 0 || to >= static_cast<long>(editor_.program().items.size())) {
        return;
    }
    editor_.moveItem(static_cast<std::size_t>(from), static_cast<std::size_t>(to));
    selectItem(to);
}

void ProgramPanel::removeSelected() {
    long index = selectedItem();
    if (index < 0) {
        return;
    }
    editor_.removeItem(static_cast<std::size_t>(index));
    selectItem(std::min<long>(index, static_cast<long>(editor_.program().items.size()) - 1));
}

std::string ProgramPanel::exerciseName(const std::string& id) const {
    auto e = lookupIn(editor_.program().custom_exercises, lookup_)(id);
    return e ? e->name : id;
}

void ProgramPanel::syncFromProgram() {
    syncing_ = true;
    const Program& p = editor_.program();
    if (utf8(patient_->GetValue()) != p.patient) {
        patient_->ChangeValue(wx(p.patient));
    }
    if (utf8(therapist_->GetValue()) != p.therapist) {
        therapist_->ChangeValue(wx(p.therapist));
    }
    date_->SetValue(toWxDate(p.date));
    if (utf8(instructions_->GetValue()) != p.instructions) {
        instructions_->ChangeValue(wx(p.instructions));
    }
    long selected = selectedItem();
    items_->Freeze();
    if (items_->GetItemCount() != static_cast<int>(p.items.size())) {
        items_->DeleteAllItems();
        for (std::size_t i = 0; i < p.items.size(); ++i) {
            items_->InsertItem(static_cast<long>(i), "");
        }
    }
    for (std::size_t i = 0; i < p.items.size(); ++i) {
        long row = static_cast<long>(i);
        items_->SetItem(row, 0, wxString::Format("%zu", i + 1));
        items_->SetItem(row, 1, wx(exerciseName(p.items[i].exercise_id)));
        items_->SetItem(row, 2, wx(doseText(p.items[i].dose)));
    }
    items_->Thaw();
    if (selected >= static_cast<long>(p.items.size())) {
        selected = static_cast<long>(p.items.size()) - 1;
    }
    if (selected >= 0 && selectedItem() != selected) {
        items_->Select(selected);
    }
    std::size_t n = p.items.size();
    wxString count = wxString::Format(n == 1 ? "%zu exercise" : "%zu exercises", n);
    if (n > 8) {
        count += ": more than 8 is a lot. Older adults do fewer exercises better.";
    }
    count_->SetLabel(count);
    count_->SetForegroundColour(n > 8 ? wxColour(160, 60, 0) : GetForegroundColour());
    paper_->SetSelection(p.handout.paper == Paper::A4 ? 1 : 0);
    large_print_->SetValue(p.handout.large_print);
    education_->SetValue(p.handout.education);
    log_weeks_->SetValue(p.handout.log_weeks);
    syncing_ = false;
    syncItemEditor();
}

void ProgramPanel::syncItemEditor() {
    syncing_ = true;
    long index = selectedItem();
    const Program& p = editor_.program();
    bool has = index >= 0 && index < static_cast<long>(p.items.size());
    for (auto* spin : dose_) {
        spin->Enable(has);
    }
    side_->Enable(has);
    note_->Enable(has);
    if (has) {
        const ProgramItem& item = p.items[static_cast<std::size_t>(index)];
        for (std::size_t i = 0; i < dose_.size(); ++i) {
            dose_[i]->SetValue((item.dose.*doseFields()[i].member).value_or(0));
        }
        for (int s = 0; s < 5; ++s) {
            if (kSides[s] == item.dose.side) {
                side_->SetSelection(s);
            }
        }
        std::string text = doseText(item.dose);
        sentence_->SetLabel(wx(text.empty() ? "(no dose set)" : text));
        if (utf8(note_->GetValue()) != item.note) {
            note_->ChangeValue(wx(item.note));
        }
    } else {
        sentence_->SetLabel("Select an exercise above to set its dose.");
        note_->ChangeValue("");
    }
    sentence_->Wrap(std::max(200, GetClientSize().GetWidth() - 40));
    Layout();
    syncing_ = false;
}

void ProgramPanel::editDose() {
    long index = selectedItem();
    if (syncing_ || index < 0) {
        return;
    }
    Dose dose;
    for (std::size_t i = 0; i < dose_.size(); ++i) {
        int value = dose_[i]->GetValue();
        const auto& field = doseFields()[i];
        dose.*field.member = value >= field.min ? std::optional<int>(value) : std::nullopt;
    }
    int side = side_->GetSelection();
    dose.side = side >= 0 && side < 5 ? kSides[side] : Side::None;
    editor_.setDose(static_cast<std::size_t>(index), dose);
}

}  // namespace hep::gui
