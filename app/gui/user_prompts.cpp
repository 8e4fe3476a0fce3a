#include "app/gui/user_prompts.h"

#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/utils.h>

namespace hep::gui {

std::optional<wxString> DialogPrompts::openPath(wxWindow* parent, const wxString& title,
                                                const wxString& wildcard) {
    wxFileDialog dialog(parent, title, "", "", wildcard, wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) {
        return std::nullopt;
    }
    return dialog.GetPath();
}

std::optional<wxString> DialogPrompts::savePath(wxWindow* parent, const wxString& title,
                                                const wxString& wildcard,
                                                const wxString& suggested) {
    wxFileDialog dialog(parent, title, "", suggested, wildcard, wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) {
        return std::nullopt;
    }
    return dialog.GetPath();
}

DiscardChoice DialogPrompts::askToSave(wxWindow* parent, const wxString& what) {
    wxMessageDialog dialog(parent, "Save the changes to " + what + " before closing it?",
                           "HEP Studio", wxYES_NO | wxCANCEL | wxICON_QUESTION);
    dialog.SetYesNoCancelLabels("&Save", "&Don't save", "Cancel");
    switch (dialog.ShowModal()) {
        case wxID_YES:
            return DiscardChoice::Save;
        case wxID_NO:
            return DiscardChoice::Discard;
        default:
            return DiscardChoice::Cancel;
    }
}

bool DialogPrompts::confirm(wxWindow* parent, const wxString& question, const wxString& title) {
    return wxMessageBox(question, title, wxYES_NO | wxICON_QUESTION, parent) == wxYES;
}

void DialogPrompts::error(wxWindow* parent, const wxString& message) {
    wxMessageBox(message, "HEP Studio", wxOK | wxICON_ERROR, parent);
}

void DialogPrompts::info(wxWindow* parent, const wxString& message) {
    wxMessageBox(message, "HEP Studio", wxOK | wxICON_INFORMATION, parent);
}

void DialogPrompts::openInViewer(const wxString& path) {
    wxLaunchDefaultApplication(path);
}

}  // namespace hep::gui
