// The main of the GUI tests: starts wxWidgets once (under Xvfb in ./test.sh), runs GoogleTest,
// and keeps the tests' preferences in a file of their own, emptied before each test.
#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/fileconf.h>
#include <wx/image.h>
#include <wx/uilocale.h>

#include <cstdlib>
#include <filesystem>

namespace {

class TestApp : public wxApp {
  public:
    bool OnInit() override { return true; }
};

// Each test starts from no preferences: a therapist name, large print or a window size that one
// test saves does not carry over into the next.
class FreshPreferences : public ::testing::EmptyTestEventListener {
    void OnTestStart(const ::testing::TestInfo&) override { wxConfigBase::Get()->DeleteAll(); }
};

}  // namespace

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    wxApp::SetInstance(new TestApp);
    if (!wxEntryStart(argc, argv) || !wxTheApp->CallOnInit()) {
        std::fprintf(stderr, "Cannot start wxWidgets: is there a display (xvfb-run)?\n");
        return 1;
    }
    wxUILocale::UseDefault();
    wxInitAllImageHandlers();
    auto config_file = std::filesystem::temp_directory_path() /
                       ("hep-gui-test-config-" + std::to_string(::getpid()));
    delete wxConfigBase::Set(
        new wxFileConfig("hepstudio-test", "", config_file.string(), "", wxCONFIG_USE_LOCAL_FILE));
    ::testing::UnitTest::GetInstance()->listeners().Append(new FreshPreferences);
    int result = RUN_ALL_TESTS();
    delete wxConfigBase::Set(nullptr);
    std::filesystem::remove(config_file);
    wxTheApp->OnExit();
    wxEntryCleanup();
    return result;
}
