// Manage Templates: rename, duplicate, delete, import and export the templates of the catalogue.
#pragma once

#include <wx/dialog.h>

#include <optional>
#include <string>
#include <vector>

#include "app/gui/app_services.h"
#include "app/gui/user_prompts.h"
#include "storage/template_store.h"

class wxButton;
class wxListEvent;
class wxListView;
class wxStaticText;

namespace hep::gui {

class TemplateManagerDialog : public wxDialog {
  public:
    TemplateManagerDialog(wxWindow* parent, AppServices& services, UserPrompts& prompts);

    // The actions behind the buttons, on the selected template. Tests call them directly (the
    // buttons ask for names with a text entry dialog first). Each shows problems through the
    // prompts and returns whether it did what it was asked.
    bool selectTemplate(const std::string& id);
    std::optional<std::string> selectedId() const;
    bool rename(const std::string& new_name);
    std::optional<std::string> duplicate(const std::string& new_name);  // the copy's id
    bool remove();                                                      // asks first
    bool exportSelected();                                              // asks for a file
    std::optional<std::string> importFromFile();                        // asks for a file

    const std::vector<TemplateSummary>& templates() const { return templates_; }
    wxListView* list() { return list_; }
    wxButton* renameButton() { return rename_; }
    wxButton* deleteButton() { return delete_; }
    wxStaticText* statusLine() { return status_; }

  private:
    void reload(const std::string& select_id);
    void updateButtons();
    const TemplateSummary* selected() const;
    void onRename();
    void onDuplicate();
    void onActivated(wxListEvent& event);
    void onKey(wxListEvent& event);
    void say(const wxString& text);

    AppServices& services_;
    UserPrompts& prompts_;
    std::vector<TemplateSummary> templates_;
    wxListView* list_ = nullptr;
    wxStaticText* note_ = nullptr;
    wxStaticText* status_ = nullptr;
    wxButton* rename_ = nullptr;
    wxButton* duplicate_ = nullptr;
    wxButton* delete_ = nullptr;
    wxButton* export_ = nullptr;
};

}  // namespace hep::gui
