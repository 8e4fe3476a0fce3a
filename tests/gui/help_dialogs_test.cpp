// Tests of Help > Keyboard Shortcuts and Help > Getting Started under Xvfb; the main is
// gui_test_main.cpp.
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/frame.h>
#include <wx/listctrl.h>
#include <wx/menu.h>

#include <string>
#include <vector>

#include "app/gui/help_dialogs.h"
#include "app/gui/wx_text.h"

namespace hep::gui {
namespace {

// A frame with a small menu bar: File (Save with Ctrl+S, Open without a key, a submenu More
// with Thing on Ctrl+Shift+T) and Help (About without a key).
class HelpDialogsTest : public ::testing::Test {
  protected:
    void SetUp() override {
        frame = new wxFrame(nullptr, wxID_ANY, "Help dialogs test");
        auto* file = new wxMenu;
        file->Append(wxID_SAVE, "&Save\tCtrl+S");
        file->Append(wxID_OPEN, "&Open...");
        file->AppendSeparator();
        auto* more = new wxMenu;
        more->Append(wxID_ANY, "&Thing\tCtrl+Shift+T");
        file->AppendSubMenu(more, "&More");
        auto* help = new wxMenu;
        help->Append(wxID_ABOUT, "&About");
        auto* bar = new wxMenuBar;
        bar->Append(file, "&File");
        bar->Append(help, "&Help");
        frame->SetMenuBar(bar);
    }
    void TearDown() override { frame->Destroy(); }

    const wxMenuBar& bar() const { return *frame->GetMenuBar(); }

    wxFrame* frame = nullptr;
};

TEST_F(HelpDialogsTest, MenuShortcutsAreTheAcceleratedItemsOfTheMenus) {
    auto rows = menuShortcuts(bar());
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(utf8(rows[0].menu), "File");
    EXPECT_EQ(utf8(rows[0].action), "Save");
    EXPECT_EQ(utf8(rows[0].keys), "Ctrl+S");
    EXPECT_EQ(utf8(rows[1].menu), "File > More");
    EXPECT_EQ(utf8(rows[1].action), "Thing");
    EXPECT_EQ(utf8(rows[1].keys), "Ctrl+Shift+T");
    for (const auto& row : rows) {
        EXPECT_EQ(row.action.Find('&'), wxNOT_FOUND) << utf8(row.action);
        EXPECT_EQ(row.action.Find('\t'), wxNOT_FOUND) << utf8(row.action);
    }
}

TEST_F(HelpDialogsTest, MenuShortcutsFollowTheMenusWhenTheyChange) {
    auto* templates = new wxMenu;
    templates->Append(wxID_ANY, "&Apply Template...\tCtrl+T");
    frame->GetMenuBar()->Append(templates, "&Templates");
    auto rows = menuShortcuts(bar());
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(utf8(rows[2].menu), "Templates");
    EXPECT_EQ(utf8(rows[2].action), "Apply Template");  // no "...": it names a command
    EXPECT_EQ(utf8(rows[2].keys), "Ctrl+T");
}

TEST(HelpDialogs, WindowShortcutsSayWhereWhatAndWhichKeys) {
    auto rows = windowShortcuts();
    ASSERT_GE(rows.size(), 8u);
    bool enter = false;
    bool context_menu = false;
    for (const auto& row : rows) {
        EXPECT_FALSE(row.menu.empty());
        EXPECT_FALSE(row.action.empty());
        EXPECT_FALSE(row.keys.empty()) << utf8(row.action);
        enter = enter || row.keys == "Enter";
        context_menu = context_menu || row.keys.Contains("Shift+F10");
    }
    EXPECT_TRUE(enter);
    EXPECT_TRUE(context_menu);
}

TEST_F(HelpDialogsTest, ShortcutsDialogListsTheMenusThenTheWindowUncut) {
    KeyboardShortcutsDialog d(frame, bar());
    wxListCtrl* list = d.list();
    ASSERT_NE(list, nullptr);
    const auto menu = menuShortcuts(bar());
    const auto window = windowShortcuts();
    ASSERT_EQ(static_cast<std::size_t>(list->GetItemCount()), menu.size() + window.size());
    ASSERT_EQ(list->GetColumnCount(), 3);
    EXPECT_EQ(utf8(list->GetItemText(0, 0)), "File");
    EXPECT_EQ(utf8(list->GetItemText(0, 1)), "Save");
    EXPECT_EQ(utf8(list->GetItemText(0, 2)), "Ctrl+S");
    const long first_window = static_cast<long>(menu.size());
    EXPECT_EQ(list->GetItemText(first_window, 0), window[0].menu);
    EXPECT_EQ(list->GetItemText(first_window, 2), window[0].keys);
    // No text is cut at the columns' own widths.
    for (int column = 0; column < 3; ++column) {
        for (long row = 0; row < list->GetItemCount(); ++row) {
            wxString cell = list->GetItemText(row, column);
            EXPECT_LE(list->GetTextExtent(cell).x, list->GetColumnWidth(column)) << utf8(cell);
        }
    }
    EXPECT_EQ(d.GetEscapeId(), wxID_CLOSE);
    EXPECT_NE(dynamic_cast<wxButton*>(d.FindWindow(wxID_CLOSE)), nullptr);
}

TEST(HelpDialogs, GettingStartedIsAShortGuideThatFitsTheScreen) {
    GettingStartedDialog d(nullptr);
    std::string guide = utf8(d.text());
    EXPECT_NE(guide.find("Ctrl+T"), std::string::npos);
    EXPECT_NE(guide.find("Keyboard Shortcuts"), std::string::npos);
    EXPECT_NE(guide.find("Ctrl+S"), std::string::npos);
    int steps = 0;
    for (int n = 1; n <= 9; ++n) {
        std::string step = std::to_string(n) + ". ";
        steps += guide.rfind(step, 0) == 0 || guide.find("\n" + step) != std::string::npos;
    }
    EXPECT_GE(steps, 5);
    EXPECT_LE(steps, 7);
    EXPECT_LE(d.GetSize().x, 640);
    EXPECT_LE(d.GetSize().y, 560);
    EXPECT_EQ(d.GetEscapeId(), wxID_CLOSE);
    EXPECT_NE(dynamic_cast<wxButton*>(d.FindWindow(wxID_CLOSE)), nullptr);
}

}  // namespace
}  // namespace hep::gui
