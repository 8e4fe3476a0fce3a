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
#include "export/pdf_writer.h"
#include "model/builtin_catalogue.h"
#include "model/errors.h"
#include "model/file_io.h"
#include "model/image_decode.h"
#include "model/program_condition.h"
#include "model/program_file.h"
#include "model/program_from_template.h"
#include "model/program_summary.h"

namespace hep::gui {

namespace {

const wxString kProgramFiles = "HEP Studio programs (*.hep)|*.hep|All files|*";
const wxString kTemplateFiles =
    "HEP Studio programs and templates (*.hep;*.json)|*.hep;*.json|All files|*";

}  // namespace

MainFrame::MainFrame(AppServices& services, std::unique_ptr<UserPrompts> prompts,
                     std::filesystem::path autosave_file)
    : wxFrame(nullptr, wxID_ANY, "HEP Studio"),
      services_(services),
      prompts_(std::move(prompts)),
      autosave_file_(std::move(autosave_file)),
      preferences_(Preferences::load(*wxConfigBase::Get())),
      editor_(preferences_.newProgram()),
      preview_timer_(this),
      autosave_timer_(this) {
    if (!preferences_.logo_path.empty()) {
        try {
            services_.setLogo(loadImageFile(preferences_.logo_path));
        } catch (const std::exception&) {
            services_.setLogo(std::nullopt);  // shown when the therapist opens Preferences
        }
    }
    auto* outer = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                       wxSP_LIVE_UPDATE | wxSP_3D);
    catalogue_ =
        new CataloguePanel(outer, services_.catalogue(), services_.storage().catalogueChanges());
    auto* inner = new wxSplitterWindow(outer, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                       wxSP_LIVE_UPDATE | wxSP_3D);
    program_ = new ProgramPanel(inner, editor_, services_.catalogue().lookup());
    preview_ = new PreviewPanel(inner);
    inner->SplitVertically(program_, preview_);
    inner->SetMinimumPaneSize(240);
    outer->SplitVertically(catalogue_, inner);
    outer->SetMinimumPaneSize(220);
    outer->SetSashGravity(0.0);
    inner->SetSashGravity(0.5);
    restoreWindowSize(*this);
    // The splitters only know their size once the frame is laid out.
    CallAfter([this, outer, inner] { restoreSashes(*this, *outer, *inner); });
    CreateStatusBar();

    buildMenus();
    bindCommands();
    catalogue_->onAdd = [this](const std::string& id) { addExercise(id); };
    catalogue_->onListMenu = [this] { showCatalogueMenu(); };
    program_->onListMenu = [this] { showProgramMenu(); };
    program_->onDropExercise = [this](const std::string& id, std::size_t at) {
        addExercise(id, static_cast<long>(at));
    };
    subscription_ =
        editor_.subscribe([this](const ProgramChanged& change) { onProgramChanged(change); });
    history_.Load(*wxConfigBase::Get());
    if (!preferences_.remember_patients_in_recent_files) {
        forgetRecentFiles();  // names remembered before the preference was turned off
    }
    updateTitle();
    refreshPreviewNow();
    autosave_timer_.Start(60 * 1000);
    CallAfter([this] { offerAutosave(); });
    catalogue_->searchField()->SetFocus();
}

MainFrame::~MainFrame() {
    // The panels watch editor_: they go before it does (wxWindow would destroy them later).
    preview_timer_.Stop();
    autosave_timer_.Stop();
    DestroyChildren();
    subscription_.reset();
    history_.Save(*wxConfigBase::Get());
}

void MainFrame::updateTitle() {
    wxString name =
        editor_.file().empty() ? wxString("Untitled") : wx(editor_.file().filename().string());
    SetTitle((editor_.modified() ? "*" : "") + name + " - HEP Studio");
}

void MainFrame::onProgramChanged(const ProgramChanged& change) {
    // A save keeps its "Saved" message; any other change is the user's next action.
    if (change.kind != ProgramChanged::Kind::Saved) {
        said_.clear();
    }
    updateTitle();
    showProgramCondition();
    preview_timer_.StartOnce(150);
}

std::optional<std::string> MainFrame::programProblem() const {
    if (auto problems = checkProgram(editor_.program()); !problems.empty()) {
        return "The program " + problems.front() + ".";
    }
    return std::nullopt;
}

void MainFrame::requireValidProgram() const {
    if (auto problem = programProblem()) {
        throw InputError(*problem);
    }
}

Document MainFrame::outputDocument(std::vector<std::string>* warnings) {
    requireValidProgram();
    return currentDocument(warnings);
}

Document MainFrame::currentDocument(std::vector<std::string>* warnings) {
    Handout handout = layoutHandout(editor_.program(), services_.handoutInputs());
    if (warnings != nullptr) {
        *warnings = std::move(handout.warnings);
    }
    return std::move(handout.document);
}

void MainFrame::refreshPreviewNow() {
    preview_timer_.Stop();
    try {
        std::vector<std::string> warnings;
        preview_->setDocument(editor_.program().items.empty() ? Document{}
                                                              : currentDocument(&warnings));
        // A field over its limit first: saving, exporting and printing will refuse it.
        auto problem = programProblem();
        // A field over its limit first; then what the user's last action said; then warnings.
        SetStatusText(problem            ? wx(*problem)
                      : !said_.empty()   ? said_
                      : warnings.empty() ? wxString()
                                         : wx(warnings.front()));
    } catch (const std::exception& e) {
        SetStatusText(wx(std::string("The preview cannot be drawn: ") + e.what()));
    }
}

void MainFrame::showProgramCondition() {
    const Program& p = editor_.program();
    auto lookup = lookupIn(p.custom_exercises, services_.catalogue().lookup());
    std::vector<Exercise> exercises;
    for (const auto& item : p.items) {
        if (auto e = lookup(item.exercise_id)) {
            exercises.push_back(*e);
        }
    }
    auto nameOf = [](const std::string& id) {
        for (const auto& condition : builtinCatalogue().conditions) {
            if (condition.id == id) {
                return condition.name;
            }
        }
        return std::string();
    };
    program_->showCondition(wx(nameOf(programConditionId(p.condition, exercises))),
                            wx(nameOf(programConditionId("", exercises))));
}

void MainFrame::say(const wxString& message) {
    said_ = message;
    SetStatusText(message);
}

void MainFrame::reportError(const std::exception& e, const wxString& what) {
    prompts_->error(this, what + "\n\n" + wx(e.what()));
}

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
        editor_.reset(preferences_.newProgram());
        std::error_code ec;
        std::filesystem::remove(autosave_file_, ec);
    }
}

void MainFrame::newProgram() {
    if (confirmDiscard()) {
        editor_.reset(preferences_.newProgram());
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
            program = preferences_.newProgram();
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
    if (preferences_.remember_patients_in_recent_files) {
        history_.AddFileToHistory(wx(path.string()));
        history_.Save(*wxConfigBase::Get());
    }
}

bool MainFrame::exportPdf(const std::filesystem::path& path) {
    try {
        std::vector<std::string> warnings;
        std::vector<KeptFile> kept{{services_.databasePath(), "the HEP Studio database"},
                                   {autosave_file_, "the window's autosave file"}};
        if (!editor_.file().empty()) {
            kept.push_back({editor_.file(), "the program file"});
        }
        checkOutputIsNot(path, kept);
        Document document = outputDocument(&warnings);
        writePdf(document, path);
        say("Exported " + wx(path.string()));
        if (!warnings.empty()) {
            wxString text = "The handout was made, with things to look at:\n";
            for (const auto& w : warnings) {
                text += "\n" + wx(w);
            }
            prompts_->info(this, text);
        }
        return true;
    } catch (const std::exception& e) {
        reportError(e, "The PDF was not made.");
        return false;
    }
}

void MainFrame::exportWithDialog() {
    wxString suggested = (editor_.program().patient.empty()
                              ? wxString("handout")
                              : wx(slugFromName(editor_.program().patient)) + "-handout") +
                         ".pdf";
    auto path =
        prompts_->savePath(this, "Export the handout as PDF", "PDF files (*.pdf)|*.pdf", suggested);
    if (!path) {
        return;
    }
    std::filesystem::path file = utf8(*path);
    if (!file.has_extension()) {
        file += ".pdf";
    }
    if (exportPdf(file) &&
        prompts_->confirm(this, "The handout is saved. Open it now?", "Export PDF")) {
        prompts_->openInViewer(wx(file.string()));
    }
}

bool MainFrame::printToFile(const std::filesystem::path& path) {
    try {
        wxPrintData data;
        data.SetPrintMode(wxPRINT_MODE_FILE);
        data.SetFilename(wx(path.string()));
        data.SetPaperId(editor_.program().handout.paper == Paper::A4 ? wxPAPER_A4 : wxPAPER_LETTER);
        Document document = outputDocument();
        wxPrintDialogData dialog_data(data);
        // Without a dialog the page range must be given; the PostScript printer writes the
        // file itself, with no printer or dialog involved.
        dialog_data.SetMinPage(1);
        dialog_data.SetMaxPage(static_cast<int>(document.pages.size()));
        dialog_data.SetFromPage(1);
        dialog_data.SetToPage(static_cast<int>(document.pages.size()));
        wxPostScriptPrinter printer(&dialog_data);
        HandoutPrintout printout(std::move(document));
        return printer.Print(this, &printout, false);
    } catch (const std::exception& e) {
        reportError(e, "The handout was not printed.");
        return false;
    }
}

void MainFrame::printWithDialog(bool preview_only) {
    try {
        wxPrintData data;
        data.SetPaperId(editor_.program().handout.paper == Paper::A4 ? wxPAPER_A4 : wxPAPER_LETTER);
        wxPrintDialogData dialog_data(data);
        if (preview_only) {
            auto* preview = new wxPrintPreview(new HandoutPrintout(outputDocument()),
                                               new HandoutPrintout(outputDocument()), &dialog_data);
            if (!preview->IsOk()) {
                delete preview;
                prompts_->error(this, "The print preview cannot be shown. Is a printer set up?");
                return;
            }
            auto* frame = new wxPreviewFrame(preview, this, "Print Preview", wxDefaultPosition,
                                             wxSize(900, 900));
            frame->Initialize();
            frame->Show();
            return;
        }
        wxPrinter printer(&dialog_data);
        HandoutPrintout printout(outputDocument());
        if (!printer.Print(this, &printout, true) && wxPrinter::GetLastError() == wxPRINTER_ERROR) {
            prompts_->error(this,
                            "The handout could not be printed. Check the printer and try "
                            "again, or export a PDF and print that.");
        }
    } catch (const std::exception& e) {
        reportError(e, "The handout was not printed.");
    }
}

void MainFrame::addExercise(const std::string& id, long at) {
    try {
        Exercise exercise = services_.catalogue().get(id);
        std::size_t index;
        if (at >= 0) {
            index = std::min(static_cast<std::size_t>(at), editor_.program().items.size());
        } else {
            long selected = program_->selectedItem();
            index = selected < 0 ? editor_.program().items.size()
                                 : static_cast<std::size_t>(selected) + 1;
        }
        editor_.addExercise(exercise, index);
        program_->selectItem(static_cast<long>(index));
    } catch (const std::exception& e) {
        reportError(e, "The exercise was not added.");
    }
}

bool MainFrame::applyTemplate(const std::string& id, bool replace, bool use_instructions) {
    try {
        ProtocolTemplate t = services_.templates().get(id);
        const ExerciseLookup lookup = services_.catalogue().lookup();
        editor_.change("Apply template", [&](Program& p) {
            hep::applyTemplate(p, t, lookup,
                               {.replace = replace, .use_instructions = use_instructions});
        });
        program_->selectItem(0);
        return true;
    } catch (const std::exception& e) {
        reportError(e, "The template was not applied.");
        return false;
    }
}

void MainFrame::applyTemplateWithDialog() {
    const Program& p = editor_.program();
    TemplatePickerDialog picker(this, services_, !p.items.empty(), !p.instructions.empty());
    if (picker.ShowModal() == wxID_OK && !picker.templateId().empty()) {
        applyTemplate(picker.templateId(), picker.replaceExercises(), picker.useInstructions());
    }
}

std::string MainFrame::saveAsTemplate(const std::string& name, const std::string& description) {
    try {
        ProtocolTemplate t;
        t.name = name;
        t.description = description;
        t.condition = editor_.program().condition;
        t.instructions = editor_.program().instructions;
        t.items = editor_.program().items;
        // Custom exercises the program carries from another clinic join this catalogue with the
        // template, in one transaction: a template that fails its checks leaves none behind.
        std::vector<Exercise> carried;
        for (const auto& e : editor_.program().custom_exercises) {
            if (!services_.catalogue().find(e.id)) {
                carried.push_back(e);
            }
        }
        std::string id = services_.templates().save(t, std::move(carried));
        say("Saved the template \"" + wx(name) + "\"");
        return id;
    } catch (const std::exception& e) {
        reportError(e, "The template was not saved.");
        return {};
    }
}

void MainFrame::saveAsTemplateWithDialog() {
    wxTextEntryDialog dialog(this, "Name of the new template:", "Save as Template");
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    wxString name = dialog.GetValue().Strip(wxString::both);
    if (name.empty()) {
        prompts_->error(this, "A template needs a name.");
        return;
    }
    saveAsTemplate(utf8(name), "");
}

void MainFrame::manageTemplates() {
    showTemplateManager(this, services_, *prompts_);
}

void MainFrame::editExercise(bool create) {
    std::optional<Exercise> existing;
    if (!create) {
        existing = services_.catalogue().find(catalogue_->selectedId());
        if (!existing || existing->builtin) {
            prompts_->info(this,
                           "Select one of your own exercises in the catalogue to edit it. "
                           "Built-in exercises cannot be changed.");
            return;
        }
    }
    if (showExerciseEditor(this, services_, *prompts_, existing ? &*existing : nullptr)) {
        refreshPreviewNow();  // the catalogue hears of the change from the database
    }
}

bool MainFrame::deleteExercise(const std::string& id) {
    auto exercise = services_.catalogue().find(id);
    if (!exercise || exercise->builtin) {
        prompts_->info(this,
                       "Select one of your own exercises in the catalogue to delete it. "
                       "Built-in exercises cannot be deleted.");
        return false;
    }
    auto users = services_.catalogue().templatesUsing(id);
    if (!users.empty()) {
        wxString names;
        for (const auto& name : users) {
            names += "\n  " + wx(name);
        }
        prompts_->error(this,
                        "\"" + wx(exercise->name) + "\" cannot be deleted: " +
                            (users.size() == 1 ? "this template uses" : "these templates use") +
                            " it:" + names + "\n\nRemove it from them first.");
        return false;
    }
    if (!prompts_->confirm(this,
                           "Delete \"" + wx(exercise->name) +
                               "\" from the catalogue? Programs saved with it keep their copy.",
                           "Delete Exercise")) {
        return false;
    }
    try {
        services_.catalogue().removeCustom(id);
        say("Deleted the exercise \"" + wx(exercise->name) + "\"");
        return true;
    } catch (const std::exception& e) {
        reportError(e, "The exercise was not deleted.");
        return false;
    }
}

void MainFrame::editPreferences() {
    Preferences changed = preferences_;
    if (showPreferences(this, changed)) {
        applyPreferences(changed);
    }
}

void MainFrame::applyPreferences(const Preferences& changed) {
    // The clinic's details (and the therapist, where the program had the old default) reach the
    // program that is open, as one step that can be undone.
    const Preferences old = preferences_;
    if (changed.clinic != old.clinic || changed.therapist != old.therapist) {
        editor_.change("Clinic details", [&](Program& p) {
            if (p.clinic == old.clinic) {
                p.clinic = changed.clinic;
            }
            if (p.therapist == old.therapist) {
                p.therapist = changed.therapist;
            }
        });
    }
    preferences_ = changed;
    if (!preferences_.save(*wxConfigBase::Get())) {
        prompts_->error(this,
                        "The preferences could not be saved: they apply until HEP Studio "
                        "is closed.");
    }
    if (!preferences_.remember_patients_in_recent_files) {
        forgetRecentFiles();
    }
    try {
        services_.setLogo(preferences_.logo_path.empty()
                              ? std::nullopt
                              : std::optional<RgbImage>(loadImageFile(preferences_.logo_path)));
    } catch (const std::exception& e) {
        services_.setLogo(std::nullopt);
        reportError(e, "The logo cannot be used.");
    }
    refreshPreviewNow();
}

void MainFrame::copySummary() {
    std::string text = programSummary(editor_.program(), services_.catalogue().lookup());
    if (wxTheClipboard->Open()) {
        wxTheClipboard->SetData(new wxTextDataObject(wx(text)));
        wxTheClipboard->Close();
        say("The summary is on the clipboard.");
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
            editor_.reset(preferences_.newProgram());
            editor_.change("Restore unsaved program", [&](Program& p) { p = file.program; });
        } catch (const std::exception& e) {
            reportError(e, "The program could not be restored.");
        }
    }
    std::filesystem::remove(autosave_file_, ec);
}

void MainFrame::showAbout() {
    wxAboutDialogInfo info;
    info.SetName("HEP Studio");
    info.SetVersion(HEP_VERSION);
    info.SetDescription(
        "Home exercise programs and patient handouts for physical therapists.\n\n"
        "Data folder: " +
        wx(services_.databasePath().parent_path().string()) + "\nLibraries: wxWidgets " +
        wxString(wxVERSION_NUM_DOT_STRING) +
        ", libharu 2.3.0, SQLite with SQLiteCpp, nlohmann-json, libpng, libjpeg-turbo; DejaVu "
        "fonts.");
    wxAboutBox(info, this);
}

}  // namespace hep::gui
