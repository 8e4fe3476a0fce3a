#include "app/gui/preferences.h"

#include <wx/config.h>
#include <wx/datetime.h>
#include <wx/log.h>

#include <algorithm>
#include <iterator>

#include "app/gui/wx_text.h"

namespace hep::gui {

namespace {

std::string readText(wxConfigBase& config, const char* key) {
    return utf8(config.Read(key, wxString()));
}

}  // namespace

Preferences Preferences::load(wxConfigBase& config, Storage& storage) {
    Preferences p;
    if (auto clinic = storage.clinic()) {
        p.clinic = *clinic;
    } else {
        // Before, each user's settings held them: they move to the storage once.
        p.clinic.name = readText(config, "/Clinic/Name");
        p.clinic.phone = readText(config, "/Clinic/Phone");
        p.clinic.address = readText(config, "/Clinic/Address");
        if (config.HasEntry("/Clinic/EmergencyNumber")) {
            p.clinic.emergency_number = readText(config, "/Clinic/EmergencyNumber");
        }
        if (!(p.clinic == Clinic{})) {
            try {
                storage.setClinic(p.clinic);
            } catch (const std::exception&) {
                // Kept for this window; Preferences shows them, and saving says what is wrong.
            }
        }
    }
    p.logo_path = readText(config, "/Clinic/Logo");
    p.therapist = readText(config, "/Therapist/Name");
    p.handout.paper = config.Read("/Handout/Paper", "letter") == "a4" ? Paper::A4 : Paper::Letter;
    p.handout.large_print = config.ReadBool("/Handout/LargePrint", false);
    p.handout.education = config.ReadBool("/Handout/Education", true);
    p.handout.log_weeks =
        std::clamp(static_cast<int>(config.ReadLong("/Handout/LogWeeks", 2)), 0, kMaxLogWeeks);
    p.remember_patients_in_recent_files = config.ReadBool("/Privacy/RememberPatients", true);
    p.clinic_server = readText(config, kClinicServerKey);
    return p;
}

bool Preferences::save(wxConfigBase& config, Storage& storage) const {
    try {
        storage.setClinic(clinic);
    } catch (const std::exception&) {
        return false;
    }
    // wxFileConfig reports a failed flush with wxLogError, which the window would show as a
    // second dialog: the caller says it once, in words of its own.
    wxLogNull quiet;
    // Every value is written (in order: a braced list is evaluated left to right), then flushed.
    const bool written[] = {
        config.Write("/Clinic/Logo", wx(logo_path)),
        config.Write("/Therapist/Name", wx(therapist)),
        config.Write("/Handout/Paper", handout.paper == Paper::A4 ? "a4" : "letter"),
        config.Write("/Handout/LargePrint", handout.large_print),
        config.Write("/Handout/Education", handout.education),
        config.Write("/Handout/LogWeeks", static_cast<long>(handout.log_weeks)),
        config.Write("/Privacy/RememberPatients", remember_patients_in_recent_files),
        config.Write(kClinicServerKey, wx(clinic_server)),
    };
    const bool flushed = config.Flush();
    return flushed &&
           std::all_of(std::begin(written), std::end(written), [](bool ok) { return ok; });
}

Program Preferences::newProgram() const {
    Program p;
    p.clinic = clinic;
    p.therapist = therapist;
    p.handout = handout;
    p.date = utf8(wxDateTime::Today().FormatISODate());
    return p;
}

}  // namespace hep::gui
