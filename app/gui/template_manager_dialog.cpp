#include "app/gui/template_manager_dialog.h"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>

#include <algorithm>
#include <exception>
#include <filesystem>

#include "app/gui/dialogs.h"
#include "app/gui/wx_text.h"
#include "core/errors.h"

namespace hep::gui {

namespace {

const char* const kTemplateWildcard =
    "HEP Studio templates (*.json;*.hep-template)|*.json;*.hep-template|All files|*";
const char* const kShippedTip = "Shipped with HEP Studio; duplicate it to change it.";

// Runs an action of the model; shows the model's message when it fails.
template <typename Action>
bool guarded(wxWindow* parent, UserPrompts& prompts, Action action) {
    try {
        action();
        return true;
    } catch (const Error& e) {
        prompts.error(parent, wx(e.what()));
    } catch (const std::exception& e) {
        prompts.error(parent, "Something went wrong: " + wx(e.what()));
    }
    return false;
}

std::filesystem::path toPath(const wxString& path) {
    return std::filesystem::path(utf8(path));
}

}  // namespace

TemplateManagerDialog::TemplateManagerDialog(wxWindow* parent, AppServices& services,
                                             UserPrompts& prompts)
    : wxDialog(parent, wxID_ANY, "Manage Templates", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      services_(services),
      prompts_(prompts) {
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(new wxStaticText(this, wxID_ANY, "&Templates:"), 0, wxLEFT | wxRIGHT | wxTOP, 10);

    auto* row = new wxBoxSizer(wxHORIZONTAL);
    list_ = new wxListView(this, wxID_ANY, wxDefaultPosition, wxSize(520, 320),
                           wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->AppendColumn("Name", wxLIST_FORMAT_LEFT, 330);
    list_->AppendColumn("Exercises", wxLIST_FORMAT_RIGHT, 90);
    list_->AppendColumn("Type", wxLIST_FORMAT_LEFT, 90);
    row->Add(list_, 1, wxEXPAND | wxRIGHT, 10);

    auto* buttons = new wxBoxSizer(wxVERTICAL);
    rename_ = new wxButton(this, wxID_ANY, "&Rename...");
    duplicate_ = new wxButton(this, wxID_ANY, "D&uplicate...");
    delete_ = new wxButton(this, wxID_ANY, "&Delete");
    auto* import = new wxButton(this, wxID_ANY, "&Import...");
    export_ = new wxButton(this, wxID_ANY, "&Export...");
    for (wxButton* b : {rename_, duplicate_, delete_}) {
        buttons->Add(b, 0, wxEXPAND | wxBOTTOM, 6);
    }
    buttons->AddSpacer(12);
    buttons->Add(import, 0, wxEXPAND | wxBOTTOM, 6);
    buttons->Add(export_, 0, wxEXPAND);
    row->Add(buttons, 0);
    top->Add(row, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 10);

    note_ = new wxStaticText(this, wxID_ANY, "");
    top->Add(note_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 10);
    status_ = new wxStaticText(this, wxID_ANY, "");
    top->Add(status_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 10);

    auto* close = new wxButton(this, wxID_CLOSE, "&Close");
    auto* bottom = new wxBoxSizer(wxHORIZONTAL);
    bottom->AddStretchSpacer();
    bottom->Add(close);
    top->Add(bottom, 0, wxEXPAND | wxALL, 10);
    SetSizerAndFit(top);
    SetEscapeId(wxID_CLOSE);
    SetAffirmativeId(wxID_CLOSE);
    close->SetDefault();

    rename_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onRename(); });
    duplicate_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onDuplicate(); });
    delete_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { remove(); });
    import->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { importFromFile();
});
export_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { exportSelected(); });
list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { updateButtons(); });
list_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { updateButtons(); });
list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, &TemplateManagerDialog::onActivated, this);
list_->Bind(wxEVT_LIST_KEY_DOWN, &TemplateManagerDialog::onKey, this);

reload("");
if (!templates_.empty()) {
    selectTemplate(templates_.front().id);
}
list_->SetFocus();
CentreOnParent();
}  // namespace hep::gui

void TemplateManagerDialog::reload(const std::string& select_id) {
    guarded(this, prompts_, [&] { templates_ = services_.templates().list(); });
    list_->DeleteAllItems();
    for (std::size_t i = 0; i < templates_.size(); ++i) {
        const TemplateSummary& t = templates_[i];
        long row = list_->InsertItem(static_cast<long>(i), wx(t.name));
        list_->SetItem(row, 1, wxString::Format("%d", t.item_count));
        list_->SetItem(row, 2, t.builtin ? "built in" : "yours");
    }
    if (!select_id.empty()) {
        selectTemplate(select_id);
    }
    updateButtons();
}

bool TemplateManagerDialog::selectTemplate(const std::string& id) {
    for (std::size_t i = 0; i < templates_.size(); ++i) {
        if (templates_[i].id == id) {
            list_->Select(static_cast<long>(i));
            list_->Focus(static_cast<long>(i));
            list_->EnsureVisible(static_cast<long>(i));
            updateButtons();
            return true;
        }
    }
    return false;
}

const TemplateSummary* TemplateManagerDialog::selected() const {
    long row = list_->GetFirstSelected();
    if (row < 0 || row >= static_cast<long>(templates_.size())) {
        return nullptr;
    }
    return &templates_[static_cast<std::size_t>(row)];
}

std::optional<std::string> TemplateManagerDialog::selectedId() const {
    const TemplateSummary* t = selected();
    return t ? std::optional<std::string>(t->id) : std::nullopt;
}

void TemplateManagerDialog::updateButtons() {
    const TemplateSummary* t = selected();
    bool yours = t && !t->builtin;
    rename_->Enable(yours);
    delete_->Enable(yours);
    duplicate_->Enable(t != nullptr);
    export_->Enable(t != nullptr);
    wxString tip = t && t->builtin ? kShippedTip : "";
    rename_->SetToolTip(tip);
    delete_->SetToolTip(tip);
    wxString note;
    if (t && t->builtin) {
        note = "\"" + wx(t->name) + "\" ships with HEP Studio; duplicate it to change it.";
    }
    if (note_->GetLabel() != note) {
        note_->SetLabel(note);
        Layout();
    }
}

void TemplateManagerDialog::say(const wxString& text) {
    status_->SetLabel(text);
    Layout();
}

bool TemplateManagerDialog::rename(const std::string& new_name) {
    const TemplateSummary* t = selected();
    if (!t) {
        return false;
    }
    std::string id = t->id;
    const long long seen = t->version;
    if (!guarded(this, prompts_, [&] { services_.templates().rename(id, new_name, seen); })) {
        reload(id);  // changed by someone else, perhaps: show it as it is now
        return false;
    }
    reload(id);
    say("Renamed to \"" + wx(new_name) + "\".");
    return true;
}

std::optional<std::string> TemplateManagerDialog::duplicate(const std::string& new_name) {
    const TemplateSummary* t = selected();
    if (!t) {
        return std::nullopt;
    }
    std::string id = t->id;
    std::string copy;
    if (!guarded(this, prompts_, [&] { copy = services_.templates().duplicate(id, new_name); })) {
        return std::nullopt;
    }
    reload(copy);
    say("Made a copy named \"" + wx(new_name) + "\".");
    return copy;
}

bool TemplateManagerDialog::remove() {
    const TemplateSummary* t = selected();
    if (!t || t->builtin) {
        return false;
    }
    std::string id = t->id;
    wxString name = wx(t->name);
    if (!prompts_.confirm(this, "Delete the template \"" + name + "\"? This cannot be undone.",
                          "Delete template")) {
        return false;
    }
    long row = list_->GetFirstSelected();
    const long long seen = t->version;
    if (!guarded(this, prompts_, [&] { services_.templates().remove(id, seen); })) {
        reload(id);
        return false;
    }
    reload("");
    if (!templates_.empty()) {
        long next = std::min(row, static_cast<long>(templates_.size()) - 1);
        selectTemplate(templates_[static_cast<std::size_t>(next)].id);
    }
    say("Deleted \"" + name + "\".");
    return true;
}

bool TemplateManagerDialog::exportSelected() {
    const TemplateSummary* t = selected();
    if (!t) {
        return false;
    }
    std::string id = t->id;
    wxString name = wx(t->name);
    auto path = prompts_.savePath(this, "Export template", kTemplateWildcard, wx(id) + ".json");
    if (!path) {
        return false;
    }
    if (!guarded(this, prompts_, [&] { services_.templates().exportFile(id, toPath(*path)); })) {
        return false;
    }
    say("Exported \"" + name + "\" to " + *path + ".");
    return true;
}

std::optional<std::string> TemplateManagerDialog::importFromFile() {
    auto path = prompts_.openPath(this, "Import template", kTemplateWildcard);
    if (!path) {
        return std::nullopt;
    }
    std::string id;
    if (!guarded(this, prompts_, [&] { id = services_.templates().importFile(toPath(*path)); })) {
        return std::nullopt;
    }
    reload(id);
    const TemplateSummary* t = selected();
    say("Imported \"" + (t ? wx(t->name) : wx(id)) + "\".");
    return id;
}

void TemplateManagerDialog::onRename() {
    const TemplateSummary* t = selected();
    if (!t || t->builtin) {
        return;
    }
    wxTextEntryDialog ask(this, "New name for the template:", "Rename template", wx(t->name));
    if (ask.ShowModal() == wxID_OK) {
        rename(utf8(ask.GetValue().Strip(wxString::both)));
    }
}

void TemplateManagerDialog::onDuplicate() {
    const TemplateSummary* t = selected();
    if (!t) {
        return;
    }
    wxTextEntryDialog ask(this, "Name for the copy:", "Duplicate template",
                          wx(t->name) + " (copy)");
    if (ask.ShowModal() == wxID_OK) {
        duplicate(utf8(ask.GetValue().Strip(wxString::both)));
    }
}

void TemplateManagerDialog::onActivated(wxListEvent&) {
    const TemplateSummary* t = selected();
    if (t && !t->builtin) {
        onRename();
    }
}

void TemplateManagerDialog::onKey(wxListEvent& event) {
    switch (event.GetKeyCode()) {
        case WXK_DELETE:
            remove();
            break;
        case WXK_F2:
            onRename();
            break;
        default:
            event.Skip();
    }
}

void showTemplateManager(wxWindow* parent, AppServices& services, UserPrompts& prompts) {
    TemplateManagerDialog dialog(parent, services, prompts);
    dialog.ShowModal();
}

}  // namespace hep::gui
