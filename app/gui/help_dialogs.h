// The Help menu's dialogs: Keyboard Shortcuts (read from the menu bar itself) and Getting Started.
#pragma once

#include <wx/dialog.h>
#include <wx/string.h>

#include <vector>

class wxListCtrl;
class wxMenuBar;
class wxTextCtrl;
class wxWindow;

namespace hep::gui {

// One line of the Keyboard Shortcuts list: where it works, what it does, the keys.
struct ShortcutRow {
    wxString menu;    // "File", "File > Open Recent"; for window keys, the part of the window
    wxString action;  // the menu item's label without '&', "\t..." and a trailing "..."
    wxString keys;    // as wxAcceleratorEntry::ToString() spells them: "Ctrl+S", "Delete"
};

// Every item of the menu bar (and of its submenus) that has an accelerator, in menu order, read
// from the items themselves so that the list cannot disagree with the menus.
std::vector<ShortcutRow> menuShortcuts(const wxMenuBar& bar);

// The keys that are not in the menus (the search field, the lists, the dose fields, dialogs).
std::vector<ShortcutRow> windowShortcuts();

// Help > Keyboard Shortcuts: menuShortcuts(bar) then windowShortcuts() in a list (Where, What,
// Keys), with Close (Escape closes too).
class KeyboardShortcutsDialog : public wxDialog {
  public:
    KeyboardShortcutsDialog(wxWindow* parent, const wxMenuBar& bar);

    // The list, for tests.
    wxListCtrl* list() { return list_; }

  private:
    wxListCtrl* list_ = nullptr;
};

// Help > Getting Started: how a therapist builds, prints and keeps a program, in a few numbered
// steps, with Close.
class GettingStartedDialog : public wxDialog {
  public:
    explicit GettingStartedDialog(wxWindow* parent);

    // The whole guide as shown, for tests.
    wxString text() const;

  private:
    wxTextCtrl* text_ = nullptr;
};

// Run the dialogs modally.
void showKeyboardShortcuts(wxWindow* parent, const wxMenuBar& bar);
void showGettingStarted(wxWindow* parent);

}  // namespace hep::gui
