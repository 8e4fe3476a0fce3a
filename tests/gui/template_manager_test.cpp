// Tests of the template manager dialog under Xvfb; the main is gui_test_main.cpp.
#include "tests/gui/dialog_fixture.h"

namespace hep::gui {
namespace {

using test::DialogsTest;
using test::processEvents;
using test::runWithKeys;

TEST_F(DialogsTest, BuiltInTemplatesCannotBeRenamedOrDeleted) {
    TemplateManagerDialog d(nullptr, services, prompts);
    std::string id = firstBuiltinTemplate();
    std::string name = services.templates().get(id).name;
    ASSERT_TRUE(d.selectTemplate(id));
    EXPECT_FALSE(d.renameButton()->IsEnabled());
    EXPECT_FALSE(d.deleteButton()->IsEnabled());
    EXPECT_NE(utf8(d.renameButton()->GetToolTipText()).find("duplicate it to change it"),
              std::string::npos);
    EXPECT_EQ(utf8(d.list()->GetItemText(d.list()->GetFirstSelected(), 2)), "built in");

    EXPECT_FALSE(d.rename("Something else"));
    ASSERT_EQ(prompts.errors.size(), 1u);  // the model's message
    EXPECT_NE(utf8(prompts.errors[0]).find("cannot be renamed"), std::string::npos);
    EXPECT_FALSE(d.remove());
    EXPECT_EQ(services.templates().get(id).name, name);
}

TEST_F(DialogsTest, RenameDuplicateDeleteExportImportRoundTrip) {
    TemplateManagerDialog d(nullptr, services, prompts);
    std::string original = firstBuiltinTemplate();
    ASSERT_TRUE(d.selectTemplate(original));

    auto copy = d.duplicate("My knee plan");
    ASSERT_TRUE(copy.has_value());
    EXPECT_EQ(d.selectedId(), copy);
    EXPECT_TRUE(d.renameButton()->IsEnabled());
    EXPECT_TRUE(d.deleteButton()->IsEnabled());
    long row = d.list()->GetFirstSelected();
    EXPECT_EQ(utf8(d.list()->GetItemText(row, 0)), "My knee plan");
    EXPECT_EQ(utf8(d.list()->GetItemText(row, 2)), "yours");
    EXPECT_EQ(services.templates().get(*copy).items, services.templates().get(original).items);

    ASSERT_TRUE(d.rename("Knee plan for Sam"));
    EXPECT_EQ(services.templates().get(*copy).name, "Knee plan for Sam");
    EXPECT_FALSE(d.rename("  "));  // the model refuses an empty name
    EXPECT_EQ(utf8(prompts.errors.back()), "The new name is empty.");
    prompts.errors.clear();

    auto file = dir / "exported.json";
    prompts.paths.push_back(wx(file.string()));
    ASSERT_TRUE(d.exportSelected());
    EXPECT_EQ(utf8(prompts.suggested.back()), *copy + ".json");
    EXPECT_TRUE(std::filesystem::exists(file));

    prompts.confirms.push_back(false);  // "no": nothing is deleted
    EXPECT_FALSE(d.remove());
    EXPECT_TRUE(services.templates().find(*copy).has_value());
    prompts.confirms.push_back(true);
    ASSERT_TRUE(d.remove());
    EXPECT_NE(utf8(prompts.questions.back()).find("Knee plan for Sam"), std::string::npos);
    EXPECT_FALSE(services.templates().find(*copy).has_value());

    prompts.paths.push_back(wx(file.string()));
    auto imported = d.importFromFile();
    ASSERT_TRUE(imported.has_value());
    EXPECT_EQ(*imported, *copy);
    EXPECT_EQ(d.selectedId(), imported);
    EXPECT_EQ(services.templates().get(*imported).name, "Knee plan for Sam");
    EXPECT_TRUE(prompts.errors.empty());

    // Importing it again: the model says the id is in use, and nothing changes.
    std::size_t count = d.templates().size();
    prompts.paths.push_back(wx(file.string()));
    EXPECT_FALSE(d.importFromFile().has_value());
    ASSERT_EQ(prompts.errors.size(), 1u);
    EXPECT_NE(utf8(prompts.errors[0]).find("already in the catalogue"), std::string::npos);
    EXPECT_EQ(d.templates().size(), count);
}

TEST_F(DialogsTest, ImportingABadFileShowsTheModelsMessage) {
    TemplateManagerDialog d(nullptr, services, prompts);
    auto file = dir / "broken.json";
    hep::test::writeText(file, "{ not json");
    std::size_t count = d.templates().size();
    prompts.paths.push_back(wx(file.string()));
    EXPECT_FALSE(d.importFromFile().has_value());
    ASSERT_EQ(prompts.errors.size(), 1u);
    EXPECT_NE(utf8(prompts.errors[0]).find("broken.json"), std::string::npos);
    EXPECT_EQ(d.templates().size(), count);

    // Cancelling the file chooser does nothing and says nothing.
    EXPECT_FALSE(d.importFromFile().has_value());
    EXPECT_EQ(prompts.errors.size(), 1u);
}

}  // namespace
}  // namespace hep::gui
