// The questions the window asks a person (file choosers, confirmations, messages), behind an
// interface so that tests can answer them without dialogs.
#pragma once

#include <wx/string.h>

#include <optional>

class wxWindow;

namespace hep::gui {

enum class DiscardChoice { Save, Discard, Cancel };

class UserPrompts {
  public:
    virtual ~UserPrompts() = default;
    virtual std::optional<wxString> openPath(wxWindow* parent, const wxString& title,
                                             const wxString& wildcard) = 0;
    virtual std::optional<wxString> savePath(wxWindow* parent, const wxString& title,
                                             const wxString& wildcard,
                                             const wxString& suggested) = 0;
    virtual DiscardChoice askToSave(wxWindow* parent, const wxString& what) = 0;
    virtual bool confirm(wxWindow* parent, const wxString& question, const wxString& title) = 0;
    virtual void error(wxWindow* parent, const wxString& message) = 0;
    virtual void info(wxWindow* parent, const wxString& message) = 0;
    virtual void openInViewer(const wxString& path) = 0;
};

// The real dialogs.
class DialogPrompts : public UserPrompts {
  public:
    std::optional<wxString> openPath(wxWindow* parent, const wxString& title,
                                     const wxString& wildcard) override;
    std::optional<wxString> savePath(wxWindow* parent, const wxString& title,
                                     const wxString& wildcard, const wxString& suggested) override;
    DiscardChoice askToSave(wxWindow* parent, const wxString& what) override;
    bool confirm(wxWindow* parent, const wxString& question, const wxString& title) override;
    void error(wxWindow* parent, const wxString& message) override;
    void info(wxWindow* parent, const wxString& message) override;
    void openInViewer(const wxString& path) override;
};

}  // namespace hep::gui
