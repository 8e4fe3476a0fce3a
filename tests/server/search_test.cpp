#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/search_query.h"
#include "files/builtin_catalogue.h"
#include "storage/catalogue_store.h"
#include "tests/server/server_fixture.h"
#include "tests/support/model_support.h"

namespace hep {
namespace {

TEST(SearchQuery, PrefixTermsForEveryWord) {
    EXPECT_EQ(ftsMatchExpression("kne"), "\"kne\"*");
    EXPECT_EQ(ftsMatchExpression("  knee   chest "), "\"knee\"* \"chest\"*");
    EXPECT_EQ(ftsMatchExpression("knee-to-chest"), "\"knee\"* \"to\"* \"chest\"*");
    EXPECT_EQ(ftsMatchExpression("\"a\" OR b*"), "\"a\"* \"OR\"* \"b\"*");
    EXPECT_EQ(ftsMatchExpression("extensión"), "\"extensión\"*");
    EXPECT_EQ(ftsMatchExpression(" ;'\"* "), "");
    EXPECT_EQ(ftsMatchExpression(""), "");
}

// Run on both backends: the local file's full-text index and the server's in-memory index.
class SearchTest : public test::BackendTest {
  protected:
    std::vector<std::string> ids(const SearchQuery& q) {
        std::vector<std::string> out;
        for (const auto& s : store.search(q)) {
            out.push_back(s.id);
        }
        return out;
    }
    bool has(const std::vector<std::string>& list, const std::string& id) {
        return std::find(list.begin(), list.end(), id) != list.end();
    }
    CatalogueStore& store = storage().catalogue();
};

TEST_P(SearchTest, EmptyQueryListsAllByName) {
    auto all = store.search({});
    ASSERT_EQ(all.size(), builtinExercises().size());
    for (std::size_t i = 1; i < all.size(); ++i) {
        EXPECT_LE(all[i - 1].name, all[i].name);
    }
}

TEST_P(SearchTest, PrefixFindsAsTheUserTypes) {
    auto found = ids({"kne", "", "", "", ""});
    EXPECT_TRUE(has(found, "single-knee-to-chest"));
    EXPECT_TRUE(has(found, "double-knee-to-chest"));
    // Names that start with what was typed come first ("Knee rolls"), then the best matches.
    EXPECT_EQ(found[0], "lower-trunk-rotation");
    auto bri = ids({"bri", "", "", "", ""});
    ASSERT_GE(bri.size(), 2u);
    EXPECT_EQ(bri[0], "bridge");
    EXPECT_EQ(bri[1], "bridge-march");
    // Names holding every word typed come before names holding only some.
    auto knee_ch = ids({"knee ch", "", "", "", ""});
    ASSERT_GE(knee_ch.size(), 2u);
    std::set<std::string> first_two(knee_ch.begin(), knee_ch.begin() + 2);
    EXPECT_EQ(first_two, (std::set<std::string>{"single-knee-to-chest", "double-knee-to-chest"}));
    EXPECT_TRUE(ids({"zzqx", "", "", "", ""}).empty());
}

TEST_P(SearchTest, SearchesPurposeAndSteps) {
    // "counter" is in the steps of counter exercises but in none of their names.
    auto found = ids({"counter", "", "", "", ""});
    EXPECT_TRUE(has(found, "heel-raise"));
    EXPECT_TRUE(has(found, "mini-squat"));
}

TEST_P(SearchTest, DiacriticsAreFolded) {
    Exercise e = test::sampleExercise("extension-cadera");
    e.name = "Extensión de cadera";
    store.addCustom(e);
    EXPECT_TRUE(has(ids({"extension", "", "", "", ""}), "extension-cadera"));
    EXPECT_TRUE(has(ids({"EXTENSIÓN", "", "", "", ""}), "extension-cadera"));
    EXPECT_TRUE(has(ids({"exte cad", "", "", "", ""}), "extension-cadera"));
}

TEST_P(SearchTest, FiltersCombineWithText) {
    for (const auto& s : store.search({"", "stretching", "", "", ""})) {
        EXPECT_EQ(s.category, "stretching");
    }
    auto builtins_where = [](auto keep) {
        return static_cast<std::size_t>(
            std::count_if(builtinExercises().begin(), builtinExercises().end(), keep));
    };
    EXPECT_EQ(store.search({"", "stretching", "", "", ""}).size(),
              builtins_where([](const Exercise& e) { return e.category == "stretching"; }));
    // A condition: the exercises that list it, shared ones included.
    auto serves = [](const Exercise& e, const std::string& id) {
        return std::find(e.conditions.begin(), e.conditions.end(), id) != e.conditions.end();
    };
    const auto neck = ids({"", "", "", "", "neck-pain"});
    EXPECT_EQ(neck.size(),
              builtins_where([&](const Exercise& e) { return serves(e, "neck-pain"); }));
    EXPECT_TRUE(has(neck, "chin-tuck"));
    EXPECT_TRUE(has(neck, "stationary-bike"));
    EXPECT_FALSE(has(neck, "pelvic-tilt"));
    const auto knee_strength = ids({"", "strengthening", "", "", "knee-osteoarthritis"});
    EXPECT_TRUE(has(knee_strength, "step-up"));
    EXPECT_TRUE(has(knee_strength, "sit-to-stand"));
    EXPECT_FALSE(has(knee_strength, "heel-slide"));  // mobility
    EXPECT_FALSE(has(knee_strength, "bird-dog"));    // the back only
    auto standing_counter = ids({"", "", "standing", "counter", ""});
    EXPECT_TRUE(has(standing_counter, "heel-raise"));
    EXPECT_FALSE(has(standing_counter, "calf-stretch-wall"));
    // Optional equipment counts: a clamshell can use a band.
    EXPECT_TRUE(has(ids({"", "", "", "band", ""}), "clamshell"));
    auto text_and_filter = ids({"stretch", "stretching", "lying-back", "", ""});
    EXPECT_TRUE(has(text_and_filter, "hamstring-stretch-strap"));
    EXPECT_FALSE(has(text_and_filter, "calf-stretch-wall"));
}

INSTANTIATE_TEST_SUITE_P(Both, SearchTest,
                         ::testing::Values(test::Backend::Local, test::Backend::Server),
                         test::backendName);

}  // namespace
}  // namespace hep
