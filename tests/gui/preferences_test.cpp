// Tests of the preferences dialog under Xvfb; the main is gui_test_main.cpp.
#include "tests/gui/dialog_fixture.h"

namespace hep::gui {
namespace {

using test::DialogsTest;
using test::processEvents;
using test::runWithKeys;

void expectSame(const Preferences& a, const Preferences& b) {
    EXPECT_EQ(a.clinic, b.clinic);
    EXPECT_EQ(a.logo_path, b.logo_path);
    EXPECT_EQ(a.therapist, b.therapist);
    EXPECT_EQ(a.handout, b.handout);
    EXPECT_EQ(a.remember_patients_in_recent_files, b.remember_patients_in_recent_files);
}

TEST_F(DialogsTest, PreferencesSaveToTheirFileAndSayWhenTheyCannot) {
    const Preferences p = samplePreferences();
    const wxString file = wx((dir / "config").string());
    {
        wxFileConfig config("hepstudio-test", "", file, "", wxCONFIG_USE_LOCAL_FILE);
        EXPECT_TRUE(p.save(config, services.storage()));
    }
    wxFileConfig again("hepstudio-test", "", file, "", wxCONFIG_USE_LOCAL_FILE);
    expectSame(Preferences::load(again, services.storage()), p);
    // The clinic's details went to the storage, not to this user's file.
    EXPECT_EQ(services.storage().clinic(), p.clinic);
    EXPECT_FALSE(again.HasEntry("/Clinic/Name"));

    // The failed save says so through its result only: wx's own log of the failed flush would
    // be a second dialog in the window.
    struct Counter : wxLog {
        int messages = 0;
        void DoLogTextAtLevel(wxLogLevel, const wxString&) override { ++messages; }
    } counter;
    wxLog* old = wxLog::SetActiveTarget(&counter);
    auto nowhere = std::make_unique<wxFileConfig>("hepstudio-test", "",
                                                  wx((dir / "missing" / "config").string()), "",
                                                  wxCONFIG_USE_LOCAL_FILE);
    EXPECT_FALSE(p.save(*nowhere, services.storage()));
    wxLog::FlushActive();
    EXPECT_EQ(counter.messages, 0);
    wxLog::SetActiveTarget(old);
    wxLogNull quiet;  // its destructor flushes, and fails, once more
    nowhere.reset();
}

TEST_F(DialogsTest, TheClinicMovesFromTheOldSettingsToTheStorageOnce) {
    // Settings written before the clinic's details lived with the catalogue.
    const wxString file = wx((dir / "old-config").string());
    {
        wxFileConfig config("hepstudio-test", "", file, "", wxCONFIG_USE_LOCAL_FILE);
        ASSERT_TRUE(config.Write("/Clinic/Name", "Riverside Physical Therapy"));
        ASSERT_TRUE(config.Write("/Clinic/Phone", "555-0100"));
        ASSERT_TRUE(config.Write("/Clinic/EmergencyNumber", "112"));
        ASSERT_TRUE(config.Flush());
    }
    wxFileConfig config("hepstudio-test", "", file, "", wxCONFIG_USE_LOCAL_FILE);
    ASSERT_FALSE(services.storage().clinic().has_value());
    const Preferences p = Preferences::load(config, services.storage());
    EXPECT_EQ(p.clinic.phone, "555-0100");
    ASSERT_TRUE(services.storage().clinic().has_value());
    EXPECT_EQ(services.storage().clinic()->emergency_number, "112");
    // From then on the storage says: a change there is what the next window reads.
    Clinic moved = *services.storage().clinic();
    moved.phone = "555-0199";
    services.storage().setClinic(moved);
    EXPECT_EQ(Preferences::load(config, services.storage()).clinic.phone, "555-0199");
    // A bad value is refused with the field named, and nothing is written.
    moved.emergency_number = "";
    EXPECT_THROW(services.storage().setClinic(moved), InputError);
    EXPECT_EQ(services.storage().clinic()->emergency_number, "112");
}

TEST_F(DialogsTest, PreferencesFillFromAndWriteBackToPreferences) {
    Preferences p = samplePreferences();
    p.clinic.name = "Clínica Núñez";  // UTF-8 both ways
    PreferencesDialog d(nullptr, p, prompts);
    EXPECT_EQ(utf8(d.clinicName()->GetValue()), "Clínica Núñez");
    EXPECT_EQ(utf8(d.therapist()->GetValue()), "Alex Rivera, PT, DPT");
    EXPECT_EQ(d.paper()->GetSelection(), 1);
    EXPECT_TRUE(d.largePrint()->GetValue());
    EXPECT_FALSE(d.education()->GetValue());
    EXPECT_EQ(d.logWeeks()->number(), 3);
    EXPECT_FALSE(d.showPatientNames()->GetValue());
    expectSame(d.values(), p);  // unchanged fields come back as they were
}

TEST_F(DialogsTest, PreferencesReturnWhatWasChanged) {
    PreferencesDialog d(nullptr, Preferences{}, prompts);
    d.clinicName()->SetValue("  Hillside Clinic ");
    d.clinicPhone()->SetValue("555-0199");
    d.clinicAddress()->SetValue("1 Hill Street");
    d.therapist()->SetValue("Sam Lee, PT");
    d.paper()->SetSelection(1);
    d.largePrint()->SetValue(true);
    d.education()->SetValue(false);
    d.logWeeks()->setNumber(4);
    d.showPatientNames()->SetValue(false);
    Preferences p = d.values();
    EXPECT_EQ(p.clinic.name, "Hillside Clinic");
    EXPECT_EQ(p.clinic.phone, "555-0199");
    EXPECT_EQ(p.clinic.address, "1 Hill Street");
    EXPECT_EQ(p.therapist, "Sam Lee, PT");
    EXPECT_EQ(p.handout.paper, Paper::A4);
    EXPECT_TRUE(p.handout.large_print);
    EXPECT_FALSE(p.handout.education);
    EXPECT_EQ(p.handout.log_weeks, 4);
    EXPECT_FALSE(p.remember_patients_in_recent_files);
}

TEST_F(DialogsTest, PreferencesRefuseTextOverALimitWithoutCuttingIt) {
    PreferencesDialog d(nullptr, Preferences{}, prompts);
    const std::string long_name(250, 'c');
    d.clinicName()->SetValue(wx(long_name));
    d.therapist()->SetValue("Sam Lee, PT");
    EXPECT_EQ(utf8(d.clinicName()->GetValue()), long_name);
    EXPECT_FALSE(d.check());
    ASSERT_EQ(prompts.errors.size(), 1u);
    EXPECT_NE(
        utf8(prompts.errors[0]).find("Clinic name: is too long (250 characters; at most 200)"),
        std::string::npos)
        << utf8(prompts.errors[0]);
    d.clinicName()->SetValue("Hillside Clinic");
    EXPECT_TRUE(d.check());
}

TEST_F(DialogsTest, PreferencesCheckTheLogoWhenChosen) {
    Preferences p;
    p.logo_path = "/old/logo.png";
    PreferencesDialog d(nullptr, p, prompts);
    EXPECT_TRUE(d.clearButton()->IsEnabled());

    auto not_a_picture = dir / "notes.png";
    hep::test::writeText(not_a_picture, "These are my notes, not a picture.\n");
    prompts.paths.push_back(wx(not_a_picture.string()));
    EXPECT_FALSE(d.chooseLogo());
    ASSERT_EQ(prompts.errors.size(), 1u);
    EXPECT_NE(utf8(prompts.errors[0]).find("notes.png"), std::string::npos);
    EXPECT_EQ(d.values().logo_path, "/old/logo.png");

    auto logo = dir / "logo.png";
    RgbImage image{2, 2, std::vector<unsigned char>(12, 200), {}};
    std::string png = encodePng(image);
    hep::test::writeBytes(logo, std::vector<unsigned char>(png.begin(), png.end()));
    prompts.paths.push_back(wx(logo.string()));
    EXPECT_TRUE(d.chooseLogo());
    EXPECT_EQ(d.values().logo_path, logo.string());

    d.clearLogo();
    EXPECT_EQ(d.values().logo_path, "");
    EXPECT_FALSE(d.clearButton()->IsEnabled());
}

TEST_F(DialogsTest, PreferencesRefuseLogWeeksOverTheLimit) {
    PreferencesDialog d(nullptr, samplePreferences(), prompts);
    EXPECT_EQ(runWithKeys(d,
                          [](wxUIActionSimulator& sim) {
                              sim.Char('w', wxMOD_ALT);  // Exercise log, weeks
                              sim.Char('a', wxMOD_CONTROL);
                              sim.Text("9");
                              sim.Char(WXK_RETURN);
                          }),
              -1);
    ASSERT_EQ(prompts.errors.size(), 1u);
    EXPECT_NE(prompts.errors[0].Find("Exercise log: 9 is more than 4 weeks, the most."),
              wxNOT_FOUND)
        << prompts.errors[0];
}

// The clinic server's address is typed in Preferences: one holding a password is refused with
// where to put it instead; a good one is kept for the next start.
TEST_F(DialogsTest, PreferencesTakeAClinicServerWithoutAPassword) {
    {
        PreferencesDialog d(nullptr, samplePreferences(), prompts);
        EXPECT_EQ(runWithKeys(d,
                              [](wxUIActionSimulator& sim) {
                                  sim.Char('v', wxMOD_ALT);  // Server
                                  sim.Text("postgresql://ana:pw@db.clinic.local/hep");
                                  sim.Char(WXK_RETURN);
                              }),
                  -1);
        ASSERT_EQ(prompts.errors.size(), 1u);
        EXPECT_NE(prompts.errors[0].Find("Clinic server: it holds a password"), wxNOT_FOUND)
            << prompts.errors[0];
        EXPECT_NE(prompts.errors[0].Find("~/.pgpass"), wxNOT_FOUND) << prompts.errors[0];
    }
    PreferencesDialog d(nullptr, samplePreferences(), prompts);
    EXPECT_EQ(runWithKeys(d,
                          [](wxUIActionSimulator& sim) {
                              sim.Char('v', wxMOD_ALT);
                              sim.Text("postgresql://ana@db.clinic.local/hep");
                              sim.Char(WXK_RETURN);
                          }),
              wxID_OK);
    EXPECT_EQ(d.values().clinic_server, "postgresql://ana@db.clinic.local/hep");
}

}  // namespace
}  // namespace hep::gui
