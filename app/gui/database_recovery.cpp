#include "app/gui/database_recovery.h"

#include <wx/msgdlg.h>

#include <chrono>

#include "app/gui/wx_text.h"
#include "core/errors.h"
#include "storage/backup.h"

namespace hep::gui {

namespace fs = std::filesystem;

std::unique_ptr<AppServices> openWithRecovery(const fs::path& path, const AskRecovery& ask) {
    try {
        return std::make_unique<AppServices>(path);
    } catch (const DatabaseInUseError&) {
        throw;  // the file is fine: the message says to close the other window
    } catch (const DatabaseNotWritableError&) {
        throw;  // the file is fine: the message says to ask for permission or use another
    } catch (const StorageError& e) {
        std::error_code ec;
        if (!fs::is_regular_file(path, ec)) {
            throw;
        }
        auto backups = listBackups(path);
        std::optional<fs::path> latest;
        if (!backups.empty()) {
            latest = backups.back();
        }
        switch (ask(e.what(), latest)) {
            case RecoveryChoice::Quit:
                return nullptr;
            case RecoveryChoice::RestoreLatestBackup:
                if (!latest) {
                    return nullptr;
                }
                restoreBackup(path, *latest);  // checks it first; keeps the unusable file aside
                return std::make_unique<AppServices>(path);
            case RecoveryChoice::StartFresh: {
                auto stamp =
                    std::chrono::system_clock::now().time_since_epoch() / std::chrono::seconds(1);
                fs::path aside = path;
                aside += ".unusable-" + std::to_string(stamp);
                fs::rename(path, aside);
                return std::make_unique<AppServices>(path);
            }
        }
        return nullptr;
    }
}

RecoveryChoice askRecoveryWithDialog(const std::string& problem,
                                     const std::optional<fs::path>& latest_backup) {
    // The model's message ends with the ways out for the hep command; the buttons are the
    // window's ways out, so the message stops after "The file was left as it is."
    const std::string left = " The file was left as it is.";
    const auto cut = problem.find(left);
    wxString text =
        wx(cut == std::string::npos ? problem : problem.substr(0, cut + left.size())) + "\n\n";
    if (latest_backup) {
        text += "Put back the latest backup (" + wx(latest_backup->filename().string()) +
                "), or start with a fresh catalogue? Either way the file that cannot be used is "
                "kept beside it.";
    } else {
        text +=
            "There is no backup of it. Start with a fresh catalogue? The file that cannot "
            "be used is kept beside it.";
    }
    long style = wxICON_WARNING | (latest_backup ? wxYES_NO | wxCANCEL : wxYES_NO);
    wxMessageDialog dialog(nullptr, text, "HEP Studio", style);
    if (latest_backup) {
        dialog.SetYesNoCancelLabels("&Restore the latest backup", "Start &fresh", "&Quit");
        switch (dialog.ShowModal()) {
            case wxID_YES:
                return RecoveryChoice::RestoreLatestBackup;
            case wxID_NO:
                return RecoveryChoice::StartFresh;
            default:
                return RecoveryChoice::Quit;
        }
    }
    dialog.SetYesNoLabels("Start &fresh", "&Quit");
    return dialog.ShowModal() == wxID_YES ? RecoveryChoice::StartFresh : RecoveryChoice::Quit;
}

}  // namespace hep::gui
