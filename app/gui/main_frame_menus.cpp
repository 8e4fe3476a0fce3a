#include "app/gui/main_frame.h"

#include <wx/menu.h>

#include "app/gui/catalogue_panel.h"
#include "app/gui/help_dialogs.h"
#include "app/gui/program_panel.h"
#include "app/gui/wx_text.h"

namespace hep::gui {

namespace {

enum Command {
    kExportPdf = wxID_HIGHEST + 1,
    kCopySummary,
    kMoveUp,
    kMoveDown,
    kApplyTemplate,
    kSaveAsTemplate,
    kManageTemplates,
    kNewExercise,
    kEditExercise,
    kDeleteExercise,
    kFocusSearch,
    kCloseProgram,
    kGettingStarted,
    kKeyboardShortcuts,
};

}  // namespace

void MainFrame::buildMenus() {
    auto* file = new wxMenu;
    file->Append(wxID_NEW, "&New\tCtrl+N");
    file->Append(wxID_OPEN, "&Open...\tCtrl+O");
    auto* recent = new wxMenu;
    file->AppendSubMenu(recent, "Open &Recent");
    history_.UseMenu(recent);
    history_.AddFilesToMenu(recent);
    file->Append(kCloseProgram, "&Close Program\tCtrl+W");
    file->Append(wxID_SAVE, "&Save\tCtrl+S");
    file->Append(wxID_SAVEAS, "Save &As...\tCtrl+Shift+S");
    file->AppendSeparator();
    file->Append(kExportPdf, "&Export PDF...\tCtrl+E");
    file->Append(wxID_PRINT, "&Print...\tCtrl+P");
    file->Append(wxID_PREVIEW, "Print Pre&view\tCtrl+Shift+P");
    file->AppendSeparator();
    file->Append(wxID_EXIT, "&Quit\tCtrl+Q");

    auto* edit = new wxMenu;
    edit->Append(wxID_UNDO, "&Undo\tCtrl+Z");
    edit->Append(wxID_REDO, "&Redo\tCtrl+Shift+Z");
    edit->AppendSeparator();
    edit->Append(wxID_DELETE, "&Delete Exercise\tDel");
    edit->Append(kMoveUp, "Move &Up\tAlt+Up");
    edit->Append(kMoveDown, "Move Do&wn\tAlt+Down");
    edit->AppendSeparator();
    edit->Append(kCopySummary, "&Copy Summary for the Clinical Note\tCtrl+Shift+C");
    edit->Append(kFocusSearch, "&Find Exercise\tCtrl+F");

    auto* templates = new wxMenu;
    templates->Append(kApplyTemplate, "&Apply Template...\tCtrl+T");
    templates->Append(kSaveAsTemplate, "&Save as Template...");
    templates->Append(kManageTemplates, "&Manage Templates...");

    auto* catalogue = new wxMenu;
    catalogue->Append(kNewExercise, "&New Exercise...");
    catalogue->Append(kEditExercise, "&Edit Exercise...");
    catalogue->Append(kDeleteExercise, "&Delete Exercise...");
    catalogue->AppendSeparator();
    catalogue->Append(wxID_PREFERENCES, "&Preferences...\tCtrl+,");

    auto* help = new wxMenu;
    help->Append(kGettingStarted, "&Getting Started\tF1");
    help->Append(kKeyboardShortcuts, "&Keyboard Shortcuts");
    help->AppendSeparator();
    help->Append(wxID_ABOUT, "&About HEP Studio");

    auto* bar = new wxMenuBar;
    bar->Append(file, "&File");
    bar->Append(edit, "&Edit");
    bar->Append(templates, "&Templates");
    bar->Append(catalogue, "&Catalogue");
    bar->Append(help, "&Help");
    SetMenuBar(bar);
}

void MainFrame::bindCommands() {
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { newProgram(); }, wxID_NEW);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { openWithDialog(); }, wxID_OPEN);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent& e) {
            wxString path = history_.GetHistoryFile(e.GetId() - wxID_FILE1);
            if (confirmDiscard()) {
                openProgram(utf8(path));
            }
        },
        wxID_FILE1, wxID_FILE9);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { save(); }, wxID_SAVE);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { saveAs(); }, wxID_SAVEAS);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { exportWithDialog(); }, kExportPdf);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { printWithDialog(false); }, wxID_PRINT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { printWithDialog(true); }, wxID_PREVIEW);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { editor_.undo(); }, wxID_UNDO);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { editor_.redo(); }, wxID_REDO);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { program_->removeSelected(); }, wxID_DELETE);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { program_->moveSelected(-1); }, kMoveUp);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { program_->moveSelected(1); }, kMoveDown);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { copySummary(); }, kCopySummary);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { catalogue_->focusSearch(); }, kFocusSearch);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { applyTemplateWithDialog(); }, kApplyTemplate);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { saveAsTemplateWithDialog(); }, kSaveAsTemplate);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { manageTemplates(); }, kManageTemplates);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { editExercise(true); }, kNewExercise);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { editExercise(false); }, kEditExercise);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { editPreferences(); }, wxID_PREFERENCES);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { showAbout(); }, wxID_ABOUT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { showGettingStarted(this); }, kGettingStarted);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { showKeyboardShortcuts(this, *GetMenuBar()); },
        kKeyboardShortcuts);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { closeProgram(); }, kCloseProgram);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { addExercise(catalogue_->selectedId()); }, wxID_ADD);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { deleteExercise(catalogue_->selectedId()); },
        kDeleteExercise);
    Bind(
        wxEVT_UPDATE_UI,
        [this](wxUpdateUIEvent& e) {
            e.Enable(editor_.canUndo());
            e.SetText(editor_.canUndo() ? wx("&Undo " + editor_.undoDescription()) + "\tCtrl+Z"
                                        : wxString("&Undo\tCtrl+Z"));
        },
        wxID_UNDO);
    Bind(
        wxEVT_UPDATE_UI,
        [this](wxUpdateUIEvent& e) {
            e.Enable(editor_.canRedo());
            e.SetText(editor_.canRedo()
                          ? wx("&Redo " + editor_.redoDescription()) + "\tCtrl+Shift+Z"
                          : wxString("&Redo\tCtrl+Shift+Z"));
        },
        wxID_REDO);
    auto has_items = [this](wxUpdateUIEvent& e) { e.Enable(!editor_.program().items.empty()); };
    for (int id : {int(kExportPdf), int(wxID_PRINT), int(wxID_PREVIEW), int(kCopySummary),
                   int(kSaveAsTemplate)}) {
        Bind(wxEVT_UPDATE_UI, has_items, id);
    }
    auto has_selection = [this](wxUpdateUIEvent& e) { e.Enable(program_->selectedItem() >= 0); };
    for (int id : {int(wxID_DELETE), int(kMoveUp), int(kMoveDown)}) {
        Bind(wxEVT_UPDATE_UI, has_selection, id);
    }
    Bind(
        wxEVT_UPDATE_UI,
        [this](wxUpdateUIEvent& e) {
            auto selected = services_.catalogue().find(catalogue_->selectedId());
            e.Enable(selected && !selected->builtin);
        },
        kEditExercise);
    Bind(
        wxEVT_UPDATE_UI,
        [this](wxUpdateUIEvent& e) {
            auto selected = services_.catalogue().find(catalogue_->selectedId());
            e.Enable(selected && !selected->builtin);
        },
        kDeleteExercise);
    Bind(
        wxEVT_TIMER, [this](wxTimerEvent&) { refreshPreviewNow(); }, preview_timer_.GetId());
    Bind(
        wxEVT_TIMER, [this](wxTimerEvent&) { writeAutosave(); }, autosave_timer_.GetId());
    Bind(
        wxEVT_TIMER, [this](wxTimerEvent&) { lookForOthersChanges(); }, changes_timer_.GetId());
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& e) {
        if (e.CanVeto() && !confirmDiscard()) {
            e.Veto();
            return;
        }
        std::error_code ec;
        std::filesystem::remove(autosave_file_, ec);
        Destroy();
    });
}

void MainFrame::showProgramMenu() {
    wxMenu menu;
    menu.Append(wxID_DELETE, "&Remove from Program\tDel");
    menu.Append(kMoveUp, "Move &Up\tAlt+Up");
    menu.Append(kMoveDown, "Move Do&wn\tAlt+Down");
    menu.AppendSeparator();
    menu.Append(kCopySummary, "&Copy Summary for the Clinical Note");
    PopupMenu(&menu);
}

void MainFrame::showCatalogueMenu() {
    wxMenu menu;
    menu.Append(wxID_ADD, "&Add to Program");
    menu.AppendSeparator();
    menu.Append(kNewExercise, "&New Exercise...");
    menu.Append(kEditExercise, "&Edit Exercise...");
    menu.Append(kDeleteExercise, "&Delete Exercise...");
    PopupMenu(&menu);
}

}  // namespace hep::gui
