#include "app/gui/preferences_keeper.h"

namespace hep::gui {

PreferencesKeeper::PreferencesKeeper(wxConfigBase& config, Storage& storage)
    : config_(config), storage_(storage), current_(Preferences::load(config, storage)) {}

bool PreferencesKeeper::set(const Preferences& changed) {
    PreferencesChanged change{current_, changed};
    current_ = changed;
    const bool saved = current_.save(config_, storage_);
    changes_.publish(change);
    return saved;
}

}  // namespace hep::gui
