#include "model/builtin_catalogue.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <set>

namespace hep {
namespace {

// The promised catalogue, tests/data/catalogue-ids.txt: id -> {category, position}.
std::map<std::string, std::pair<std::string, std::string>> catalogueTable() {
    std::ifstream in(std::string(HEP_SOURCE_DIR) + "/tests/data/catalogue-ids.txt");
    std::map<std::string, std::pair<std::string, std::string>> rows;
    std::string id, category, position;
    while (in >> id) {
        if (id.front() == '#') {
            std::getline(in, id);  // a comment line
            continue;
        }
        in >> category >> position;
        rows[id] = {category, position};
    }
    return rows;
}

const Exercise* findExercise(const std::string& id) {
    for (const auto& e : builtinExercises()) {
        if (e.id == id) {
            return &e;
        }
    }
    return nullptr;
}

TEST(BuiltinCatalogue, HasEveryExerciseOfTheCatalogueDocument) {
    auto table = catalogueTable();
    ASSERT_EQ(table.size(), 38u) << "tests/data/catalogue-ids.txt not found or changed";
    EXPECT_EQ(builtinExercises().size(), table.size());
    for (const auto& [id, category_position] : table) {
        const Exercise* e = findExercise(id);
        ASSERT_NE(e, nullptr) << id;
        EXPECT_EQ(e->category, category_position.first) << id;
        EXPECT_EQ(e->position, category_position.second) << id;
        EXPECT_TRUE(e->builtin);
    }
}

TEST(BuiltinCatalogue, EveryExerciseIsComplete) {
    for (const auto& e : builtinExercises()) {
        EXPECT_TRUE(checkExercise(e).empty()) << e.id;
        EXPECT_GE(e.steps.size(), 3u) << e.id;
        EXPECT_LE(e.steps.size(), 7u) << e.id;
        EXPECT_FALSE(e.default_dose.empty()) << e.id;
        EXPECT_EQ(e.conditions, std::vector<std::string>{"lumbar-spinal-stenosis"}) << e.id;
    }
}

TEST(BuiltinCatalogue, TheFourTemplates) {
    const auto& templates = builtinCatalogue().templates;
    std::map<std::string, std::vector<std::string>> expected = {
        {"lss-starter",
         {"pelvic-tilt", "single-knee-to-chest", "seated-forward-bend", "lower-trunk-rotation",
          "abdominal-brace"}},
        {"lss-strength", {"bridge", "supine-march", "clamshell", "sit-to-stand", "heel-raise"}},
        {"lss-walking",
         {"stationary-bike", "interval-walking", "standing-forward-lean", "seated-forward-bend"}},
        {"lss-flexibility",
         {"hamstring-stretch-seated", "hip-flexor-stretch-bed", "piriformis-stretch",
          "calf-stretch-wall"}},
    };
    ASSERT_EQ(templates.size(), expected.size());
    for (const auto& t : templates) {
        ASSERT_TRUE(expected.count(t.id)) << t.id;
        std::vector<std::string> ids;
        for (const auto& item : t.items) {
            ids.push_back(item.exercise_id);
            // A template changes how often, nothing else (walk or ride: lss-walking).
            Dose dose = findExercise(item.exercise_id)->default_dose;
            dose.days_per_week = item.dose.days_per_week;
            EXPECT_EQ(item.dose, dose) << t.id << ": " << item.exercise_id;
        }
        EXPECT_EQ(ids, expected[t.id]) << t.id;
        EXPECT_TRUE(t.builtin);
        EXPECT_EQ(t.condition, "lumbar-spinal-stenosis");
        EXPECT_FALSE(t.name.empty());
    }
}

TEST(BuiltinCatalogue, ConditionAndHandoutText) {
    const auto& c = builtinCatalogue();
    ASSERT_EQ(c.conditions.size(), 1u);
    EXPECT_EQ(c.conditions[0].id, "lumbar-spinal-stenosis");
    EXPECT_GE(c.conditions[0].education.size(), 3u);
    EXPECT_LE(c.conditions[0].education.size(), 5u);
    EXPECT_GE(c.conditions[0].sources.size(), 5u);
    EXPECT_FALSE(c.handout.safety.pain_rule.empty());
    EXPECT_GE(c.handout.safety.call_clinic.size(), 2u);
    EXPECT_GE(c.handout.safety.emergency.size(), 3u);
    EXPECT_FALSE(c.handout.disclaimer_short.empty());
    EXPECT_FALSE(c.handout.disclaimer_full.empty());
    EXPECT_GE(c.revision, 1);
    EXPECT_EQ(c.fingerprint.size(), 16u);
}

TEST(BuiltinCatalogue, NeverSaysItWillGetWorse) {
    std::regex worse(R"(will (get|become) worse)", std::regex::icase);
    for (const auto& bullet : builtinCatalogue().conditions[0].education) {
        EXPECT_FALSE(std::regex_search(bullet, worse)) << bullet;
    }
}

}  // namespace
}  // namespace hep
