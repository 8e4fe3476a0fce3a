// Preferences: the clinic, the therapist, the handout defaults and privacy, in one dialog.
#pragma once

#include <wx/dialog.h>

#include <vector>

#include "app/gui/preferences.h"
#include "app/gui/user_prompts.h"

class wxButton;
class wxCheckBox;
class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace hep::gui {

class NumberField;

class PreferencesDialog : public wxDialog {
  public:
    PreferencesDialog(wxWindow* parent, const Preferences& preferences, UserPrompts& prompts);

    // The preferences as the fields say now.
    Preferences values() const;

    // OK: true when every field is within its limit, else says which are not (and focuses the
    // first). Text over a limit is refused, never cut.
    bool check();

    // Browse...: asks for a picture and checks that it can be used (the model's message says
    // why not). Returns whether a logo was taken. Clear: no logo.
    bool chooseLogo();
    void clearLogo();

    // The fields, for tests.
    wxTextCtrl* clinicName() { return clinic_name_; }
    wxTextCtrl* clinicPhone() { return clinic_phone_; }
    wxTextCtrl* clinicAddress() { return clinic_address_; }
    wxTextCtrl* logoField() { return logo_; }
    wxTextCtrl* therapist() { return therapist_; }
    wxChoice* paper() { return paper_; }
    wxCheckBox* largePrint() { return large_print_; }
    wxCheckBox* education() { return education_; }
    NumberField* logWeeks() { return log_weeks_; }
    wxCheckBox* showPatientNames() { return patient_names_; }
    wxTextCtrl* clinicServer() { return server_; }
    wxButton* clearButton() { return clear_; }

  private:
    wxSizer* buildClinic();
    wxSizer* buildTherapist();
    wxSizer* buildHandout();
    wxSizer* buildPrivacy();
    wxSizer* buildServer();
    void setLogo(const wxString& path);

    Preferences initial_;
    std::vector<wxStaticText*> labels_;  // of the fields, to line them up
    UserPrompts& prompts_;
    wxTextCtrl* clinic_name_ = nullptr;
    wxTextCtrl* server_ = nullptr;
    wxTextCtrl* clinic_phone_ = nullptr;
    wxTextCtrl* emergency_ = nullptr;
    wxTextCtrl* clinic_address_ = nullptr;
    wxTextCtrl* logo_ = nullptr;
    wxButton* clear_ = nullptr;
    wxTextCtrl* therapist_ = nullptr;
    wxChoice* paper_ = nullptr;
    wxCheckBox* large_print_ = nullptr;
    wxCheckBox* education_ = nullptr;
    NumberField* log_weeks_ = nullptr;
    wxCheckBox* patient_names_ = nullptr;
};

}  // namespace hep::gui
