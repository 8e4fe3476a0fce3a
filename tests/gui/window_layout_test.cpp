// The window on the screen it opens on (run under Xvfb at 1024x768, 1366x768 and 1920x1080): it
// fits, shows at least 6 rows of the program and every dose control without clipping where the
// screen allows, scrolls where it does not, and remembers its size and panes.
#include <gtest/gtest.h>
#include <wx/config.h>
#include <wx/dcclient.h>
#include <wx/dcmemory.h>
#include <wx/display.h>
#include <wx/splitter.h>

#include "app/gui/app_services.h"
#include "app/gui/catalogue_panel.h"
#include "app/gui/main_frame.h"
#include "app/gui/preview_panel.h"
#include "app/gui/program_panel.h"
#include "app/gui/window_layout.h"
#include "app/gui/wx_text.h"
#include "tests/gui/fake_prompts.h"
#include "tests/gui/gui_test_support.h"
#include "tests/support/test_support.h"

namespace hep::gui {
namespace {

void settle(int rounds = 10) {
    for (int i = 0; i < rounds; ++i) {
        wxYield();
        wxMilliSleep(10);
    }
}

wxRect screen() {
    return wxDisplay(0u).GetClientArea();
}

std::string screenName() {
    return std::to_string(screen().width) + "x" + std::to_string(screen().height);
}

class WindowLayoutTest : public ::testing::Test {
  protected:
    void SetUp() override {
        wxConfigBase::Get()->DeleteAll();  // a first start: nothing remembered
        services_ = std::make_unique<AppServices>(dir_ / "hep.db");
    }
    void TearDown() override { close(); }

    MainFrame* open() {
        auto prompts = std::make_unique<test::FakePrompts>();
        prompts_ = prompts.get();
        frame_ = new MainFrame(*services_, std::move(prompts), dir_ / "autosave.hep");
        frame_->Show();
        settle(30);
        return frame_;
    }
    void close() {
        if (frame_ != nullptr) {
            prompts_->discard.push_back(DiscardChoice::Discard);
            frame_->Destroy();
            frame_ = nullptr;
            settle();
        }
    }
    // A program of 8 exercises with the second selected: what a therapist has on screen.
    void fill() {
        frame_->applyTemplate("lss-starter", true);
        for (const char* id : {"bridge", "heel-raise", "sit-to-stand"}) {
            frame_->addExercise(id);
        }
        frame_->program()->selectItem(1);
        frame_->refreshPreviewNow();
        settle(30);
    }
    // Saves what the window shows as window-WIDTHxHEIGHT[-suffix].png in the build folder.
    void screenshot(const std::string& suffix = "") {
        test::saveClientPicture(*frame_, std::filesystem::path(HEP_BUILD_DIR) /
                                             ("window-" + screenName() +
                                              (suffix.empty() ? "" : "-" + suffix) + ".png"));
    }

    hep::test::TempDir dir_;
    std::unique_ptr<AppServices> services_;
    test::FakePrompts* prompts_ = nullptr;
    MainFrame* frame_ = nullptr;
};

// The window's own rectangle of a control, in the coordinates of `within`'s client area.
wxRect rectIn(wxWindow* control, wxWindow* within) {
    wxRect r = control->GetScreenRect();
    r.SetPosition(within->ScreenToClient(r.GetPosition()));
    return r;
}

TEST_F(WindowLayoutTest, AFirstStartFitsTheScreen) {
    open();
    const wxRect rect = frame_->GetScreenRect();
    EXPECT_TRUE(screen().Contains(rect)) << screenName() << ": window " << rect.x << "," << rect.y
                                         << " " << rect.width << "x" << rect.height;
    EXPECT_EQ(frame_->GetSize(), firstWindowSize(screen()));
    // The status bar is on the screen.
    EXPECT_TRUE(screen().Contains(frame_->GetStatusBar()->GetScreenRect()));
}

TEST_F(WindowLayoutTest, TheProgramAndItsDoseFitOrScroll) {
    open();
    fill();
    ProgramPanel* panel = frame_->program();
    const wxSize client = panel->GetClientSize();
    const bool roomy = screen().height >= 768 && screen().width >= 1366;
    if (roomy) {
        EXPECT_GE(panel->visibleRows(), 6) << screenName();
    }
    std::vector<wxWindow*> controls{panel->sideField()};
    for (std::size_t i = 0; i < 6; ++i) {
        controls.push_back(panel->doseField(i));
        controls.push_back(panel->doseField(i)->lessButton());
        controls.push_back(panel->doseField(i)->moreButton());
    }
    for (wxWindow* control : controls) {
        const wxRect r = rectIn(control, panel);
        // Never cut at the side: the panel scrolls up and down only.
        EXPECT_LE(r.GetRight(), client.GetWidth()) << screenName();
        EXPECT_GE(r.GetLeft(), 0);
        if (roomy) {
            EXPECT_GE(r.GetTop(), 0) << screenName();
            EXPECT_LE(r.GetBottom(), client.GetHeight()) << screenName();
        } else {
            // Reachable by scrolling: inside the panel's scrolled area.
            int x = 0;
            int y = 0;
            panel->CalcUnscrolledPosition(r.x, r.GetBottom(), &x, &y);
            EXPECT_LE(y, panel->GetVirtualSize().GetHeight()) << screenName();
        }
    }
    screenshot();
}

// The program list's columns share its width: the dose column shows beside the names without
// scrolling sideways, on every screen.
TEST_F(WindowLayoutTest, TheProgramListShowsTheDoseColumn) {
    open();
    fill();
    wxListView* list = frame_->program()->items();
    const int width = list->GetClientSize().GetWidth();
    ASSERT_GE(width, 32 + 110 + 120) << screenName();
    EXPECT_GE(list->GetColumnWidth(1), 110) << screenName();
    EXPECT_GE(list->GetColumnWidth(2), 120) << screenName();
    EXPECT_LE(list->GetColumnWidth(0) + list->GetColumnWidth(1) + list->GetColumnWidth(2), width)
        << screenName();
}

TEST_F(WindowLayoutTest, ThePreviewToolbarDoesNotOverlapItself) {
    open();
    fill();
    wxWindowList& children = frame_->preview()->GetChildren();
    std::vector<wxRect> bar;
    for (wxWindow* child : children) {
        if (child->IsShown() && !child->IsKindOf(wxCLASSINFO(wxScrolledWindow))) {
            bar.push_back(child->GetRect());
        }
    }
    ASSERT_GE(bar.size(), 4u);
    for (std::size_t i = 0; i < bar.size(); ++i) {
        EXPECT_LE(bar[i].GetRight(), frame_->preview()->GetClientSize().GetWidth()) << screenName();
        for (std::size_t j = i + 1; j < bar.size(); ++j) {
            EXPECT_FALSE(bar[i].Intersects(bar[j]))
                << screenName() << " controls " << i << ", " << j;
        }
    }
}

TEST_F(WindowLayoutTest, SizeAndPanesAreRemembered) {
    open();
    const wxSize chosen(std::min(900, screen().width - 40), std::min(640, screen().height - 40));
    frame_->SetSize(chosen);
    settle();
    auto* outer = dynamic_cast<wxSplitterWindow*>(frame_->catalogue()->GetParent());
    ASSERT_NE(outer, nullptr);
    auto* inner = dynamic_cast<wxSplitterWindow*>(frame_->program()->GetParent());
    ASSERT_NE(inner, nullptr);
    outer->SetSashPosition(310);
    inner->SetSashPosition(420);
    settle();
    const int catalogue = outer->GetSashPosition();
    const int program = inner->GetSashPosition();
    close();
    // Where wxWidgets keeps them (the next test writes there as a larger screen would).
    EXPECT_TRUE(wxConfigBase::Get()->HasEntry("/Persistent_Options/Window/main-window/w"));

    open();
    settle(20);
    EXPECT_EQ(frame_->GetSize(), chosen);
    outer = dynamic_cast<wxSplitterWindow*>(frame_->catalogue()->GetParent());
    inner = dynamic_cast<wxSplitterWindow*>(frame_->program()->GetParent());
    EXPECT_EQ(outer->GetSashPosition(), catalogue);
    EXPECT_EQ(inner->GetSashPosition(), program);
}

TEST_F(WindowLayoutTest, ASizeRememberedFromALargerScreenIsBroughtInside) {
    wxConfigBase::Get()->Write("/Persistent_Options/Window/main-window/x", 0);
    wxConfigBase::Get()->Write("/Persistent_Options/Window/main-window/y", 0);
    wxConfigBase::Get()->Write("/Persistent_Options/Window/main-window/w", 2600);
    wxConfigBase::Get()->Write("/Persistent_Options/Window/main-window/h", 1600);
    open();
    EXPECT_TRUE(screen().Contains(frame_->GetScreenRect())) << screenName();
}

TEST(WindowSizes, AFirstSizeNeverExceedsTheScreen) {
    EXPECT_EQ(firstWindowSize({0, 0, 1024, 768}), wxSize(1024, 768));
    EXPECT_EQ(firstWindowSize({0, 0, 1920, 1080}), wxSize(1400, 900));
    auto small = defaultSashPositions(1024);
    EXPECT_GE(small.catalogue, 250);
    EXPECT_GE(1024 - small.catalogue - small.program, 240);  // room for the preview
}

}  // namespace
}  // namespace hep::gui
