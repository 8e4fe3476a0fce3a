// Opening the window's database, and what to offer when its file cannot be used: the latest
// backup put back, or a fresh catalogue with the old file kept aside.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "app/gui/app_services.h"

namespace hep::gui {

enum class RecoveryChoice { RestoreLatestBackup, StartFresh, Quit };

// Asked with the reason the database cannot be used and its latest backup (when there is one).
using AskRecovery = std::function<RecoveryChoice(const std::string& problem,
                                                 const std::optional<std::filesystem::path>&)>;

// Opens the database at path. When its file cannot be used (damaged, truncated, another
// program's, a newer version's, empty), asks how to go on: the latest backup put back (the
// unusable file is kept as <file>.before-restore-<time>), a fresh catalogue (the old file kept
// as <file>.unusable-<time>), or quit (nullptr, nothing changed). A database in use by another
// window, or one the user cannot write, is not the file's fault: its error is thrown as it is.
std::unique_ptr<AppServices> openWithRecovery(const std::filesystem::path& path,
                                              const AskRecovery& ask);

// The question as a dialog: Restore the latest backup / Start fresh / Quit.
RecoveryChoice askRecoveryWithDialog(const std::string& problem,
                                     const std::optional<std::filesystem::path>& latest_backup);

}  // namespace hep::gui
