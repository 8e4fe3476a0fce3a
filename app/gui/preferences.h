// The therapist's preferences, kept with wxConfig and applied to new programs.
#pragma once

#include <string>

#include "model/program.h"

class wxConfigBase;

namespace hep::gui {

struct Preferences {
    Clinic clinic;
    std::string logo_path;   // PNG or JPEG; empty for none
    std::string therapist;   // name and credentials: "Alex Rivera, PT, DPT"
    HandoutOptions handout;  // defaults for new programs
    bool remember_patients_in_recent_files = true;

    static Preferences load(wxConfigBase& config);
    // Writes them and flushes the config to disk; false when any of that failed.
    [[nodiscard]] bool save(wxConfigBase& config) const;

    // A new, empty program with these defaults (clinic, therapist, options, today's date).
    Program newProgram() const;
};

}  // namespace hep::gui
