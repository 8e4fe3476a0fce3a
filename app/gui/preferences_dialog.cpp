#include "app/gui/preferences_dialog.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <exception>
#include <filesystem>

#include "app/gui/dialogs.h"
#include "app/gui/number_field.h"
#include "app/gui/wx_text.h"
#include "core/errors.h"
#include "core/text_limits.h"
#include "images/image_decode.h"
#include "server/server_address.h"

namespace hep::gui {

namespace {

constexpr int kFieldWidth = 340;
const char* const kPictureWildcard =
    "Pictures (*.png;*.jpg;*.jpeg)|*.png;*.jpg;*.jpeg;*.PNG;*.JPG;*.JPEG|All files|*";

// A group of labelled fields in a box; the fields are made by the caller as children of box().
// Its labels are added to labels, so that the groups can line up their fields.
class Group {
  public:
    Group(wxWindow* parent, const wxString& title, std::vector<wxStaticText*>& labels)
        : sizer_(new wxStaticBoxSizer(wxVERTICAL, parent, title)),
          grid_(new wxFlexGridSizer(2, 8, 10)),
          labels_(labels) {
        grid_->AddGrowableCol(1, 1);
        sizer_->Add(grid_, 0, wxEXPAND | wxALL, 8);
    }
    // The sizers belong to the window they are added to; a copy would share them.
    Group(const Group&) = delete;
    Group& operator=(const Group&) = delete;
    wxWindow* box() const { return sizer_->GetStaticBox(); }
    wxStaticBoxSizer* sizer() const { return sizer_; }

    void label(const wxString& text) {
        labels_.push_back(new wxStaticText(box(), wxID_ANY, text));
        grid_->Add(labels_.back(), 0, wxALIGN_CENTER_VERTICAL);
    }
    wxTextCtrl* text(const wxString& label_text, const wxString& value) {
        label(label_text);
        auto* field =
            new wxTextCtrl(box(), wxID_ANY, value, wxDefaultPosition, wxSize(kFieldWidth, -1));
        grid_->Add(field, 1, wxEXPAND);
        return field;
    }
    void add(wxWindow* window) { grid_->Add(window, 0, wxALIGN_CENTER_VERTICAL); }
    void add(wxSizer* sizer) { grid_->Add(sizer, 1, wxEXPAND); }

  private:
    wxStaticBoxSizer* sizer_;
    wxFlexGridSizer* grid_;
    std::vector<wxStaticText*>& labels_;
};

std::string trimmedText(const wxTextCtrl* field) {
    wxString text = field->GetValue();
    return utf8(text.Strip(wxString::both));
}

}  // namespace

PreferencesDialog::PreferencesDialog(wxWindow* parent, const Preferences& preferences,
                                     UserPrompts& prompts)
    : wxDialog(parent, wxID_ANY, "Preferences"), initial_(preferences), prompts_(prompts) {
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(buildClinic(), 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
    top->Add(buildTherapist(), 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
    top->Add(buildHandout(), 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
    top->Add(buildPrivacy(), 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
    top->Add(buildServer(), 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
    top->Add(CreateSeparatedButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 12);
    int width = 0;
    for (auto* label : labels_) {
        width = std::max(width, label->GetBestSize().x);
    }
    for (auto* label : labels_) {
        label->SetMinSize(wxSize(width, -1));
    }
    SetSizerAndFit(top);
    clinic_name_->SetFocus();
    CentreOnParent();
    Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent&) {
            if (check()) {
                EndModal(wxID_OK);
            }
        },
        wxID_OK);
}

bool PreferencesDialog::check() {
    const std::pair<const char*, wxTextCtrl*> fields[] = {{"Clinic name", clinic_name_},
                                                          {"Clinic phone", clinic_phone_},
                                                          {"Clinic address", clinic_address_},
                                                          {"Therapist", therapist_}};
    wxString text;
    wxTextCtrl* first = nullptr;
    for (const auto& [name, field] : fields) {
        if (auto problem = checkOptionalText(trimmedText(field), kMaxShortTextLength)) {
            text += "\n- " + wxString(name) + ": " + wx(*problem);
            first = first != nullptr ? first : field;
        }
    }
    if (auto problem = checkRequiredText(trimmedText(emergency_), kMaxShortTextLength)) {
        text +=
            "\n- Emergency number: " + wx(*problem) + " (the handout tells the patient to call it)";
        first = first != nullptr ? first : emergency_;
    }
    if (const std::string server = trimmedText(server_); !server.empty()) {
        if (auto problem = serverUriProblem(server)) {
            text += "\n- Clinic server: it " + wx(*problem);
            first = first != nullptr ? first : server_;
        }
    }
    if (!log_weeks_->problem().empty()) {
        text += "\n- " + log_weeks_->problem();
        first = first != nullptr ? first : log_weeks_->text();
    }
    if (first == nullptr) {
        return true;
    }
    prompts_.error(this, "The preferences cannot be kept yet:\n" + text);
    first->SetFocus();
    return false;
}

wxSizer* PreferencesDialog::buildClinic() {
    Group g(this, "Clinic", labels_);
    clinic_name_ = g.text("&Name:", wx(initial_.clinic.name));
    clinic_phone_ = g.text("&Phone:", wx(initial_.clinic.phone));
    clinic_address_ = g.text("&Address:", wx(initial_.clinic.address));
    emergency_ = g.text("Emergenc&y number:", wx(initial_.clinic.emergency_number));

    g.label("Lo&go file:");
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    logo_ = new wxTextCtrl(g.box(), wxID_ANY, "", wxDefaultPosition, wxSize(kFieldWidth - 170, -1),
                           wxTE_READONLY);
    logo_->SetHint("No logo");
    auto* browse = new wxButton(g.box(), wxID_ANY, "&Browse...");
    clear_ = new wxButton(g.box(), wxID_ANY, "Cl&ear");
    row->Add(logo_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
    row->Add(browse, 0, wxRIGHT, 6);
    row->Add(clear_, 0);
    g.add(row);
    g.sizer()->Add(new wxStaticText(g.box(), wxID_ANY,
                                    "The logo is printed at the top right of every page (PNG or "
                                    "JPEG)."),
                   0, wxLEFT | wxRIGHT | wxBOTTOM, 8);
    setLogo(wx(initial_.logo_path));
    browse->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { chooseLogo(); });
    clear_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { clearLogo(); });
    return g.sizer();
}

wxSizer* PreferencesDialog::buildTherapist() {
    Group g(this, "Therapist", labels_);
    therapist_ = g.text("Na&me and credentials:", wx(initial_.therapist));
    therapist_->SetHint("e.g. Alex Rivera, PT, DPT");
    return g.sizer();
}

wxSizer* PreferencesDialog::buildHandout() {
    Group g(this, "Handout defaults for new programs", labels_);
    g.label("Pape&r:");
    paper_ = new wxChoice(g.box(), wxID_ANY);
    paper_->Append("Letter");
    paper_->Append("A4");
    paper_->SetSelection(initial_.handout.paper == Paper::A4 ? 1 : 0);
    g.add(paper_);
    g.label("Exercise log, &weeks:");
    log_weeks_ = new NumberField(g.box(), "Exercise log", 0, kMaxLogWeeks, "weeks");
    log_weeks_->setNumber(initial_.handout.log_weeks);
    auto* weeks = new wxBoxSizer(wxHORIZONTAL);
    weeks->Add(log_weeks_->withButtons(), 0, wxALIGN_CENTER_VERTICAL);
    weeks->Add(new wxStaticText(g.box(), wxID_ANY, "0 for no log"), 0,
               wxALIGN_CENTER_VERTICAL | wxLEFT, 8);
    g.add(weeks);
    large_print_ = new wxCheckBox(g.box(), wxID_ANY, "&Large print (18 pt text)");
    large_print_->SetValue(initial_.handout.large_print);
    g.sizer()->Add(large_print_, 0, wxLEFT | wxRIGHT | wxBOTTOM, 8);
    education_ = new wxCheckBox(g.box(), wxID_ANY, "Include \"Abo&ut your condition\"");
    education_->SetValue(initial_.handout.education);
    g.sizer()->Add(education_, 0, wxLEFT | wxRIGHT | wxBOTTOM, 8);
    return g.sizer();
}

wxSizer* PreferencesDialog::buildPrivacy() {
    auto* box = new wxStaticBoxSizer(wxVERTICAL, this, "Privacy");
    patient_names_ = new wxCheckBox(
        box->GetStaticBox(), wxID_ANY,
        "Remember recent &files in the File menu (file names often name the patient)");
    patient_names_->SetValue(initial_.remember_patients_in_recent_files);
    box->Add(patient_names_, 0, wxALL, 8);
    return box;
}

wxSizer* PreferencesDialog::buildServer() {
    Group g(this, "Clinic server (shared catalogue and templates)", labels_);
    server_ = g.text("Ser&ver:", wx(initial_.clinic_server));
    server_->SetHint("postgresql://server/database (empty: this computer's catalogue)");
    g.sizer()->Add(new wxStaticText(g.box(), wxID_ANY,
                                    "Used from the next start. Programs and patients stay on this "
                                    "computer. A password goes in ~/.pgpass, never here."),
                   0, wxLEFT | wxRIGHT | wxBOTTOM, 8);
    return g.sizer();
}

void PreferencesDialog::setLogo(const wxString& path) {
    logo_->ChangeValue(path);
    logo_->SetInsertionPointEnd();  // the file name, not the folders, when the path is long
    clear_->Enable(!path.empty());
}

bool PreferencesDialog::chooseLogo() {
    auto path = prompts_.openPath(this, "Choose the clinic logo", kPictureWildcard);
    if (!path) {
        return false;
    }
    try {
        loadImageFile(std::filesystem::path(utf8(*path)));
    } catch (const Error& e) {
        prompts_.error(this, wx(e.what()));
        return false;
    } catch (const std::exception& e) {
        prompts_.error(this, "This picture cannot be used: " + wx(e.what()));
        return false;
    }
    setLogo(*path);
    return true;
}

void PreferencesDialog::clearLogo() {
    setLogo("");
}

Preferences PreferencesDialog::values() const {
    Preferences p = initial_;
    p.clinic.name = trimmedText(clinic_name_);
    p.clinic.phone = trimmedText(clinic_phone_);
    p.clinic.address = trimmedText(clinic_address_);
    p.clinic.emergency_number = trimmedText(emergency_);
    p.logo_path = utf8(logo_->GetValue());
    p.therapist = trimmedText(therapist_);
    p.handout.paper = paper_->GetSelection() == 1 ? Paper::A4 : Paper::Letter;
    p.handout.large_print = large_print_->GetValue();
    p.handout.education = education_->GetValue();
    p.handout.log_weeks = log_weeks_->valueInForce();
    p.remember_patients_in_recent_files = patient_names_->GetValue();
    p.clinic_server = trimmedText(server_);
    return p;
}

bool showPreferences(wxWindow* parent, Preferences& preferences) {
    DialogPrompts prompts;
    PreferencesDialog dialog(parent, preferences, prompts);
    if (dialog.ShowModal() != wxID_OK) {
        return false;
    }
    preferences = dialog.values();
    return true;
}

}  // namespace hep::gui
