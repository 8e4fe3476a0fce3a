// hepstudio: the HEP Studio window. Opens the database (offering the latest backup or a fresh
// start, with the old file kept aside, when it cannot be used) and shows the main window.
#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/config.h>
#include <wx/image.h>
#include <wx/msgdlg.h>
#include <wx/uilocale.h>

#include <filesystem>

#include "app/gui/app_services.h"
#include "app/gui/database_recovery.h"
#include "app/gui/main_frame.h"
#include "app/gui/preferences.h"
#include "app/gui/wx_text.h"
#include "core/errors.h"
#include "server/server_address.h"
#include "server/server_loader.h"
#include "storage/database.h"

namespace hep::gui {

class HepStudioApp : public wxApp {
  public:
    bool OnInit() override {
        wxUILocale::UseDefault();
        wxInitAllImageHandlers();
        SetAppName("hepstudio");
        SetAppDisplayName("HEP Studio");
        if (!wxApp::OnInit()) {
            return false;
        }
        std::filesystem::path db_path =
            db_path_.empty() ? std::filesystem::path() : std::filesystem::path(utf8(db_path_));
        // --db names the storage; without it, the clinic server of the Preferences, if any.
        std::string server = isServerUri(utf8(db_path_)) ? utf8(db_path_) : std::string();
        const bool from_preferences = db_path_.empty();
        if (from_preferences) {
            server = utf8(wxConfigBase::Get()->Read(kClinicServerKey, wxString()));
        }
        if (!server.empty()) {
            try {
                // The clinic's shared catalogue; the work in progress is saved aside locally,
                // as programs are: patient data never goes to the server.
                services_ = std::make_unique<AppServices>(openServerStorage(server),
                                                          std::filesystem::path());
                db_path = Database::defaultPath().parent_path() / "clinic-server";
            } catch (const std::exception& e) {
                if (!from_preferences) {  // --db named it: nothing else was asked for
                    wxMessageBox(wx(e.what()), "HEP Studio cannot start", wxOK | wxICON_ERROR);
                    return false;
                }
                if (wxMessageBox(wx(e.what()) + "\n\nWork on this computer's catalogue this time?",
                                 "HEP Studio", wxYES_NO | wxICON_WARNING) != wxYES) {
                    return false;
                }
            }
        }
        try {
            if (!services_) {
                if (db_path.empty()) {
                    db_path = Database::defaultPath();
                }
                services_ = openWithRecovery(db_path, askRecoveryWithDialog);
            }
        } catch (const std::exception& e) {
            wxMessageBox(wx(e.what()), "HEP Studio cannot start", wxOK | wxICON_ERROR);
            return false;
        }
        if (!services_) {
            return false;
        }
        auto autosave = Database::autosavePath(db_path);
        auto* frame = new MainFrame(*services_, std::make_unique<DialogPrompts>(), autosave);
        frame->Show();
        if (!open_file_.empty()) {
            frame->openProgram(utf8(open_file_));
        }
        return true;
    }

    void OnInitCmdLine(wxCmdLineParser& parser) override {
        wxApp::OnInitCmdLine(parser);
        parser.AddOption("", "db",
                         "the database file to use, or a clinic server (postgresql://host/db)",
                         wxCMD_LINE_VAL_STRING);
        parser.AddParam("program file to open", wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
    }

    bool OnCmdLineParsed(wxCmdLineParser& parser) override {
        // cppcheck-suppress ignoredReturnValue ; it sets db_path_ only when --db is given
        parser.Found("db", &db_path_);
        if (parser.GetParamCount() > 0) {
            open_file_ = parser.GetParam(0);
        }
        return wxApp::OnCmdLineParsed(parser);
    }

    bool OnExceptionInMainLoop() override {
        try {
            throw;
        } catch (const std::exception& e) {
            wxMessageBox(wxString("Something went wrong: ") + wx(e.what()) +
                             "\n\nYour work is saved aside every minute.",
                         "HEP Studio", wxOK | wxICON_ERROR);
        }
        return true;  // keep running
    }

    int OnExit() override {
        services_.reset();
        return wxApp::OnExit();
    }

  private:
    wxString db_path_;
    wxString open_file_;
    std::unique_ptr<AppServices> services_;
};

}  // namespace hep::gui

wxIMPLEMENT_APP(hep::gui::HepStudioApp);
