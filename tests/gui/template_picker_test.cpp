// Tests of the Apply Template picker under Xvfb: the list, what a template holds, the choices
// it offers and the keys that close it. The main is gui_test_main.cpp.
#include "app/gui/template_picker_dialog.h"

#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/listbox.h>
#include <wx/radiobox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>
#include <wx/utils.h>

#include <functional>
#include <map>
#include <utility>

#include "app/gui/app_services.h"
#include "app/gui/wx_text.h"
#include "core/dose_text.h"
#include "tests/gui/gui_test_support.h"
#include "tests/support/test_support.h"

namespace hep::gui {
namespace {

using test::processEvents;
using test::runWithKeys;

bool contains(const wxString& haystack, const std::string& needle) {
    return utf8(haystack).find(needle) != std::string::npos;
}

// Selects a row of the list as a click does: the selection, then the list's event.
void choose(wxListBox* list, int row, wxEventType type = wxEVT_LISTBOX) {
    list->SetSelection(row);
    wxCommandEvent event(type, list->GetId());
    event.SetEventObject(list);
    event.SetInt(row);
    event.SetString(list->GetString(static_cast<unsigned>(row)));
    list->GetEventHandler()->ProcessEvent(event);
}

// The mnemonic letters of the labels of a window (static texts, buttons, check boxes).
void collectMnemonics(wxWindow* window, std::map<wxChar, std::vector<wxString>>& letters) {
    for (wxWindow* child : window->GetChildren()) {
        if (dynamic_cast<wxStaticText*>(child) || dynamic_cast<wxButton*>(child) ||
            dynamic_cast<wxCheckBox*>(child)) {
            wxString label = child->GetLabel();
            int amp = label.Find('&');
            if (amp != wxNOT_FOUND && amp + 1 < static_cast<int>(label.size())) {
                letters[wxToupper(label[amp + 1])].push_back(label);
            }
        }
        collectMnemonics(child, letters);
    }
}

class TemplatePickerTest : public ::testing::Test {
  protected:
    hep::test::TempDir dir;
    AppServices services{dir / "hep.db"};

    int rowOf(TemplatePickerDialog& d, const std::string& id) {
        for (std::size_t i = 0; i < d.templates().size(); ++i) {
            if (d.templates()[i].id == id) {
                return static_cast<int>(i);
            }
        }
        ADD_FAILURE() << "no template " << id;
        return 0;
    }

    // A template of the clinic's own, with a long name and no general instructions.
    std::string saveOwnTemplate() {
        ProtocolTemplate t = services.templates().get("lss-starter");
        t.id.clear();
        t.builtin = false;
        t.name = "Lumbar stenosis after surgery: weeks two to six, walking first";
        t.instructions.clear();
        return services.templates().save(t);
    }
};

TEST_F(TemplatePickerTest, ListsEveryTemplateUncutAndSelectsTheFirst) {
    saveOwnTemplate();
    TemplatePickerDialog d(nullptr, services, true, true);
    auto all = services.templates().list();
    ASSERT_GE(all.size(), 5u);
    ASSERT_EQ(d.names()->GetCount(), all.size());
    EXPECT_EQ(d.names()->GetSelection(), 0);
    EXPECT_EQ(d.templateId(), all[0].id);
    for (std::size_t i = 0; i < all.size(); ++i) {
        wxString name = d.names()->GetString(static_cast<unsigned>(i));
        EXPECT_EQ(utf8(name), all[i].name);
        int extent = d.names()->GetTextExtent(name).x;
        EXPECT_GE(d.names()->GetBestSize().x, extent) << all[i].name;
        EXPECT_GE(d.names()->GetSize().x, extent) << all[i].name;
    }
    EXPECT_LE(d.GetSize().x, 900);
    EXPECT_LE(d.GetSize().y, 640);
    EXPECT_LE(d.GetMinSize().x, d.GetSize().x);
    EXPECT_LE(d.GetMinSize().y, d.GetSize().y);
    EXPECT_TRUE(d.HasFlag(wxRESIZE_BORDER));
}

TEST_F(TemplatePickerTest, ShowsTheExercisesDosesAndInstructionsOfTheSelectedTemplate) {
    TemplatePickerDialog d(nullptr, services, false, false);
    const ProtocolTemplate starter = services.templates().get("lss-starter");
    choose(d.names(), rowOf(d, "lss-starter"));
    EXPECT_EQ(d.templateId(), "lss-starter");
    const wxString shown = d.contents()->GetValue();
    EXPECT_TRUE(d.contents()->HasFlag(wxTE_READONLY));
    EXPECT_TRUE(contains(shown, starter.description)) << utf8(shown);
    int doses = 0;
    for (std::size_t i = 0; i < starter.items.size(); ++i) {
        const ProgramItem& item = starter.items[i];
        std::string name = services.catalogue().get(item.exercise_id).name;
        EXPECT_TRUE(contains(shown, std::to_string(i + 1) + ". " + name)) << utf8(shown);
        std::string dose = doseText(item.dose);
        if (!dose.empty()) {
            EXPECT_TRUE(contains(shown, dose)) << dose << " in " << utf8(shown);
            ++doses;
        }
    }
    EXPECT_GE(doses, 1);
    EXPECT_TRUE(contains(shown, starter.instructions)) << utf8(shown);

    // Another template replaces what is shown.
    int other = rowOf(d, "lss-starter") == 0 ? 1 : 0;
    choose(d.names(), other);
    EXPECT_FALSE(contains(d.contents()->GetValue(), starter.instructions));
    EXPECT_EQ(d.templateId(), d.templates()[static_cast<std::size_t>(other)].id);
}

TEST_F(TemplatePickerTest, AsksReplaceOrAddOnlyWhenTheProgramHasExercises) {
    {
        TemplatePickerDialog d(nullptr, services, false, false);
        ASSERT_NE(d.placement(), nullptr);
        EXPECT_FALSE(d.placement()->IsShown());
        EXPECT_TRUE(d.replaceExercises());
    }
    TemplatePickerDialog d(nullptr, services, true, false);
    EXPECT_TRUE(d.placement()->IsShown());
    EXPECT_EQ(d.placement()->GetSelection(), 0);
    EXPECT_TRUE(contains(d.placement()->GetString(0), "Replace"));
    EXPECT_TRUE(d.replaceExercises());
    d.placement()->SetSelection(1);
    EXPECT_FALSE(d.replaceExercises());
}

TEST_F(TemplatePickerTest, KeepsTheProgramsInstructionsUnlessTicked) {
    std::string own = saveOwnTemplate();
    TemplatePickerDialog d(nullptr, services, true, true);
    choose(d.names(), rowOf(d, "lss-starter"));
    ASSERT_NE(d.instructionsBox(), nullptr);
    EXPECT_TRUE(d.instructionsBox()->IsShown());
    EXPECT_FALSE(d.instructionsBox()->GetValue());
    EXPECT_FALSE(d.useInstructions());
    d.instructionsBox()->SetValue(true);
    EXPECT_TRUE(d.useInstructions());

    // A template without instructions has nothing to ask about.
    choose(d.names(), rowOf(d, own));
    EXPECT_FALSE(d.instructionsBox()->IsShown());
    EXPECT_FALSE(d.useInstructions());
    EXPECT_TRUE(contains(d.contents()->GetValue(), "No general instructions"));
}

TEST_F(TemplatePickerTest, UsesTheTemplatesInstructionsWhenTheProgramHasNone) {
    std::string own = saveOwnTemplate();
    TemplatePickerDialog d(nullptr, services, true, false);
    choose(d.names(), rowOf(d, "lss-starter"));
    EXPECT_FALSE(d.instructionsBox()->IsShown());
    EXPECT_TRUE(d.useInstructions());
    EXPECT_TRUE(contains(d.instructionsNote()->GetLabel(), "instructions will be used"))
        << utf8(d.instructionsNote()->GetLabel());
    choose(d.names(), rowOf(d, own));
    EXPECT_FALSE(d.useInstructions());
    EXPECT_FALSE(contains(d.instructionsNote()->GetLabel(), "will be used"));
}

TEST_F(TemplatePickerTest, MnemonicsAreDistinct) {
    TemplatePickerDialog d(nullptr, services, true, true);
    std::map<wxChar, std::vector<wxString>> letters;
    collectMnemonics(&d, letters);
    EXPECT_GE(letters.size(), 4u);
    for (const auto& [letter, labels] : letters) {
        EXPECT_EQ(labels.size(), 1u) << utf8(labels.front()) << " and " << utf8(labels.back());
    }
}

TEST_F(TemplatePickerTest, DownThenEnterAppliesTheSecondTemplate) {
    TemplatePickerDialog d(nullptr, services, true, true);
    ASSERT_GE(d.templates().size(), 2u);
    EXPECT_EQ(runWithKeys(d,
                          [](wxUIActionSimulator& sim) {
                              sim.Char(WXK_DOWN);
                              sim.Char(WXK_RETURN);
                          }),
              wxID_OK);
    EXPECT_EQ(d.templateId(), d.templates()[1].id);
}

TEST_F(TemplatePickerTest, EscapeCancels) {
    TemplatePickerDialog d(nullptr, services, true, true);
    EXPECT_EQ(runWithKeys(d, [](wxUIActionSimulator& sim) { sim.Char(WXK_ESCAPE); }), wxID_CANCEL);
}

TEST_F(TemplatePickerTest, DoubleClickOnANameApplies) {
    TemplatePickerDialog d(nullptr, services, false, false);
    ASSERT_GE(d.templates().size(), 3u);
    d.CallAfter([&d] {
        processEvents(50);
        choose(d.names(), 2);
        choose(d.names(), 2, wxEVT_LISTBOX_DCLICK);
        processEvents(50);
        if (d.IsModal()) {
            d.EndModal(-1);
        }
    });
    EXPECT_EQ(d.ShowModal(), wxID_OK);
    EXPECT_EQ(d.templateId(), d.templates()[2].id);
}

}  // namespace
}  // namespace hep::gui
