// The therapist's preferences, applied to new programs: the clinic's details kept with the
// clinic's catalogue (the storage), the rest with wxConfig for this user.
#pragma once

#include <string>

#include "core/program.h"
#include "storage/storage.h"

class wxConfigBase;

namespace hep::gui {

struct Preferences {
    Clinic clinic;
    std::string logo_path;   // PNG or JPEG; empty for none
    std::string therapist;   // name and credentials: "Alex Rivera, PT, DPT"
    HandoutOptions handout;  // defaults for new programs
    bool remember_patients_in_recent_files = true;

    bool operator==(const Preferences&) const = default;

    // The clinic's details come from the storage; a storage without them takes the ones this
    // user's settings held before they moved there (once).
    static Preferences load(wxConfigBase& config, Storage& storage);
    // Writes the clinic's details to the storage, the rest to the config (flushed to disk);
    // false when any of that failed.
    [[nodiscard]] bool save(wxConfigBase& config, Storage& storage) const;

    // A new, empty program with these defaults (clinic, therapist, options, today's date).
    Program newProgram() const;
};

}  // namespace hep::gui
