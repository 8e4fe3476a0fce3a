// The HEP Studio window: catalogue, program and preview side by side, the menus and what they
// do. Its actions are public so that tests drive the same code as the menus. Written in files by
// job: main_frame.cpp (layout, preview, preferences), main_frame_files.cpp (program files),
// main_frame_output.cpp (export and print), main_frame_catalogue.cpp (exercises and templates),
// main_frame_menus.cpp (menus and keys).
#pragma once

#include <wx/filehistory.h>
#include <wx/frame.h>
#include <wx/timer.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "app/gui/app_services.h"
#include "app/gui/preferences_keeper.h"
#include "app/gui/user_prompts.h"
#include "core/program_editor.h"

class wxSplitterWindow;

namespace hep::gui {

class CataloguePanel;
class ProgramPanel;
class PreviewPanel;

class MainFrame : public wxFrame {
  public:
    MainFrame(AppServices& services, std::unique_ptr<UserPrompts> prompts,
              std::filesystem::path autosave_file);
    ~MainFrame() override;

    // The actions behind the menus. Each reports problems to the user and returns whether it
    // did what it was asked.
    void newProgram();
    bool openProgram(const std::filesystem::path& path);
    bool save();
    bool saveAs();
    bool saveTo(const std::filesystem::path& path);
    bool exportPdf(const std::filesystem::path& path);
    bool printToFile(const std::filesystem::path& path);  // PostScript, via HandoutPrintout
    // Adds an exercise after the selected one (at < 0), or at index at.
    void addExercise(const std::string& id, long at = -1);
    // Replaces the program's exercises or adds after them; the program keeps its own general
    // instructions unless use_instructions (or it has none).
    bool applyTemplate(const std::string& id, bool replace, bool use_instructions = false);
    // Closes the program (asking before unsaved work is lost) and starts an empty one.
    void closeProgram();
    // Deletes one of the clinic's own exercises after asking; refused while a template uses it.
    bool deleteExercise(const std::string& id);
    std::string saveAsTemplate(const std::string& name, const std::string& description);
    bool confirmDiscard();  // asks before unsaved changes are lost; false to stop
    void copySummary();
    void refreshPreviewNow();
    void writeAutosave();

    ProgramEditor& editor() { return editor_; }
    CataloguePanel* catalogue() { return catalogue_; }
    ProgramPanel* program() { return program_; }
    PreviewPanel* preview() { return preview_; }
    const Preferences& preferences() const { return preferences_.current(); }
    PreferencesKeeper& preferencesKeeper() { return preferences_; }
    // Keeps changed preferences, as the Preferences dialog's OK does; the window takes them
    // up from the keeper's change topic (usePreferences).
    void applyPreferences(const Preferences& changed);
    std::size_t recentFileCount() const { return history_.GetCount(); }

  private:
    void buildMenus();  // main_frame_menus.cpp, with the commands and context menus
    void bindCommands();
    void showProgramMenu();
    void showCatalogueMenu();
    void updateTitle();
    void onProgramChanged(const ProgramChanged& change);
    void showProgramCondition();
    // Shows a message in the status bar that stays until the next change the user makes.
    void say(const wxString& message);
    void openWithDialog();
    void exportWithDialog();
    void printWithDialog(bool preview_only);
    void applyTemplateWithDialog();
    void saveAsTemplateWithDialog();
    void manageTemplates();
    void editExercise(bool create);
    void editPreferences();
    void showAbout();
    void offerAutosave();
    void addRecent(const std::filesystem::path& path);
    void forgetRecentFiles();
    void usePreferences(const PreferencesChanged& change);
    void lookForOthersChanges();
    Document currentDocument(std::vector<std::string>* warnings = nullptr);
    // The document to export or print: throws InputError when a field is over its limit.
    Document outputDocument(std::vector<std::string>* warnings = nullptr);
    // The first field over its limit (or other problem) as a sentence; nullopt when none.
    std::optional<std::string> programProblem() const;
    void requireValidProgram() const;
    void reportError(const std::exception& e, const wxString& what);

    AppServices& services_;
    std::unique_ptr<UserPrompts> prompts_;
    std::filesystem::path autosave_file_;
    PreferencesKeeper preferences_;
    Subscription preferences_subscription_;
    ProgramEditor editor_;
    CataloguePanel* catalogue_ = nullptr;
    ProgramPanel* program_ = nullptr;
    PreviewPanel* preview_ = nullptr;
    wxTimer preview_timer_;
    wxTimer autosave_timer_;
    wxTimer changes_timer_;  // looks for what other therapists changed (a clinic server)
    bool storage_away_ = false;
    wxFileHistory history_;
    Subscription subscription_;
    wxString said_;  // the last message from say(), until the user changes something
};

}  // namespace hep::gui
