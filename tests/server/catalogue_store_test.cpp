#include "storage/catalogue_store.h"

#include <gtest/gtest.h>

#include "core/errors.h"
#include "files/builtin_catalogue.h"
#include "storage/template_store.h"
#include "tests/server/server_fixture.h"
#include "tests/support/model_support.h"

namespace hep {
namespace {

// Run on both backends: the local file and the clinic server.
class CatalogueStoreTest : public test::BackendTest {
  protected:
    CatalogueStore& store = storage().catalogue();
    TemplateStore& templates = storage().templates();
};

std::string errorOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const std::exception& e) {
        return e.what();
    }
    return "";
}

TEST_P(CatalogueStoreTest, FindsBuiltinExercisesWithTheirText) {
    Exercise bridge = store.get("bridge");
    EXPECT_TRUE(bridge.builtin);
    EXPECT_EQ(bridge, *lookupIn(builtinExercises())("bridge"));
    EXPECT_FALSE(store.find("no-such").has_value());
    EXPECT_EQ(errorOf([&] { store.get("no-such"); }),
              "There is no exercise with the id \"no-such\" in the catalogue.");
}

// Every built-in exercise reads back from the database as it ships: text, dose and use.
TEST_P(CatalogueStoreTest, EveryBuiltinReadsBackAsShipped) {
    for (const auto& e : builtinExercises()) {
        EXPECT_EQ(store.get(e.id), e) << e.id;
    }
    EXPECT_EQ(store.get("standing-forward-lean").use, ExerciseUse::AsNeeded);
    EXPECT_EQ(store.get("standing-back-bend-trial").use, ExerciseUse::OneTime);
}

TEST_P(CatalogueStoreTest, AddEditDeleteCustom) {
    Exercise e = test::sampleExercise("wall-slide");
    store.addCustom(e);
    EXPECT_EQ(store.get("wall-slide"), e);
    e.name = "Wall slide, deeper";
    e.steps.push_back("Rest.");
    store.updateCustom(e);
    EXPECT_EQ(store.get("wall-slide"), e);
    store.removeCustom("wall-slide");
    EXPECT_FALSE(store.find("wall-slide").has_value());
}

TEST_P(CatalogueStoreTest, RefusesDuplicateIdsAndBuiltinChanges) {
    store.addCustom(test::sampleExercise("wall-slide"));
    EXPECT_EQ(errorOf([&] { store.addCustom(test::sampleExercise("wall-slide")); }),
              "The id \"wall-slide\" is already used by the exercise \"Wall slide wall-slide\". "
              "Choose another id.");
    EXPECT_NE(errorOf([&] { store.addCustom(test::sampleExercise("bridge")); }), "");
    Exercise bridge = store.get("bridge");
    bridge.name = "Mine";
    EXPECT_NE(errorOf([&] { store.updateCustom(bridge); }).find("is a built-in exercise"),
              std::string::npos);
    EXPECT_NE(errorOf([&] { store.removeCustom("bridge"); }).find("cannot be deleted"),
              std::string::npos);
    EXPECT_EQ(store.get("bridge").name, "Bridge");
}

TEST_P(CatalogueStoreTest, InvalidCustomExerciseChangesNothing) {
    Exercise e = test::sampleExercise("wall-slide");
    e.steps = {"Too few."};
    EXPECT_EQ(errorOf([&] { store.addCustom(e); }),
              "Exercise \"wall-slide\": field \"steps\" has 1 steps; 3 to 7 are allowed.");
    EXPECT_FALSE(store.find("wall-slide").has_value());
    EXPECT_EQ(store.count(), builtinExercises().size());
}

TEST_P(CatalogueStoreTest, DeleteRefusedWhileATemplateUsesIt) {
    store.addCustom(test::sampleExercise("wall-slide"));
    ProtocolTemplate t;
    t.name = "Knees";
    t.items = {{"wall-slide", {}, "", {}}};
    templates.save(t);
    EXPECT_EQ(errorOf([&] { store.removeCustom("wall-slide"); }),
              "\"Wall slide wall-slide\" cannot be deleted while the template \"Knees\" uses it. "
              "Remove it from them first.");
    EXPECT_TRUE(store.find("wall-slide").has_value());
}

TEST_P(CatalogueStoreTest, TextFullOfSqlRoundTrips) {
    Exercise e = test::sampleExercise("sql-name");
    e.name = "Robert'); DROP TABLE exercises; -- \"quoted\" ; ' OR 1=1";
    e.purpose = "It's 'quoted' ; DELETE FROM templates;";
    store.addCustom(e);
    EXPECT_EQ(store.get("sql-name"), e);
    EXPECT_EQ(store.count(), builtinExercises().size() + 1);
    EXPECT_EQ(templates.list().size(), builtinCatalogue().templates.size());
    SearchQuery q;
    q.text = "Robert'); DROP";
    auto found = store.search(q);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].id, "sql-name");
}

TEST_P(CatalogueStoreTest, FreeIdsFromNames) {
    EXPECT_EQ(store.freeId("Bridge"), "bridge-2");
    EXPECT_EQ(store.freeId("Wall slide"), "wall-slide");
    EXPECT_EQ(slugFromName("Extensión de cadera"), "extension-de-cadera");
    EXPECT_EQ(slugFromName("Łódź  rolls!"), "lodz-rolls");
    EXPECT_EQ(slugFromName("🙂"), "item");
    EXPECT_TRUE(isValidId(slugFromName(std::string(300, 'x') + " y")));
}

INSTANTIATE_TEST_SUITE_P(Both, CatalogueStoreTest,
                         ::testing::Values(test::Backend::Local, test::Backend::Server),
                         test::backendName);

}  // namespace
}  // namespace hep
