#include "storage/template_store.h"
#include "files/builtin_catalogue.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "tests/server/server_fixture.h"
#include "tests/support/model_support.h"

namespace hep {
namespace {

using nlohmann::json;

// Run on both backends: the local file and the clinic server.
class TemplateStoreTest : public test::BackendTest {
  protected:
    std::string errorOf(const std::function<void()>& action) {
        try {
            action();
        } catch (const std::exception& e) {
            return e.what();
        }
        return "";
    }
    ProtocolTemplate sample() {
        ProtocolTemplate t;
        t.name = "Knees first";
        t.description = "For Mr. O'Brien's group";
        t.instructions = "Go slowly.";
        ProgramItem bridge{"bridge", catalogue.get("bridge").default_dose, "Small lifts.", {}};
        bridge.dose.reps = 6;
        t.items = {bridge, {"heel-raise", {}, "", {}}};
        return t;
    }
    // Everything a failed import must leave as it was.
    std::string snapshot() {
        std::string s;
        for (const auto& t : store.list()) {
            s += t.id + "|" + t.name + "|" + std::to_string(t.item_count) + "\n";
        }
        for (const auto& e : catalogue.all()) {
            s += e.id + "|" + e.name + "\n";
        }
        return s;
    }

    CatalogueStore& catalogue = storage().catalogue();
    TemplateStore& store = storage().templates();
};

TEST_P(TemplateStoreTest, SaveAndFind) {
    std::string id = store.save(sample());
    EXPECT_EQ(id, "knees-first");
    ProtocolTemplate t = store.get(id);
    ProtocolTemplate expected = sample();
    expected.id = id;
    EXPECT_EQ(t, expected);
    EXPECT_EQ(store.list().size(), builtinCatalogue().templates.size() + 1);
}

TEST_P(TemplateStoreTest, SavingAgainReplaces) {
    std::string id = store.save(sample());
    ProtocolTemplate t = store.get(id);
    t.items.pop_back();
    t.description = "Changed";
    EXPECT_EQ(store.save(t), id);
    EXPECT_EQ(store.get(id), t);
}

TEST_P(TemplateStoreTest, ShippedTemplatesAreReadOnlySavingMakesACopy) {
    ProtocolTemplate starter = store.get("lss-starter");
    ASSERT_TRUE(starter.builtin);
    starter.items.pop_back();
    std::string id = store.save(starter);
    EXPECT_NE(id, "lss-starter");
    EXPECT_EQ(store.get(id).name, starter.name + " (my copy)");
    EXPECT_FALSE(store.get(id).builtin);
    EXPECT_EQ(store.get("lss-starter").items.size(), 5u);
    EXPECT_NE(errorOf([&] { store.remove("lss-starter"); }).find("cannot be deleted"),
              std::string::npos);
    EXPECT_NE(errorOf([&] { store.rename("lss-starter", "x"); }).find("cannot be renamed"),
              std::string::npos);
}

TEST_P(TemplateStoreTest, RenameDuplicateDelete) {
    std::string id = store.save(sample());
    store.rename(id, "Knees later");
    EXPECT_EQ(store.get(id).name, "Knees later");
    std::string copy = store.duplicate(id, "Knees again");
    EXPECT_EQ(copy, "knees-again");
    EXPECT_EQ(store.get(copy).items, store.get(id).items);
    store.remove(id);
    EXPECT_FALSE(store.find(id).has_value());
    EXPECT_TRUE(store.find(copy).has_value());
    EXPECT_EQ(errorOf([&] { store.rename(copy, " "); }), "The new name is empty.");
    EXPECT_EQ(errorOf([&] { store.remove("nope"); }), "There is no template with the id \"nope\".");
}

TEST_P(TemplateStoreTest, SaveRefusesBadTemplatesAndWritesNothing) {
    ProtocolTemplate t = sample();
    t.items.push_back({"moon-walk", {}, "", {}});
    EXPECT_EQ(errorOf([&] { store.save(t); }),
              "Template \"Knees first\", exercise 3: \"moon-walk\" is not an exercise of the "
              "catalogue.");
    t = sample();
    t.items[0].dose.reps = 1000;
    EXPECT_NE(errorOf([&] { store.save(t); }).find("reps 1000 is out of bounds"),
              std::string::npos);
    t = sample();
    t.name = "";
    EXPECT_NE(errorOf([&] { store.save(t); }).find("the name is empty"), std::string::npos);
    EXPECT_EQ(store.list().size(), builtinCatalogue().templates.size());
}

TEST_P(TemplateStoreTest, ExportAndImportCarryCustomExercises) {
    catalogue.addCustom(test::sampleExercise("wall-slide"));
    ProtocolTemplate t = sample();
    t.items.push_back({"wall-slide", {}, "Use the hall wall.", {}});
    std::string id = store.save(t);
    std::string text = store.exportText(id);
    json j = json::parse(text);
    EXPECT_EQ(j["format"], "hep-template");
    ASSERT_EQ(j["exercises"].size(), 1u);
    EXPECT_EQ(j["exercises"][0]["id"], "wall-slide");

    // Into another clinic's database.
    auto other = openAnother();
    TemplateStore& other_store = other->templates();
    EXPECT_EQ(other_store.importText(text, "knees.hep-template"), id);
    ProtocolTemplate imported = other_store.get(id);
    t.id = id;
    EXPECT_EQ(imported, t);
    EXPECT_EQ(other->catalogue().get("wall-slide"), test::sampleExercise("wall-slide"));
    // Importing the same file again: the id is taken.
    EXPECT_NE(errorOf([&] {
                  other_store.importText(text, "knees.hep-template");
              }).find("a template with the id \"knees-first\" (\"Knees first\") is already"),
              std::string::npos);
}

TEST_P(TemplateStoreTest, FailedImportsChangeNothing) {
    catalogue.addCustom(test::sampleExercise("wall-slide"));
    ProtocolTemplate t = sample();
    t.items.push_back({"wall-slide", {}, "", {}});
    std::string text = store.exportText(store.save(t));
    store.remove("knees-first");
    std::string before = snapshot();

    // A different exercise with the same id is already here.
    Exercise changed = test::sampleExercise("wall-slide");
    changed.name = "Something else";
    catalogue.updateCustom(changed);
    before = snapshot();
    EXPECT_NE(errorOf([&] {
                  store.importText(text, "t.json");
              }).find("t.json: exercises[0] (wall-slide): a different exercise with this id"),
              std::string::npos);
    EXPECT_EQ(snapshot(), before);

    // A new custom exercise in the file, then a bad item after it: neither is added.
    json j = json::parse(text);
    j["exercises"][0]["id"] = "new-one";
    j["items"][2]["exercise"] = "new-one";
    j["items"].push_back({{"exercise", "bridge"}, {"reps", -1}});
    EXPECT_NE(errorOf([&] { store.importText(j.dump(), "t.json"); }).find("items[3] (bridge)"),
              std::string::npos);
    EXPECT_EQ(snapshot(), before);

    EXPECT_NE(errorOf([&] { store.importText("{", "t.json"); }).find("not valid JSON"),
              std::string::npos);
    j = json::parse(text);
    j["version"] = 7;
    EXPECT_NE(errorOf([&] { store.importText(j.dump(), "t.json"); }).find("newer version"),
              std::string::npos);
    j = json::parse(text);
    j["format"] = "hep-program";
    EXPECT_NE(errorOf([&] { store.importText(j.dump(), "t.json"); }).find("is a program"),
              std::string::npos);
    EXPECT_EQ(snapshot(), before);
}

}  // namespace
}  // namespace hep

namespace hep {
namespace {

// Views hear of every committed change to templates and custom exercises, and of nothing that
// was refused.
TEST_P(TemplateStoreTest, ChangesAreToldToSubscribersAfterTheyAreCommitted) {
    int templates = 0;
    int exercises = 0;
    auto t = storage().templateChanges().subscribe([&](const TemplatesChanged&) { ++templates; });
    auto e = storage().catalogueChanges().subscribe([&](const CatalogueChanged&) { ++exercises; });
    std::string id = store.save(sample());
    EXPECT_EQ(templates, 1);
    store.rename(id, "Knees later");
    EXPECT_EQ(templates, 2);
    std::string copy = store.duplicate(id, "Knees again");
    EXPECT_EQ(templates, 3);
    store.remove(copy);
    EXPECT_EQ(templates, 4);
    EXPECT_THROW(store.remove("lss-starter"), InputError);
    EXPECT_EQ(templates, 4);
    std::string text = store.exportText(id);
    store.remove(id);
    store.importText(text, "knees.json");
    EXPECT_EQ(templates, 6);
    EXPECT_EQ(exercises, 0);  // an import that brings no custom exercise changes none
    Exercise mine = catalogue.get("bridge");
    mine.id = "my-bridge";
    mine.name = "My bridge";
    catalogue.addCustom(mine);
    EXPECT_EQ(exercises, 1);
    mine.purpose = "To make the hips strong.";
    catalogue.updateCustom(mine);
    catalogue.removeCustom("my-bridge");
    EXPECT_EQ(exercises, 3);
    EXPECT_THROW(catalogue.addCustom(mine.id == "" ? mine : catalogue.get("bridge")), InputError);
    EXPECT_EQ(exercises, 3);
}

INSTANTIATE_TEST_SUITE_P(Both, TemplateStoreTest,
                         ::testing::Values(test::Backend::Local, test::Backend::Server),
                         test::backendName);

}  // namespace
}  // namespace hep
