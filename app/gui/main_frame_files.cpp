// The window's program files: new, open, save, the recent files and the autosave kept aside for
// a crash.
#include "app/gui/main_frame.h"

#include <wx/aboutdlg.h>
#include <wx/choicdlg.h>
#include <wx/clipbrd.h>
#include <wx/config.h>
#include <wx/generic/printps.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/printdlg.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/textdlg.h>

#include <fstream>

#include "app/gui/catalogue_panel.h"
#include "app/gui/dialogs.h"
#include "app/gui/handout_printout.h"
#include "app/gui/help_dialogs.h"
#include "app/gui/preview_panel.h"
#include "app/gui/program_panel.h"
#include "app/gui/template_picker_dialog.h"
#include "app/gui/window_layout.h"
#include "app/gui/wx_text.h"
#include "core/errors.h"
#include "core/file_io.h"
#include "core/program_condition.h"
#include "core/program_from_template.h"
#include "core/program_summary.h"
#include "files/builtin_catalogue.h"
#include "files/program_file.h"
#include "images/image_decode.h"
#include "pdf/pdf_writer.h"

namespace hep::gui {

namespace {

const wxString kProgramFiles = "HEP Studio programs (*.hep)|*.hep|All files|*";
const wxString kTemplateFiles =
    "HEP Studio programs and templates (*.hep;*.json)|*.hep;*.json|All files|*";

}  // namespace

bool MainFrame::confirmDiscard() {
    if (!editor_.modified()) {
        return true;
    }
    wxString what =
        editor_.file().empty() ? wxString("this program") : wx(editor_.file().filename().string());
    switch (prompts_->askToSave(this, what)) {
        case DiscardChoice::Save:
            return save();
        case DiscardChoice::Discard:
            return true;
        case DiscardChoice::Cancel:
        default:
            return false;
    }
}

void MainFrame::closeProgram() {
    if (confirmDiscard()) {
        editor_.reset(preferences_.current().newProgram());
        std::error_code ec;
        std::filesystem::remove(autosave_file_, ec);
    }
}

void MainFrame::newProgram() {
    if (confirmDiscard()) {
        editor_.reset(preferences_.current().newProgram());
    }
}

void MainFrame::openWithDialog() {
    if (!confirmDiscard()) {
        return;
    }
    if (auto path = prompts_->openPath(this, "Open a program", kTemplateFiles)) {
        openProgram(utf8(*path));
    }
}

bool MainFrame::openProgram(const std::filesystem::path& path) {
    try {
        HepFile file = readHepFile(path, services_.catalogue().lookup());
        Program program;
        if (file.kind == FileKind::Template) {
            program = preferences_.current().newProgram();
            program.items = file.template_.items;
            program.condition = file.template_.condition;
            program.instructions = file.template_.instructions;
            program.custom_exercises = file.custom_exercises;
            editor_.reset(program);
        } else {
            editor_.reset(file.program, path);
            addRecent(path);
        }
        if (!file.warnings.empty()) {
            wxString text = "The file opened, with things to look at:\n";
            for (const auto& w : file.warnings) {
                text += "\n" + wx(w);
            }
            prompts_->info(this, text);
        }
        return true;
    } catch (const std::exception& e) {
        reportError(e, "The program could not be opened.");
        return false;
    }
}

bool MainFrame::save() {
    return editor_.file().empty() ? saveAs() : saveTo(editor_.file());
}

bool MainFrame::saveAs() {
    wxString suggested = editor_.program().patient.empty()
                             ? wxString("program.hep")
                             : wx(slugFromName(editor_.program().patient)) + ".hep";
    auto path = prompts_->savePath(this, "Save the program", kProgramFiles, suggested);
    if (!path) {
        return false;
    }
    std::filesystem::path file = utf8(*path);
    if (!file.has_extension()) {
        file += ".hep";
    }
    return saveTo(file);
}

bool MainFrame::saveTo(const std::filesystem::path& path) {
    try {
        requireValidProgram();
        checkOutputIsNot(path, {{services_.databasePath(), "the HEP Studio database"},
                                {autosave_file_, "the window's autosave file"}});
        writeFileAtomically(path, programToText(editor_.program(), services_.catalogue().lookup()));
        editor_.markSaved(path);
        addRecent(path);
        std::error_code ec;
        std::filesystem::remove(autosave_file_, ec);
        say("Saved " + wx(path.string()));
        return true;
    } catch (const std::exception& e) {
        reportError(e, "The program was not saved.");
        return false;
    }
}

void MainFrame::forgetRecentFiles() {
    while (history_.GetCount() > 0) {
        history_.RemoveFileFromHistory(0);
    }
    history_.Save(*wxConfigBase::Get());
}

void MainFrame::addRecent(const std::filesystem::path& path) {
    if (preferences_.current().remember_patients_in_recent_files) {
        history_.AddFileToHistory(wx(path.string()));
        history_.Save(*wxConfigBase::Get());
    }
}

void MainFrame::writeAutosave() {
    if (!editor_.modified() || editor_.program().items.empty()) {
        return;
    }
    try {
        writeFileAtomically(autosave_file_,
                            programToText(editor_.program(), services_.catalogue().lookup()));
    } catch (const std::exception& e) {
        SetStatusText(wx(std::string("The program could not be saved aside: ") + e.what()));
    }
}

void MainFrame::offerAutosave() {
    std::error_code ec;
    if (!std::filesystem::exists(autosave_file_, ec)) {
        return;
    }
    if (prompts_->confirm(this,
                          "HEP Studio closed last time before a program was saved. Restore it?",
                          "Restore Program")) {
        try {
            HepFile file = readHepFile(autosave_file_, services_.catalogue().lookup());
            // Restored work is unsaved work: one undoable step from an empty program, so the
            // user is asked before it is lost again.
            editor_.reset(preferences_.current().newProgram());
            editor_.change("Restore unsaved program", [&](Program& p) { p = file.program; });
        } catch (const std::exception& e) {
            reportError(e, "The program could not be restored.");
        }
    }
    std::filesystem::remove(autosave_file_, ec);
}

}  // namespace hep::gui
