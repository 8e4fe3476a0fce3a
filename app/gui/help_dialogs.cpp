#include "app/gui/help_dialogs.h"

#include <wx/accel.h>
#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <memory>

namespace hep::gui {

namespace {

// The keys of the window that are not in its menus: one table, in the order shown.
struct WindowKey {
    const char* where;
    const char* what;
    const char* keys[2];  // the second, when there is one, works the same ("or")
};

const WindowKey kWindowKeys[] = {
    {"Find an exercise, or its list", "Add the selected exercise to the program", {"Enter"}},
    {"Find an exercise", "Go down into the list of exercises", {"Down"}},
    {"The program's exercises", "Remove the selected exercise", {"Delete"}},
    {"The program's exercises", "Move the selected exercise up", {"Alt+Up"}},
    {"The program's exercises", "Move the selected exercise down", {"Alt+Down"}},
    {"A dose number", "Add one", {"Up"}},
    {"A dose number", "Take one away", {"Down"}},
    {"Anywhere", "Go to the next field", {"Tab"}},
    {"Anywhere", "Go back to the field before", {"Shift+Tab"}},
    {"The program's exercises", "Open the list's menu", {"Shift+F10", "Menu"}},
    {"A dialog", "Close it, like Cancel", {"Escape"}},
};

const wxString kOr = " or ";

// The keys as wxWidgets spells them in menus ("Del" -> "Delete", "Escape" -> "Esc"), so that
// both halves of the list say them the same way.
wxString keyName(const char* keys) {
    wxAcceleratorEntry entry;
    if (entry.FromString(wxString(keys)) && entry.IsOk()) {
        return entry.ToString();
    }
    return wxString(keys);
}

// The keys of a menu item: its accelerator, then any extra ones ("Ctrl+Y or Ctrl+Shift+Z").
wxString itemKeys(const wxMenuItem& item) {
    wxString keys;
    auto add = [&keys](const wxAcceleratorEntry& entry) {
        if (entry.IsOk()) {
            keys += (keys.empty() ? wxString() : kOr) + entry.ToString();
        }
    };
    if (std::unique_ptr<wxAcceleratorEntry> accel(item.GetAccel()); accel) {
        add(*accel);
    }
    for (const wxAcceleratorEntry& extra : item.GetExtraAccels()) {
        add(extra);
    }
    return keys;
}

// The label as a command's name: no mnemonic, no accelerator, no "..." (it only says that a
// dialog follows).
wxString actionName(const wxMenuItem& item) {
    wxString name = item.GetItemLabelText();
    name.Trim(true);
    for (const wxString& dots : {wxString("..."), wxString(wxUniChar(0x2026))}) {
        if (wxString rest; name.EndsWith(dots, &rest)) {
            return rest.Trim(true);
        }
    }
    return name;
}

void addMenu(const wxMenu& menu, const wxString& where, std::vector<ShortcutRow>& rows) {
    for (const wxMenuItem* item : menu.GetMenuItems()) {
        if (item->IsSeparator()) {
            continue;
        }
        if (const wxMenu* sub = item->GetSubMenu()) {
            addMenu(*sub, where + " > " + item->GetItemLabelText(), rows);
            continue;
        }
        if (wxString keys = itemKeys(*item); !keys.empty()) {
            rows.push_back({where, actionName(*item), keys});
        }
    }
}

// The guide, for the therapist (not the patient). It names only what the window has: read it
// again when a menu, a tab or a key changes.
const char* const kGuide =
    "HEP Studio builds a home exercise program for one patient and prints the handout the "
    "patient follows alone at home. On the left of the window is the exercise catalogue, in the "
    "middle the program, and on the right the handout as it will print.\n"
    "\n"
    "1. Find an exercise\n"
    "Type in \"Find an exercise\" (Ctrl+F takes you there): the list filters as you type, and the "
    "start of a word is enough (\"kne\" finds the knee exercises). Narrow the list by kind, "
    "position and equipment with the three choices under the search field.\n"
    "\n"
    "2. Add it to the program\n"
    "Press Enter (in the search field or the list), double-click the exercise, click \"Add to "
    "program\", or drag it onto the program's list of exercises (drop it where it should go). "
    "Move up, Move down and Remove (Alt+Up, Alt+Down, Delete) put the list in order.\n"
    "\n"
    "3. Set the dose for this patient\n"
    "Select the exercise in the program. On the \"Exercise\" tab, type the numbers "
    "(sets, reps, hold, minutes, times a day, days a week) and choose the side; Up and Down, or "
    "the - and + buttons, add or take one. \"The patient reads\" shows the sentence as the "
    "handout will say it, and changes as you type. 0 leaves a number out of the sentence.\n"
    "\n"
    "4. Add a note and general instructions\n"
    "\"Note for this patient\", on the same tab, goes with the selected exercise. The "
    "\"Instructions\" tab is for the whole program. At the top, fill in the patient's "
    "name (or leave it empty for a line to write on), the date and the therapist.\n"
    "\n"
    "5. Start from a template, keep good programs as templates\n"
    "Templates > Apply Template (Ctrl+T) starts from a template: it replaces the program's "
    "exercises or adds its own after them. When a program works well, Templates > Save as "
    "Template keeps its exercises and doses for the next patient. Manage Templates renames, "
    "duplicates, deletes, imports and exports them.\n"
    "\n"
    "6. Print or export the handout\n"
    "The preview on the right shows the pages as they will print. On the \"Handout\" tab, "
    "choose the paper, large print, the page about the condition and the weeks of exercise "
    "log. Then File > Print (Ctrl+P), or File > Export PDF (Ctrl+E) for a PDF to send. Edit > "
    "Copy Summary for the Clinical Note (Ctrl+Shift+C) copies the program for your notes.\n"
    "\n"
    "7. Save the program\n"
    "File > Save (Ctrl+S) keeps the program in a file, to open and change at the next visit. "
    "Unsaved work is also saved aside every minute: after a crash, HEP Studio offers it back "
    "on the next start.\n"
    "\n"
    "Every menu key and the keys of the lists and fields are in Help > Keyboard Shortcuts. Your "
    "clinic, its logo, your name and the handout defaults are in Catalogue > Preferences.";

// The steps' titles ("1. Find an exercise") in bold, where the text control can show it.
void boldStepTitles(wxTextCtrl& text) {
    wxFont bold = text.GetFont().Bold();
    const wxString guide = text.GetValue();
    std::size_t start = 0;
    while (start < guide.length()) {
        std::size_t end = guide.find('\n', start);
        if (end == wxString::npos) {
            end = guide.length();
        }
        if (end - start > 3 && wxIsdigit(guide[start]) && guide.Mid(start + 1, 2) == ". ") {
            text.SetStyle(static_cast<long>(start), static_cast<long>(end),
                          wxTextAttr(wxNullColour, wxNullColour, bold));
        }
        start = end + 1;
    }
}

}  // namespace

std::vector<ShortcutRow> menuShortcuts(const wxMenuBar& bar) {
    std::vector<ShortcutRow> rows;
    for (std::size_t i = 0; i < bar.GetMenuCount(); ++i) {
        if (const wxMenu* menu = bar.GetMenu(i)) {
            addMenu(*menu, bar.GetMenuLabelText(i), rows);
        }
    }
    return rows;
}

std::vector<ShortcutRow> windowShortcuts() {
    std::vector<ShortcutRow> rows;
    for (const WindowKey& key : kWindowKeys) {
        wxString keys = keyName(key.keys[0]);
        if (key.keys[1] != nullptr) {
            keys += kOr + keyName(key.keys[1]);
        }
        rows.push_back({key.where, key.what, keys});
    }
    return rows;
}

KeyboardShortcutsDialog::KeyboardShortcutsDialog(wxWindow* parent, const wxMenuBar& bar)
    : wxDialog(parent, wxID_ANY, "Keyboard Shortcuts", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->AppendColumn("Where");
    list_->AppendColumn("What");
    list_->AppendColumn("Keys");
    std::vector<ShortcutRow> rows = menuShortcuts(bar);
    for (ShortcutRow& row : windowShortcuts()) {
        rows.push_back(std::move(row));
    }
    for (const ShortcutRow& row : rows) {
        long index = list_->InsertItem(list_->GetItemCount(), row.menu);
        list_->SetItem(index, 1, row.action);
        list_->SetItem(index, 2, row.keys);
    }

    // Every column as wide as its widest text or its title, whichever is wider.
    int width = 0;
    for (int column = 0; column < list_->GetColumnCount(); ++column) {
        list_->SetColumnWidth(column, wxLIST_AUTOSIZE);
        int text = list_->GetColumnWidth(column);
        list_->SetColumnWidth(column, wxLIST_AUTOSIZE_USEHEADER);
        int title = list_->GetColumnWidth(column);
        list_->SetColumnWidth(column, std::max(text, title) + FromDIP(8));
        width += list_->GetColumnWidth(column);
    }
    // Room for the scroll bar, and for up to 18 rows under the titles.
    width += wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, list_) + FromDIP(8);
    int row_height = GetCharHeight() + FromDIP(8);
    if (wxRect rect; list_->GetItemCount() > 0 && list_->GetItemRect(0, rect) && rect.height > 0) {
        row_height = rect.height;
    }
    int shown = std::min(list_->GetItemCount(), 18);
    list_->SetMinSize(wxSize(width, (shown + 2) * row_height));

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
    top->Add(CreateSeparatedButtonSizer(wxCLOSE), 0, wxEXPAND | wxALL, 12);
    SetAffirmativeId(wxID_CLOSE);
    SetEscapeId(wxID_CLOSE);
    SetSizerAndFit(top);
    CentreOnParent();
    list_->SetFocus();
}

GettingStartedDialog::GettingStartedDialog(wxWindow* parent)
    : wxDialog(parent, wxID_ANY, "Getting Started with HEP Studio", wxDefaultPosition,
               wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    text_ = new wxTextCtrl(this, wxID_ANY, kGuide, wxDefaultPosition, wxSize(560, 420),
                           wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(text_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
    top->Add(CreateSeparatedButtonSizer(wxCLOSE), 0, wxEXPAND | wxALL, 12);
    SetAffirmativeId(wxID_CLOSE);
    SetEscapeId(wxID_CLOSE);
    SetSizerAndFit(top);
    // Readable on a 1024x768 screen: never larger than 640x560, the text scrolls instead.
    wxSize size = GetSize();
    SetMinSize(wxSize(std::min(size.x, 640), std::min(size.y, 560)));
    SetSize(GetMinSize());
    CentreOnParent();
    boldStepTitles(*text_);
    text_->SetInsertionPoint(0);
    text_->ShowPosition(0);
    text_->SetFocus();
}

wxString GettingStartedDialog::text() const {
    return text_->GetValue();
}

void showKeyboardShortcuts(wxWindow* parent, const wxMenuBar& bar) {
    KeyboardShortcutsDialog dialog(parent, bar);
    dialog.ShowModal();
}

void showGettingStarted(wxWindow* parent) {
    GettingStartedDialog dialog(parent);
    dialog.ShowModal();
}

}  // namespace hep::gui
