// What a therapist expects of a desktop program, done with real keys where a person uses keys:
// finding, adding with Enter, closing a program, deleting an exercise of one's own, views that
// follow every change, messages that stay, and settings that do what they say.
#include <gtest/gtest.h>
#include <wx/listctrl.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include "app/gui/catalogue_panel.h"
#include "app/gui/condition_choice.h"
#include "app/gui/help_dialogs.h"
#include "app/gui/program_panel.h"
#include "app/gui/wx_text.h"
#include "files/builtin_catalogue.h"
#include "tests/gui/frame_fixture.h"

namespace hep::gui {
namespace {

class WindowHabitsTest : public test::FrameTest {
  protected:
    // Makes the program carry an exercise of its own, not in this catalogue; returns it.
    Exercise carryAnExerciseOfAnotherClinic() {
        Program p = frame_->editor().program();
        Exercise theirs = services_->catalogue().get("bridge");
        theirs.id = "my-wall-sit";
        theirs.name = "My wall sit";
        theirs.builtin = false;
        p.custom_exercises.push_back(theirs);
        p.items.push_back({theirs.id, theirs.default_dose, "", {}});
        frame_->editor().reset(p);
        return theirs;
    }
};

bool focusIsIn(wxWindow* window) {
    for (wxWindow* w = wxWindow::FindFocus(); w != nullptr; w = w->GetParent()) {
        if (w == window) {
            return true;
        }
    }
    return false;
}

// Picks an entry of a choice as a click in its list does: the selection, then its event.
void choose(wxChoice* choice, const wxString& label) {
    const int i = choice->FindString(label);
    ASSERT_NE(i, wxNOT_FOUND) << label;
    choice->SetSelection(i);
    wxCommandEvent event(wxEVT_CHOICE, choice->GetId());
    event.SetEventObject(choice);
    event.SetInt(i);
    choice->ProcessWindowEvent(event);
}

Exercise myExercise(CatalogueStore& catalogue) {
    Exercise e = catalogue.get("bridge");
    e.id = "my-wall-sit";
    e.name = "My wall sit";
    e.builtin = false;
    return e;
}

TEST_F(WindowHabitsTest, CtrlFInTheCatalogueListGoesToTheSearchFieldAndKeepsTheSelection) {
    auto* catalogue = frame_->catalogue();
    clickOn(catalogue->list());
    const std::string selected = catalogue->selectedId();
    ASSERT_FALSE(selected.empty());
    press('f', wxMOD_CONTROL);
    EXPECT_TRUE(focusIsIn(catalogue->searchField()));
    EXPECT_EQ(catalogue->selectedId(), selected);
}

TEST_F(WindowHabitsTest, LettersTypedInTheCatalogueListSearch) {
    auto* catalogue = frame_->catalogue();
    clickOn(catalogue->list());
    wxUIActionSimulator().Text("kne");
    settle();
    EXPECT_EQ(catalogue->searchField()->GetValue(), "kne");
    EXPECT_LT(catalogue->resultCount(), builtinExercises().size());
    EXPECT_GE(catalogue->resultCount(), 3u);
}

TEST_F(WindowHabitsTest, EnterInTheSearchFieldAddsTheBestMatchOnce) {
    typeInto(frame_->catalogue()->searchField(), "bird", false);
    press(WXK_RETURN);
    EXPECT_EQ(items(), (std::vector<std::string>{"bird-dog"}));
    // The next search replaces the text; Enter adds again.
    wxUIActionSimulator().Text("heel");
    settle();
    press(WXK_RETURN);
    EXPECT_EQ(items(), (std::vector<std::string>{"bird-dog", "heel-raise"}));
}

TEST_F(WindowHabitsTest, AnEmptyProgramSaysHowToStart) {
    EXPECT_NE(frame_->program()->countLine()->GetLabel().Find("No exercises yet"), wxNOT_FOUND);
    frame_->addExercise("bridge");
    EXPECT_EQ(frame_->program()->countLine()->GetLabel(), "1 exercise");
}

TEST_F(WindowHabitsTest, CtrlWClosesTheProgramAfterAsking) {
    frame_->addExercise("bridge");
    clickOn(frame_->program()->items());
    prompts_->discard.push_back(DiscardChoice::Cancel);
    press('w', wxMOD_CONTROL);
    EXPECT_EQ(prompts_->save_questions, 1);
    EXPECT_EQ(items().size(), 1u);
    prompts_->discard.push_back(DiscardChoice::Discard);
    press('w', wxMOD_CONTROL);
    EXPECT_TRUE(items().empty());
    EXPECT_FALSE(frame_->editor().modified());
    EXPECT_TRUE(frame_->IsShown());
}

TEST_F(WindowHabitsTest, YourOwnExerciseIsDeletedOnlyWhenNoTemplateUsesIt) {
    services_->catalogue().addCustom(myExercise(services_->catalogue()));
    settle();
    EXPECT_EQ(frame_->catalogue()->resultCount(),
              builtinExercises().size() + 1);  // the list heard of it
    frame_->addExercise("my-wall-sit");
    std::string id = frame_->saveAsTemplate("Wall sits", "");
    ASSERT_FALSE(id.empty());
    EXPECT_FALSE(frame_->deleteExercise("my-wall-sit"));
    ASSERT_EQ(prompts_->errors.size(), 1u);
    EXPECT_NE(prompts_->errors[0].Find("Wall sits"), wxNOT_FOUND) << prompts_->errors[0];
    EXPECT_TRUE(services_->catalogue().find("my-wall-sit").has_value());

    services_->templates().remove(id);
    prompts_->confirms.push_back(false);
    EXPECT_FALSE(frame_->deleteExercise("my-wall-sit"));  // "No" keeps it
    EXPECT_TRUE(services_->catalogue().find("my-wall-sit").has_value());
    prompts_->confirms.push_back(true);
    EXPECT_TRUE(frame_->deleteExercise("my-wall-sit"));
    EXPECT_FALSE(services_->catalogue().find("my-wall-sit").has_value());
    settle();
    EXPECT_EQ(frame_->catalogue()->resultCount(), builtinExercises().size());
    // The open program keeps its copy and still prints.
    EXPECT_TRUE(frame_->exportPdf(dir_ / "kept.pdf"));
    // Built-in exercises are never deleted.
    EXPECT_FALSE(frame_->deleteExercise("bridge"));
    EXPECT_TRUE(services_->catalogue().find("bridge").has_value());
}

TEST_F(WindowHabitsTest, TheCatalogueListFollowsASaveAsTemplateThatBringsAnExercise) {
    // A program from another clinic carries its own exercise; saving it as a template adds the
    // exercise to this catalogue, and the list shows it without being told by hand.
    carryAnExerciseOfAnotherClinic();
    EXPECT_EQ(frame_->catalogue()->resultCount(), builtinExercises().size());
    ASSERT_FALSE(frame_->saveAsTemplate("From the other clinic", "").empty());
    settle();
    EXPECT_EQ(frame_->catalogue()->resultCount(), builtinExercises().size() + 1);
}

TEST_F(WindowHabitsTest, ATemplateThatCannotBeSavedLeavesNoExerciseBehind) {
    // A name of 121 characters fails the template's checks: the program's own exercise must not
    // join the catalogue without it.
    const Exercise theirs = carryAnExerciseOfAnotherClinic();
    EXPECT_TRUE(frame_->saveAsTemplate(std::string(121, 'n'), "").empty());
    EXPECT_FALSE(services_->catalogue().find(theirs.id).has_value());
    EXPECT_EQ(services_->templates().list().size(), builtinCatalogue().templates.size());
}

TEST_F(WindowHabitsTest, SavedStaysInTheStatusBarUntilTheNextChange) {
    frame_->addExercise("bridge");
    ASSERT_TRUE(frame_->saveTo(dir_ / "p.hep"));
    frame_->refreshPreviewNow();
    settle();
    EXPECT_TRUE(frame_->GetStatusBar()->GetStatusText().StartsWith("Saved "))
        << frame_->GetStatusBar()->GetStatusText();
    frame_->addExercise("heel-raise");
    frame_->refreshPreviewNow();
    EXPECT_FALSE(frame_->GetStatusBar()->GetStatusText().StartsWith("Saved "));
}

TEST_F(WindowHabitsTest, ClinicDetailsFromPreferencesReachTheOpenProgram) {
    frame_->addExercise("bridge");
    Preferences changed = frame_->preferences();
    changed.clinic.name = "Riverside Physical Therapy";
    changed.clinic.phone = "555-0100";
    frame_->applyPreferences(changed);
    EXPECT_EQ(frame_->editor().program().clinic.name, "Riverside Physical Therapy");
    EXPECT_EQ(frame_->editor().undoDescription(), "Clinic details");
    ASSERT_TRUE(frame_->exportPdf(dir_ / "clinic.pdf"));
    EXPECT_NE(pdfText(dir_ / "clinic.pdf").find("555-0100"), std::string::npos);
    frame_->editor().undo();
    EXPECT_TRUE(frame_->editor().program().clinic.name.empty());
}

// The preferences are published: a view subscribes and hears each change with the values before
// and after; one that has gone away (its subscription destroyed) hears nothing.
TEST_F(WindowHabitsTest, PreferenceChangesArePublishedToSubscribers) {
    std::vector<PreferencesChanged> heard;
    auto subscription = frame_->preferencesKeeper().changes().subscribe(
        [&](const PreferencesChanged& change) { heard.push_back(change); });
    Preferences changed = frame_->preferences();
    const std::string before = changed.therapist;
    changed.therapist = "Alex Rivera, PT, DPT";
    changed.handout.large_print = !changed.handout.large_print;
    frame_->applyPreferences(changed);
    ASSERT_EQ(heard.size(), 1u);
    EXPECT_EQ(heard[0].before.therapist, before);
    EXPECT_EQ(heard[0].after.therapist, "Alex Rivera, PT, DPT");
    EXPECT_EQ(frame_->preferences().therapist, "Alex Rivera, PT, DPT");
    // The window heard it too: the open program takes the new therapist as one undo step.
    EXPECT_EQ(frame_->editor().program().therapist, "Alex Rivera, PT, DPT");
    EXPECT_EQ(frame_->editor().undoDescription(), "Clinic details");

    subscription.reset();
    changed.therapist = "Sam Lee, PT";
    frame_->applyPreferences(changed);
    EXPECT_EQ(heard.size(), 1u);
    EXPECT_EQ(frame_->editor().program().therapist, "Sam Lee, PT");
}

TEST_F(WindowHabitsTest, AboutTheConditionPrintsForAHandBuiltProgram) {
    frame_->addExercise("pelvic-tilt");
    frame_->addExercise("seated-forward-bend");
    EXPECT_TRUE(frame_->editor().program().condition.empty());
    EXPECT_NE(frame_->program()->educationBox()->GetLabel().Find("Lumbar spinal stenosis"),
              wxNOT_FOUND)
        << frame_->program()->educationBox()->GetLabel();
    ASSERT_TRUE(frame_->exportPdf(dir_ / "about.pdf"));
    EXPECT_NE(pdfText(dir_ / "about.pdf").find("About your low back"), std::string::npos);
}

TEST_F(WindowHabitsTest, AProgramWithoutADateShowsNoDateAndPrintsALine) {
    Program p = frame_->editor().program();
    p.date.clear();
    p.items.push_back({"bridge", services_->catalogue().get("bridge").default_dose, "", {}});
    frame_->editor().reset(p);
    EXPECT_FALSE(frame_->program()->dateBox()->GetValue());
    EXPECT_FALSE(frame_->program()->dateField()->IsEnabled());
    ASSERT_TRUE(frame_->exportPdf(dir_ / "undated.pdf"));
    const std::string today = utf8(wxDateTime::Today().Format("%B %-d, %Y"));
    EXPECT_EQ(pdfText(dir_ / "undated.pdf").find(today), std::string::npos) << today;
    clickOn(frame_->program()->dateBox());
    EXPECT_EQ(frame_->editor().program().date, utf8(wxDateTime::Today().FormatISODate()));
}

TEST_F(WindowHabitsTest, ReplacingWithATemplateKeepsYourGeneralInstructions) {
    frame_->addExercise("bridge");
    frame_->editor().change("Instructions", [](Program& p) { p.instructions = "Mine."; });
    ASSERT_TRUE(frame_->applyTemplate("lss-walking", true));
    EXPECT_EQ(frame_->editor().program().instructions, "Mine.");
    EXPECT_EQ(items().size(), services_->templates().get("lss-walking").items.size());
    ASSERT_TRUE(frame_->applyTemplate("lss-walking", true, true));
    EXPECT_EQ(frame_->editor().program().instructions,
              services_->templates().get("lss-walking").instructions);
}

TEST_F(WindowHabitsTest, TheShortcutsListReadsTheMenus) {
    KeyboardShortcutsDialog shortcuts(frame_, *frame_->GetMenuBar());
    std::vector<std::string> keys;
    for (long row = 0; row < shortcuts.list()->GetItemCount(); ++row) {
        keys.push_back(utf8(shortcuts.list()->GetItemText(row, 2)));
    }
    for (const char* key : {"Ctrl+W", "Ctrl+S", "Ctrl+T", "Ctrl+F", "F1"}) {
        EXPECT_NE(std::find(keys.begin(), keys.end(), key), keys.end()) << key;
    }
}

TEST_F(WindowHabitsTest, TheConditionIsTakenFromTheExercisesOrChosen) {
    frame_->addExercise("chin-tuck");
    frame_->addExercise("neck-turn");
    ConditionChoice* choice = frame_->program()->conditionChoice();
    EXPECT_EQ(choice->GetString(0), "From the exercises: Neck pain");
    EXPECT_EQ(choice->GetSelection(), 0);
    ASSERT_TRUE(frame_->exportPdf(dir_ / "neck.pdf"));
    EXPECT_NE(pdfText(dir_ / "neck.pdf").find("About your neck"), std::string::npos);
    // None: the general safety box and no section about a condition.
    choose(choice, "None: general safety advice");
    EXPECT_EQ(frame_->editor().program().condition, "none");
    EXPECT_EQ(frame_->editor().undoDescription(), "Condition");
    ASSERT_TRUE(frame_->exportPdf(dir_ / "none.pdf"));
    const std::string none = pdfText(dir_ / "none.pdf");
    EXPECT_EQ(none.find("About your"), std::string::npos);
    EXPECT_EQ(none.find("A fever with a stiff neck"), std::string::npos);
    EXPECT_NE(none.find("Stay safe"), std::string::npos);
    // A condition named by hand wins over the exercises; undo gives the exercises' one back.
    choose(choice, "Knee osteoarthritis");
    EXPECT_EQ(frame_->editor().program().condition, "knee-osteoarthritis");
    EXPECT_NE(frame_->program()->educationBox()->GetLabel().Find("Knee osteoarthritis"),
              wxNOT_FOUND);
    frame_->editor().undo();
    frame_->editor().undo();
    EXPECT_TRUE(frame_->editor().program().condition.empty());
    EXPECT_EQ(choice->GetSelection(), 0);
    // Exercises of two conditions share none, and the first entry says so.
    frame_->addExercise("quad-set");
    EXPECT_EQ(choice->GetString(0), "From the exercises (they share none)");
}

TEST_F(WindowHabitsTest, ATemplateSetsItsCondition) {
    ASSERT_TRUE(frame_->applyTemplate("knee-oa-starter", true));
    EXPECT_EQ(frame_->editor().program().condition, "knee-osteoarthritis");
    EXPECT_EQ(frame_->program()->conditionChoice()->GetStringSelection(), "Knee osteoarthritis");
}

TEST_F(WindowHabitsTest, TheCatalogueFiltersByCondition) {
    auto* catalogue = frame_->catalogue();
    choose(catalogue->conditionFilter(), "Neck pain");
    EXPECT_EQ(catalogue->resultCount(), 16u);           // 14 neck exercises, walking and the bike
    typeInto(catalogue->searchField(), "chin", false);  // the name first, then the steps
    EXPECT_LT(catalogue->resultCount(), 16u);
    EXPECT_EQ(catalogue->selectedId(), "chin-tuck");
    choose(catalogue->conditionFilter(), "Any condition");
    typeInto(catalogue->searchField(), "", false);
}

// The kind, position and equipment filters take "any" first: typed with the keyboard, the
// list keeps only what the chosen word names, and going back to the first entry shows all.
TEST_F(WindowHabitsTest, TheCatalogueFiltersByKindWithTheKeyboard) {
    auto* catalogue = frame_->catalogue();
    const std::size_t all = catalogue->resultCount();
    wxChoice* kind = catalogue->kindFilter();
    ASSERT_EQ(kind->GetSelection(), 0);  // "Any kind"
    kind->SetFocus();
    settle();
    press(WXK_DOWN);  // the first kind after "any"
    ASSERT_EQ(kind->GetSelection(), 1);
    SearchQuery query;
    query.category = std::string(categories().front());
    EXPECT_EQ(catalogue->resultCount(), services_->catalogue().search(query).size());
    EXPECT_LT(catalogue->resultCount(), all);
    EXPECT_GT(catalogue->resultCount(), 0u);
    press(WXK_UP);  // back to "Any kind"
    EXPECT_EQ(kind->GetSelection(), 0);
    EXPECT_EQ(catalogue->resultCount(), all);
}

}  // namespace
}  // namespace hep::gui
