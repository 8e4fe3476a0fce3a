// Tests of the exercise editor dialog under Xvfb; the main is gui_test_main.cpp.
#include "tests/gui/dialog_fixture.h"

namespace hep::gui {
namespace {

using test::DialogsTest;
using test::processEvents;
using test::runWithKeys;

TEST(ExerciseEditorText, LinesDropListMarkersAndBlankLines) {
    using editor_text::linesOf;
    EXPECT_EQ(linesOf("1. Lie down.\r\n\n  2) Bend your knees. \n- Rest.\n* Again.\n"),
              (std::vector<std::string>{"Lie down.", "Bend your knees.", "Rest.", "Again."}));
    EXPECT_EQ(linesOf("20 times is fine.\n3.5 cm\n-1"),
              (std::vector<std::string>{"20 times is fine.", "3.5 cm", "-1"}));
    EXPECT_TRUE(linesOf(" \n\n").empty());
}

TEST(ExerciseEditorText, FieldsInPlainWords) {
    using editor_text::plainField;
    EXPECT_EQ(utf8(plainField("steps[2]")), "Step 3");
    EXPECT_EQ(utf8(plainField("cautions[0]")), "Caution 1");
    EXPECT_EQ(utf8(plainField("stop_if")), "Stop if");
    EXPECT_EQ(utf8(plainField("dose.hold_seconds")), "Default dose, hold (seconds)");
    EXPECT_EQ(utf8(editor_text::plainWord("hands-knees")), "On hands and knees");
    EXPECT_EQ(utf8(editor_text::plainWord("walker")), "Walker");
}

TEST_F(DialogsTest, EditorShowsTheReadingGradeAndWarnsAboveGrade8) {
    ExerciseEditorDialog d(nullptr, services, prompts, nullptr);
    EXPECT_NE(utf8(d.gradeLabel()->GetLabel()).find("as you type"), std::string::npos);
    fillNewExercise(d);
    std::string label = utf8(d.gradeLabel()->GetLabel());
    EXPECT_EQ(label.rfind("Reading level: ", 0), 0u) << label;
    EXPECT_NE(label.find("grade"), std::string::npos) << label;
    EXPECT_NE(label.find("(good)"), std::string::npos) << label;
    EXPECT_FALSE(d.gradeWarns());

    d.purposeField()->SetValue(
        "Progressive neuromuscular reconditioning facilitates considerably improved functional "
        "independence, cardiovascular endurance and musculoskeletal coordination throughout "
        "everyday occupational activities.");
    label = utf8(d.gradeLabel()->GetLabel());
    EXPECT_TRUE(d.gradeWarns());
    EXPECT_TRUE(std::regex_search(label, std::regex("grade [0-9]+\\.[0-9]: shorter sentences and "
                                                    "words will help patients")))
        << label;
    EXPECT_NE(d.gradeLabel()->GetForegroundColour(), d.GetForegroundColour());

    d.purposeField()->SetValue("Makes your arms strong.");
    EXPECT_FALSE(d.gradeWarns());
}

TEST_F(DialogsTest, EditorShowsTheDoseAsThePatientReadsIt) {
    ExerciseEditorDialog d(nullptr, services, prompts, nullptr);
    EXPECT_EQ(utf8(d.doseLabel()->GetLabel()), "No default dose.");
    d.setDose("reps", 10);
    d.sideChoice()->SetSelection(1);  // each side
    d.updateLiveText();
    std::string label = utf8(d.doseLabel()->GetLabel());
    EXPECT_NE(label.find("10 times on each side"), std::string::npos) << label;
}

TEST_F(DialogsTest, EditorRefusesTwoStepsAndSavesNothing) {
    std::size_t count = services.catalogue().count();
    ExerciseEditorDialog d(nullptr, services, prompts, nullptr);
    fillNewExercise(d);
    d.stepsField()->SetValue("Stand at a wall.\nPush.");
    EXPECT_FALSE(d.save().has_value());
    ASSERT_EQ(prompts.errors.size(), 1u);
    EXPECT_NE(utf8(prompts.errors[0]).find("Steps: has 2 steps; 3 to 7 are allowed"),
              std::string::npos)
        << utf8(prompts.errors[0]);
    EXPECT_EQ(services.catalogue().count(), count);
    EXPECT_FALSE(services.catalogue().find("wall-push-up").has_value());
}

TEST_F(DialogsTest, EditorNamesEveryProblemInPlainWords) {
    ExerciseEditorDialog d(nullptr, services, prompts, nullptr);
    d.nameField()->SetValue("Wall push-up");
    d.stepsField()->SetValue("One.\nTwo.\nThree.\n4. \n");
    EXPECT_FALSE(d.save().has_value());
    ASSERT_EQ(prompts.errors.size(), 1u);
    std::string message = utf8(prompts.errors[0]);
    for (const char* part :
         {"Category: choose one from the list", "Position: choose one from the list",
          "Why it helps: is empty", "You should feel: is empty", "Stop if: is empty"}) {
        EXPECT_NE(message.find(part), std::string::npos) << part << " in " << message;
    }
    EXPECT_EQ(message.find("stop_if"), std::string::npos) << message;
}

// Limits are enforced with a message, never by cutting what was typed or pasted.
TEST_F(DialogsTest, EditorRefusesANameOverItsLimitWithoutCuttingIt) {
    ExerciseEditorDialog d(nullptr, services, prompts, nullptr);
    fillNewExercise(d);
    const std::string long_name(130, 'w');
    d.nameField()->SetValue(wx(long_name));  // as a paste
    EXPECT_EQ(utf8(d.nameField()->GetValue()), long_name);
    EXPECT_FALSE(d.save().has_value());
    ASSERT_EQ(prompts.errors.size(), 1u);
    EXPECT_NE(utf8(prompts.errors[0]).find("Name: is too long (130 characters; at most 120)"),
              std::string::npos)
        << utf8(prompts.errors[0]);
    EXPECT_FALSE(services.catalogue().find("wall-push-up").has_value());
}

TEST_F(DialogsTest, EditorSavesANewExerciseThatTheCatalogueFinds) {
    ExerciseEditorDialog d(nullptr, services, prompts, nullptr);
    fillNewExercise(d);
    auto saved = d.save();
    ASSERT_TRUE(saved.has_value()) << (prompts.errors.empty() ? "" : utf8(prompts.errors[0]));
    EXPECT_TRUE(prompts.errors.empty());
    EXPECT_EQ(saved->id, "wall-push-up");
    auto found = services.catalogue().find("wall-push-up");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(*found, wallPushUp());  // list numbers dropped, blank lines skipped

    // A second exercise of the same name gets its own id.
    ExerciseEditorDialog again(nullptr, services, prompts, nullptr);
    fillNewExercise(again);
    auto second = again.save();
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(second->id, "wall-push-up-2");
}

TEST_F(DialogsTest, EditorAddsPhotosAndRefusesWhatIsNotAPicture) {
    RgbImage image;
    image.width = 40;
    image.height = 30;
    image.pixels.assign(std::size_t{40} * 30 * 3, 120);
    hep::test::writeText(dir / "start.png", encodePng(image));
    hep::test::writeText(dir / "notes.txt", "not a picture");
    ExerciseEditorDialog d(nullptr, services, prompts, nullptr);
    fillNewExercise(d);
    prompts.paths.push_back(wx((dir / "notes.txt").string()));
    EXPECT_FALSE(d.choosePhoto(0));
    ASSERT_EQ(prompts.errors.size(), 1u);
    EXPECT_NE(prompts.errors[0].Find("is a text file"), wxNOT_FOUND) << utf8(prompts.errors[0]);
    prompts.paths.push_back(wx((dir / "start.png").string()));
    EXPECT_TRUE(d.choosePhoto(0));
    prompts.paths.push_back(wx((dir / "start.png").string()));
    EXPECT_TRUE(d.choosePhoto(1));
    EXPECT_EQ(d.photos().size(), 2u);
    auto saved = d.save();
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(services.catalogue().get(saved->id).photos.size(), 2u);
    d.clearPhotos();
    EXPECT_TRUE(d.photos().empty());
}

TEST_F(DialogsTest, EditorEditsAnExistingCustomExercise) {
    Exercise original = wallPushUp();
    original.conditions = {"lumbar-spinal-stenosis"};
    original.therapist_alert = "Check the shoulder first.";
    services.catalogue().addCustom(original);

    ExerciseEditorDialog d(nullptr, services, prompts, &original);
    EXPECT_EQ(utf8(d.nameField()->GetValue()), "Wall push-up");
    EXPECT_EQ(utf8(d.stepsField()->GetValue()),
              "Stand an arm's length from a wall.\nPut your hands flat on the wall.\n"
              "Bend your elbows and lean in.\nPush back out.");
    EXPECT_EQ(d.exercise(), original);  // nothing changed yet

    d.nameField()->SetValue("Wall push-up, slow");
    d.cautionsField()->SetValue("Keep your back straight.");
    d.setDose("reps", 8);
    auto saved = d.save();
    ASSERT_TRUE(saved.has_value()) << (prompts.errors.empty() ? "" : utf8(prompts.errors[0]));
    Exercise found = services.catalogue().get("wall-push-up");  // same id
    EXPECT_EQ(found.name, "Wall push-up, slow");
    EXPECT_EQ(found.cautions, std::vector<std::string>{"Keep your back straight."});
    EXPECT_EQ(found.default_dose.reps, 8);
    EXPECT_EQ(found.conditions, original.conditions);  // fields the editor does not show stay
    EXPECT_EQ(found.therapist_alert, original.therapist_alert);
}

TEST_F(DialogsTest, BuiltInExercisesCannotBeEdited) {
    Exercise builtin = services.catalogue().all().front();
    ASSERT_TRUE(builtin.builtin);
    EXPECT_FALSE(showExerciseEditor(nullptr, services, prompts, &builtin).has_value());
    ASSERT_EQ(prompts.errors.size(), 1u);
    EXPECT_NE(utf8(prompts.errors[0]).find("built-in exercise"), std::string::npos);

    ExerciseEditorDialog d(nullptr, services, prompts, &builtin);  // guarded on save too
    EXPECT_FALSE(d.save().has_value());
    EXPECT_EQ(prompts.errors.size(), 2u);
    EXPECT_EQ(services.catalogue().get(builtin.id), builtin);
}

// Numbers typed in the dialogs are refused with what is wrong, never clamped or kept silently.
TEST_F(DialogsTest, AnExercisesDefaultDoseOverItsLimitIsRefusedNotClamped) {
    ExerciseEditorDialog d(nullptr, services, prompts, nullptr);
    fillNewExercise(d);
    EXPECT_EQ(runWithKeys(d,
                          [](wxUIActionSimulator& sim) {
                              sim.Char('h', wxMOD_ALT);  // Hold (seconds)
                              sim.Char('a', wxMOD_CONTROL);
                              sim.Text("9999");
                              sim.Char(WXK_RETURN);
                          }),
              -1);
    ASSERT_EQ(prompts.errors.size(), 1u);
    EXPECT_NE(prompts.errors[0].Find("Hold (seconds): 9999 is more than 600 seconds, the most."),
              wxNOT_FOUND)
        << prompts.errors[0];
    EXPECT_FALSE(services.catalogue().find("wall-push-up").has_value());
}

}  // namespace
}  // namespace hep::gui
