// The fixture of the window tests: a MainFrame on a fresh database with scripted prompts, and
// the ways a person works it: typing into fields with real key events, reading the PDF.
#pragma once

#include <gtest/gtest.h>
#include <wx/uiaction.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "app/gui/app_services.h"
#include "app/gui/main_frame.h"
#include "tests/gui/fake_prompts.h"
#include "tests/gui/gui_test_support.h"
#include "tests/support/test_support.h"

namespace hep::gui::test {

class FrameTest : public ::testing::Test {
  protected:
    // Moves the pointer onto the window and clicks it: under Xvfb (no window manager) the keyboard
    // goes to the window under the pointer.
    static void clickOn(wxWindow* window) {
        wxUIActionSimulator sim;
        wxRect rect = window->GetScreenRect();
        sim.MouseMove(rect.GetLeft() + rect.GetWidth() / 2, rect.GetTop() + rect.GetHeight() / 2);
        settle();
        sim.MouseClick();
        settle();
    }
    // Clicks into a text field, selects what it holds (Ctrl+A) and types text with real key
    // events, then presses Tab when asked: as a person does.
    static void typeInto(wxWindow* field, const std::string& text, bool tab = true) {
        clickOn(field);
        wxUIActionSimulator sim;
        sim.Char('a', wxMOD_CONTROL);
        settle();
        if (!text.empty()) {
            sim.Text(text.c_str());
        }
        settle();
        if (tab) {
            sim.Char(WXK_TAB);
            settle();
        }
    }
    static void press(int key, int modifiers = wxMOD_NONE) {
        wxUIActionSimulator sim;
        sim.Char(key, modifiers);
        settle();
    }
    void SetUp() override {
        services_ = std::make_unique<AppServices>(dir_ / "hep.db");
        auto prompts = std::make_unique<test::FakePrompts>();
        prompts_ = prompts.get();
        frame_ = new MainFrame(*services_, std::move(prompts), dir_ / "autosave.hep");
        frame_->SetSize(1280, 800);
        frame_->Show();
        settle();
        // The first key event after a window appears under Xvfb is lost: spend it on a key that
        // does nothing.
        clickOn(frame_->GetStatusBar());
        press(WXK_SHIFT);
    }
    void TearDown() override {
        if (frame_ != nullptr) {
            prompts_->discard.push_back(DiscardChoice::Discard);
            frame_->Destroy();
            settle();
        }
    }
    static void settle() {
        for (int i = 0; i < 5; ++i) {
            wxYield();
        }
    }
    std::vector<std::string> items() {
        std::vector<std::string> ids;
        for (const auto& item : frame_->editor().program().items) {
            ids.push_back(item.exercise_id);
        }
        return ids;
    }
    // What the window shows, as window-NAME-WIDTHxHEIGHT.png (the screen's size) in the build
    // folder, for the eye.
    void screenshot(const std::string& name) {
        const wxSize screen = wxGetDisplaySize();
        saveClientPicture(*frame_, std::filesystem::path(HEP_BUILD_DIR) /
                                       ("window-" + name + "-" + std::to_string(screen.x) + "x" +
                                        std::to_string(screen.y) + ".png"));
    }
    std::string pdfText(const std::filesystem::path& pdf) {
        auto result = hep::test::runCommand("pdftotext -q " + hep::test::shellQuote(pdf) + " -");
        return result.output;
    }

    hep::test::TempDir dir_;
    std::unique_ptr<AppServices> services_;
    test::FakePrompts* prompts_ = nullptr;
    MainFrame* frame_ = nullptr;
};

}  // namespace hep::gui::test
