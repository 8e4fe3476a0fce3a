#include "app/gui/program_panel.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/dateevt.h>
#include <wx/dnd.h>
#include <wx/sizer.h>
#include <wx/statbox.h>

#include "app/gui/condition_choice.h"
#include "app/gui/program_panel_parts.h"
#include "app/gui/wx_text.h"
#include "core/dose_text.h"
#include "core/program_advice.h"

namespace hep::gui {

namespace {

using namespace panel_parts;

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

wxDateTime toWxDate(const std::string& iso) {
    wxDateTime date;
    if (!iso.empty() && date.ParseISODate(wx(iso))) {
        return date;
    }
    return wxDateTime::Today();
}

}  // namespace

ProgramPanel::ProgramPanel(wxWindow* parent, ProgramEditor& editor, ExerciseLookup lookup)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL),
      editor_(editor),
      lookup_(std::move(lookup)) {
    SetScrollRate(0, 10);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    buildWho(sizer);
    buildList(sizer);
    pages_ = new wxNotebook(this, wxID_ANY);
    pages_->AddPage(buildDosePage(pages_), "Exercise");
    pages_->AddPage(buildInstructionsPage(pages_), "Instructions");
    pages_->AddPage(buildHandoutPage(pages_), "Handout");
    sizer->Add(pages_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 6);
    SetSizer(sizer);
    // Scroll rather than squeeze: below this height the panel scrolls.
    FitInside();
    bindEdits();
    subscription_ = editor_.subscribe([this](const ProgramChanged&) { syncFromProgram(); });
    syncFromProgram();
}

ProgramPanel::~ProgramPanel() {
    for (auto* field : dose_) {
        field->onChange = nullptr;
    }
    log_weeks_->onChange = nullptr;
}

void ProgramPanel::buildWho(wxSizer* sizer) {
    auto* who = new wxFlexGridSizer(4, 4, 6);
    who->AddGrowableCol(1);
    who->Add(new wxStaticText(this, wxID_ANY, "&Patient"), 0, wxALIGN_CENTER_VERTICAL);
    patient_ = new wxTextCtrl(this, wxID_ANY);
    patient_->SetHint("Name (leave empty for a line to write on)");
    who->Add(patient_, 1, wxEXPAND);
    has_date_ = new wxCheckBox(this, wxID_ANY, "Da&te");
    has_date_->SetToolTip("Untick to print a blank line for the date");
    who->Add(has_date_, 0, wxALIGN_CENTER_VERTICAL);
    date_ = new wxDatePickerCtrl(this, wxID_ANY, wxDateTime::Today(), wxDefaultPosition,
                                 wxDefaultSize, wxDP_DROPDOWN | wxDP_SHOWCENTURY);
    who->Add(date_, 0);
    who->Add(new wxStaticText(this, wxID_ANY, "T&herapist"), 0, wxALIGN_CENTER_VERTICAL);
    therapist_ = new wxTextCtrl(this, wxID_ANY);
    who->Add(therapist_, 1, wxEXPAND);
    who->AddSpacer(0);
    who->AddSpacer(0);
    sizer->Add(who, 0, wxEXPAND | wxALL, 6);
}

void ProgramPanel::buildList(wxSizer* sizer) {
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    items_ = new wxListView(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                            wxLC_REPORT | wxLC_SINGLE_SEL);
    items_->AppendColumn("#", wxLIST_FORMAT_RIGHT, 32);
    items_->AppendColumn("Exercise", wxLIST_FORMAT_LEFT, 190);
    items_->AppendColumn("Dose", wxLIST_FORMAT_LEFT, 330);
    // Tall enough for the header and kProgramRows rows: measured with a row in it.
    items_->InsertItem(0, "1");
    wxRect first;
    int row_height = items_->GetItemRect(0, first) ? first.height : GetCharHeight() + 10;
    items_->DeleteAllItems();
    items_->SetMinSize(wxSize(200, row_height * (kProgramRows + 1) + 16));
    items_->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        fitColumns();
    });
    row->Add(items_, 1, wxEXPAND);

    auto* buttons = new wxBoxSizer(wxVERTICAL);
    auto* up = new wxButton(this, wxID_UP, "Move &up");
    auto* down = new wxButton(this, wxID_DOWN, "Move do&wn");
    auto* remove = new wxButton(this, wxID_REMOVE, "&Remove");
    for (auto* button : {up, down, remove}) {
        buttons->Add(button, 0, wxEXPAND | wxBOTTOM, 4);
    }
    up->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { moveSelected(-1); });
    down->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { moveSelected(1); });
    remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { removeSelected(); });
    row->Add(buttons, 0, wxLEFT, 6);
    sizer->Add(row, 1, wxEXPAND | wxLEFT | wxRIGHT, 6);
    count_ = fixedLines(this, 2);
    sizer->Add(count_, 0, wxEXPAND | wxALL, 6);
}

// The columns share the list's width, so that the dose shows without scrolling sideways: the
// name takes 45% of it (110 to 190 px), the dose the rest (at least 120 px).
void ProgramPanel::fitColumns() {
    const int width = items_->GetClientSize().GetWidth();
    const int number = FromDIP(32);
    const int name = std::clamp(width * 45 / 100, FromDIP(110), FromDIP(190));
    items_->SetColumnWidth(0, number);
    items_->SetColumnWidth(1, name);
    items_->SetColumnWidth(2, std::max(FromDIP(120), width - number - name));
}

void ProgramPanel::bindEdits() {
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
    auto date_changed = [this] {
        if (!syncing_) {
            std::string date =
                has_date_->GetValue() ? utf8(date_->GetValue().FormatISODate()) : std::string();
            editor_.change("Date", [&](Program& p) { p.date = date; });
        }
    };
    date_->Bind(wxEVT_DATE_CHANGED, [date_changed](wxDateEvent&) { date_changed(); });
    has_date_->Bind(wxEVT_CHECKBOX, [date_changed](wxCommandEvent&) { date_changed(); });
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
    for (auto* field : dose_) {
        field->onChange = [this](int, const wxString& problem) { editDose(problem); };
    }
    side_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { editDose({}); });
    paper_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        editor_.change("Paper", [&](Program& p) {
            p.handout.paper = paper_->GetSelection() == 1 ? Paper::A4 : Paper::Letter;
        });
    });
    large_print_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
        editor_.change("Large print",
                       [&](Program& p) { p.handout.large_print = large_print_->GetValue(); });
    });
    condition_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        editor_.change("Condition", [&](Program& p) { p.condition = condition_->chosen(); });
    });
    education_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
        editor_.change("About the condition",
                       [&](Program& p) { p.handout.education = education_->GetValue(); });
    });
    log_weeks_->onChange = [this](int weeks, const wxString& problem) {
        handout_problem_->SetLabel(problem);
        if (!syncing_) {
            editor_.change(
                "Log weeks", [&](Program& p) { p.handout.log_weeks = weeks; }, "log-weeks");
        }
    };
    items_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) {
        problem_->SetLabel("");
        syncItemEditor();
    });
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
    items_->Bind(wxEVT_CONTEXT_MENU, [this](wxContextMenuEvent&) {
        if (onListMenu) {
            onListMenu();
        }
    });
    // Drag an exercise to a new place in the list (or drop one from the catalogue).
    items_->SetDropTarget(new ItemDropTarget(this));
    items_->Bind(wxEVT_LIST_BEGIN_DRAG, [this](wxListEvent& e) {
        wxTextDataObject data(wxString::Format("hep-item:%ld", e.GetIndex()));
        wxDropSource source(data, items_);
        source.DoDragDrop(wxDrag_DefaultMove);
    });
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

void ProgramPanel::showCondition(const wxString& name, const wxString& shared) {
    education_->SetLabel(name.empty() ? wxString("About the &condition (none for this program)")
                                      : "About the &condition: " + name);
    condition_->showShared(shared);
    education_->GetParent()->Layout();
}

int ProgramPanel::visibleRows() const {
    return items_->GetCountPerPage();
}

void ProgramPanel::showPageOf(wxWindow* control) {
    for (std::size_t i = 0; i < pages_->GetPageCount(); ++i) {
        for (wxWindow* w = control; w != nullptr; w = w->GetParent()) {
            if (w == pages_->GetPage(i)) {
                pages_->SetSelection(i);
                return;
            }
        }
    }
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
    // No date prints a line to write on: the box says so rather than showing today.
    has_date_->SetValue(!p.date.empty());
    date_->Enable(!p.date.empty());
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
    const auto lookup = lookupIn(p.custom_exercises, lookup_);
    for (std::size_t i = 0; i < p.items.size(); ++i) {
        long row = static_cast<long>(i);
        const auto exercise = lookup(p.items[i].exercise_id);
        items_->SetItem(row, 0, wxString::Format("%zu", i + 1));
        items_->SetItem(row, 1, wx(exercise ? exercise->name : p.items[i].exercise_id));
        // The therapist's shorthand ("2 sets of 10 x 3 s hold, 1x/day, daily"): it fits the
        // column; the patient's sentences show under the list for the selected exercise.
        items_->SetItem(row, 2, wx(doseShorthand(p.items[i].dose, doseUse(exercise))));
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
    if (n == 0) {
        count =
            "No exercises yet. Add them from the catalogue on the left (Enter, a double-click "
            "or a drag), or start from a template (Ctrl+T).";
    } else if (auto advice = programSizeAdvice(n)) {
        count = wx(*advice);
    }
    count_->SetLabel(count);
    count_->Wrap(std::max(200, count_->GetSize().GetWidth()));
    count_->SetForegroundColour(programSizeAdvice(n) ? wxColour(160, 60, 0)
                                                     : GetForegroundColour());
    paper_->SetSelection(p.handout.paper == Paper::A4 ? 1 : 0);
    large_print_->SetValue(p.handout.large_print);
    education_->SetValue(p.handout.education);
    condition_->show(p.condition);
    log_weeks_->setNumber(p.handout.log_weeks);
    syncing_ = false;
    syncItemEditor();
}

}  // namespace hep::gui
