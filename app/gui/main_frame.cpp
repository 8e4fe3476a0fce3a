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
#include "core/program_check.h"
#include "core/program_condition.h"
#include "core/program_from_template.h"
#include "core/program_summary.h"
#include "files/builtin_catalogue.h"
#include "files/program_file.h"
#include "images/image_decode.h"
#include "pdf/pdf_writer.h"
#include "text/utf8.h"

namespace hep::gui {

MainFrame::MainFrame(AppServices& services, std::unique_ptr<UserPrompts> prompts,
                     std::filesystem::path autosave_file)
    : wxFrame(nullptr, wxID_ANY, "HEP Studio"),
      services_(services),
      prompts_(std::move(prompts)),
      autosave_file_(std::move(autosave_file)),
      preferences_(*wxConfigBase::Get(), services.storage()),
      editor_(preferences_.current().newProgram()),
      preview_timer_(this),
      autosave_timer_(this),
      changes_timer_(this) {
    if (!preferences().logo_path.empty()) {
        try {
            services_.setLogo(loadImageFile(preferences().logo_path));
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
    preferences_subscription_ = preferences_.changes().subscribe(
        [this](const PreferencesChanged& change) { usePreferences(change); });
    history_.Load(*wxConfigBase::Get());
    if (!preferences().remember_patients_in_recent_files) {
        forgetRecentFiles();  // names remembered before the preference was turned off
    }
    updateTitle();
    refreshPreviewNow();
    autosave_timer_.Start(60 * 1000);
    changes_timer_.Start(5 * 1000);
    CallAfter([this] { offerAutosave(); });
    catalogue_->searchField()->SetFocus();
}

MainFrame::~MainFrame() {
    // The panels watch editor_: they go before it does (wxWindow would destroy them later).
    preview_timer_.Stop();
    autosave_timer_.Stop();
    changes_timer_.Stop();
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

void MainFrame::editPreferences() {
    Preferences changed = preferences();
    if (showPreferences(this, changed)) {
        applyPreferences(changed);
    }
}

void MainFrame::applyPreferences(const Preferences& changed) {
    if (!preferences_.set(changed)) {
        prompts_->error(this,
                        "The preferences could not be saved: they apply until HEP Studio "
                        "is closed.");
    }
}

void MainFrame::usePreferences(const PreferencesChanged& change) {
    // The clinic's details (and the therapist, where the program had the old default) reach the
    // program that is open, as one step that can be undone.
    const Preferences& old = change.before;
    const Preferences& now = change.after;
    if (now.clinic != old.clinic || now.therapist != old.therapist) {
        editor_.change("Clinic details", [&](Program& p) {
            if (p.clinic == old.clinic) {
                p.clinic = now.clinic;
            }
            if (p.therapist == old.therapist) {
                p.therapist = now.therapist;
            }
        });
    }
    if (!now.remember_patients_in_recent_files) {
        forgetRecentFiles();
    }
    try {  // read again even when the path is the same: the file may have been replaced
        services_.setLogo(now.logo_path.empty()
                              ? std::nullopt
                              : std::optional<RgbImage>(loadImageFile(now.logo_path)));
    } catch (const std::exception& e) {
        services_.setLogo(std::nullopt);
        reportError(e, "The logo cannot be used.");
    }
    refreshPreviewNow();
}

void MainFrame::lookForOthersChanges() {
    try {
        services_.storage().checkForChanges();  // the views refresh on the change topics
        if (storage_away_) {
            storage_away_ = false;
            say("The clinic server answers again.");
        }
    } catch (const std::exception& e) {
        if (!storage_away_) {  // said once, not every 5 seconds
            storage_away_ = true;
            say(wx(oneLineMessage(e.what())));
        }
    }
}

void MainFrame::showAbout() {
    wxAboutDialogInfo info;
    info.SetName("HEP Studio");
    info.SetVersion(HEP_VERSION);
    info.SetDescription(
        "Home exercise programs and patient handouts for physical therapists.\n\n"
        "Catalogue: " +
        wx(services_.storage().description()) + "\nLibraries: wxWidgets " +
        wxString(wxVERSION_NUM_DOT_STRING) +
        ", libharu 2.3.0, SQLite with SQLiteCpp, libpqxx, nlohmann-json, libpng, libjpeg-turbo; "
        "DejaVu fonts.");
    wxAboutBox(info, this);
}

}  // namespace hep::gui
