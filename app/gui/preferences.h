// The therapist's preferences, applied to new programs: the clinic's details kept with the
// clinic's catalogue (the storage), the rest with wxConfig for this user.
#pragma once

#include <string>

#include "core/program.h"
#include "storage/storage.h"

class wxConfigBase;

namespace hep::gui {

// Where the clinic server's address is kept in this user's settings (read before any storage
// is opened).
inline constexpr const char* kClinicServerKey = "/Server/Uri";

struct Preferences {
    Clinic clinic;
    std::string logo_path;   // PNG or JPEG; empty for none
    std::string therapist;   // name and credentials: "Alex Rivera, PT, DPT"
    HandoutOptions handout;  // defaults for new programs
    bool remember_patients_in_recent_files = true;
    // The clinic server to use from the next start (a postgresql:// URI, no password); empty
    // for this computer's catalogue. --db overrides it.
    std::string clinic_server;

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
