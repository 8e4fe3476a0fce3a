// The window's preferences kept in one place: loaded once, saved on change, and every change
// published on a Topic, so each view that uses them subscribes instead of being told by hand.
#pragma once

#include "app/gui/preferences.h"
#include "core/topic.h"

class wxConfigBase;

namespace hep::gui {

// A change of the preferences: the values before and after.
struct PreferencesChanged {
    Preferences before;
    Preferences after;
};

class PreferencesKeeper {
  public:
    // Loads the preferences (Preferences::load) from this user's config and the storage.
    PreferencesKeeper(wxConfigBase& config, Storage& storage);

    const Preferences& current() const { return current_; }
    // Saves the preferences (the clinic's details to the storage, the rest to the config) and
    // publishes the change, also when no value differs (a logo file may have been replaced at
    // the same path). Returns false when saving failed: the new values apply anyway, until the
    // window closes.
    [[nodiscard]] bool set(const Preferences& changed);
    Topic<PreferencesChanged>& changes() { return changes_; }

  private:
    wxConfigBase& config_;
    Storage& storage_;
    Preferences current_;
    Topic<PreferencesChanged> changes_;
};

}  // namespace hep::gui
