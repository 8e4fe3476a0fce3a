#include "files/builtin_catalogue.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>

namespace hep {
namespace {

// A row of the promised catalogue, tests/data/catalogue-ids.txt.
struct Promise {
    std::string category;
    std::string position;
    std::vector<std::string> conditions;
};

// The promised catalogue: id -> its row, the short condition names spelled out.
std::map<std::string, Promise> catalogueTable() {
    const std::map<std::string, std::string> names = {
        {"lss", "lumbar-spinal-stenosis"}, {"knee", "knee-osteoarthritis"}, {"neck", "neck-pain"}};
    std::ifstream in(std::string(HEP_SOURCE_DIR) + "/tests/data/catalogue-ids.txt");
    std::map<std::string, Promise> rows;
    std::string id, conditions;
    while (in >> id) {
        if (id.front() == '#') {
            std::getline(in, id);  // a comment line
            continue;
        }
        Promise row;
        in >> row.category >> row.position >> conditions;
        std::stringstream list(conditions);
        for (std::string name; std::getline(list, name, ',');) {
            row.conditions.push_back(names.count(name) ? names.at(name) : name);
        }
        rows[id] = row;
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

std::vector<std::string> sorted(std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
}

TEST(BuiltinCatalogue, HasEveryExerciseOfTheCatalogueTable) {
    auto table = catalogueTable();
    ASSERT_EQ(table.size(), 62u) << "tests/data/catalogue-ids.txt not found or changed";
    EXPECT_EQ(builtinExercises().size(), table.size());
    for (const auto& [id, row] : table) {
        const Exercise* e = findExercise(id);
        ASSERT_NE(e, nullptr) << id;
        EXPECT_EQ(e->category, row.category) << id;
        EXPECT_EQ(e->position, row.position) << id;
        // A shared exercise lists every condition it serves, once: it is never copied.
        EXPECT_EQ(sorted(e->conditions), sorted(row.conditions)) << id;
        EXPECT_TRUE(e->builtin);
    }
}

// One exercise read on its own (what a handout reads) is the catalogue's, to the last field.
TEST(BuiltinCatalogue, OneExerciseReadAlone) {
    for (const auto& e : builtinExercises()) {
        EXPECT_EQ(builtinExercise(e.id), e) << e.id;
    }
    EXPECT_EQ(builtinExercise("my-own-stretch"), std::nullopt);
    EXPECT_EQ(builtinExercise(""), std::nullopt);
    EXPECT_EQ(builtinExercise("../catalogue"), std::nullopt);
}

TEST(BuiltinCatalogue, EveryExerciseIsComplete) {
    std::set<std::string> condition_ids;
    for (const auto& c : builtinCatalogue().conditions) {
        condition_ids.insert(c.id);
    }
    for (const auto& e : builtinExercises()) {
        EXPECT_TRUE(checkExercise(e).empty()) << e.id;
        EXPECT_GE(e.steps.size(), 3u) << e.id;
        EXPECT_LE(e.steps.size(), 7u) << e.id;
        EXPECT_FALSE(e.default_dose.empty()) << e.id;
        EXPECT_FALSE(e.purpose.empty()) << e.id;
        EXPECT_FALSE(e.feel.empty()) << e.id;
        EXPECT_FALSE(e.stop_if.empty()) << e.id;
        ASSERT_FALSE(e.conditions.empty()) << e.id;
        for (const auto& c : e.conditions) {
            EXPECT_TRUE(condition_ids.count(c)) << e.id << ": " << c;
        }
    }
}

TEST(BuiltinCatalogue, TheTenTemplates) {
    const auto& templates = builtinCatalogue().templates;
    const std::string lss = "lumbar-spinal-stenosis", knee = "knee-osteoarthritis",
                      neck = "neck-pain";
    std::map<std::string, std::pair<std::string, std::vector<std::string>>> expected = {
        {"lss-starter",
         {lss,
          {"pelvic-tilt", "single-knee-to-chest", "seated-forward-bend", "lower-trunk-rotation",
           "abdominal-brace"}}},
        {"lss-strength",
         {lss, {"bridge", "supine-march", "clamshell", "sit-to-stand", "heel-raise"}}},
        {"lss-walking",
         {lss,
          {"stationary-bike", "interval-walking", "standing-forward-lean", "seated-forward-bend"}}},
        {"lss-flexibility",
         {lss,
          {"hamstring-stretch-seated", "hip-flexor-stretch-bed", "piriformis-stretch",
           "calf-stretch-wall"}}},
        {"knee-oa-starter",
         {knee,
          {"quad-set", "heel-slide", "seated-knee-extension", "straight-leg-raise",
           "sit-to-stand"}}},
        {"knee-oa-strength",
         {knee,
          {"sit-to-stand", "mini-squat", "step-up", "side-lying-hip-abduction", "heel-raise"}}},
        {"knee-oa-active",
         {knee, {"walking", "stationary-bike", "calf-stretch-wall", "hamstring-stretch-seated"}}},
        {"neck-starter",
         {neck,
          {"chin-tuck", "neck-turn", "neck-side-tilt", "shoulder-rolls", "upper-trap-stretch"}}},
        {"neck-strength",
         {neck,
          {"head-nod-lying", "shoulder-blade-squeeze", "band-row", "neck-press",
           "doorway-chest-stretch"}}},
        {"neck-desk",
         {neck, {"chin-tuck", "shoulder-rolls", "upper-back-stretch-chair", "levator-stretch"}}},
    };
    ASSERT_EQ(templates.size(), expected.size());
    for (const auto& t : templates) {
        ASSERT_TRUE(expected.count(t.id)) << t.id;
        std::vector<std::string> ids;
        for (const auto& item : t.items) {
            ids.push_back(item.exercise_id);
            const Exercise* e = findExercise(item.exercise_id);
            ASSERT_NE(e, nullptr) << t.id << ": " << item.exercise_id;
            // A template changes how often, nothing else (walk or ride: lss-walking).
            Dose dose = e->default_dose;
            dose.days_per_week = item.dose.days_per_week;
            EXPECT_EQ(item.dose, dose) << t.id << ": " << item.exercise_id;
            // Its exercises serve its condition.
            EXPECT_TRUE(std::count(e->conditions.begin(), e->conditions.end(), t.condition))
                << t.id << ": " << item.exercise_id;
        }
        EXPECT_EQ(ids, expected[t.id].second) << t.id;
        EXPECT_TRUE(t.builtin);
        EXPECT_EQ(t.condition, expected[t.id].first) << t.id;
        EXPECT_FALSE(t.name.empty());
        EXPECT_FALSE(t.instructions.empty()) << t.id;
    }
}

const Condition& condition(const std::string& id) {
    for (const auto& c : builtinCatalogue().conditions) {
        if (c.id == id) {
            return c;
        }
    }
    throw std::runtime_error("no condition " + id);
}

bool mentions(const std::vector<std::string>& lines, const std::string& word) {
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& l) { return l.find(word) != std::string::npos; });
}

TEST(BuiltinCatalogue, ConditionsAndHandoutText) {
    const auto& c = builtinCatalogue();
    ASSERT_EQ(c.conditions.size(), 3u);
    const std::map<std::string, std::string> titles = {
        {"lumbar-spinal-stenosis", "About your low back"},
        {"knee-osteoarthritis", "About your knee"},
        {"neck-pain", "About your neck"}};
    for (const auto& [id, title] : titles) {
        const Condition& k = condition(id);
        EXPECT_EQ(k.patient_title, title);
        EXPECT_GE(k.education.size(), 3u) << id;
        EXPECT_LE(k.education.size(), 5u) << id;
        EXPECT_GE(k.sources.size(), 3u) << id;
        EXPECT_GE(k.handout_sources.size(), 1u) << id;
        EXPECT_LE(k.handout_sources.size(), 5u) << id;
        EXPECT_FALSE(k.safety.pain_rule.empty()) << id;
        EXPECT_GE(k.safety.call_clinic.size(), 2u) << id;
        EXPECT_GE(k.safety.emergency.size(), 3u) << id;
        for (const auto& line : k.handout_sources) {
            EXPECT_EQ(line.find("..."), std::string::npos) << id << ": " << line;
        }
    }
    // Each condition's own signs: the stenosis nerve signs on stenosis programs only, the knee's
    // same-day signs and clot signs, the neck's signs of a hurt neck.
    EXPECT_TRUE(mentions(condition("lumbar-spinal-stenosis").safety.emergency, "groin"));
    EXPECT_FALSE(mentions(condition("knee-osteoarthritis").safety.emergency, "groin"));
    EXPECT_FALSE(mentions(condition("neck-pain").safety.emergency, "groin"));
    EXPECT_FALSE(mentions(c.handout.safety.emergency, "groin"));
    EXPECT_GE(condition("knee-osteoarthritis").safety.same_day.size(), 2u);
    EXPECT_TRUE(mentions(condition("knee-osteoarthritis").safety.emergency, "clot"));
    EXPECT_TRUE(mentions(condition("neck-pain").safety.emergency, "fall"));
    // The general box, for a program of no condition.
    EXPECT_FALSE(c.handout.safety.pain_rule.empty());
    EXPECT_GE(c.handout.safety.call_clinic.size(), 2u);
    EXPECT_GE(c.handout.safety.emergency.size(), 3u);
    EXPECT_FALSE(c.handout.disclaimer_short.empty());
    EXPECT_FALSE(c.handout.disclaimer_full.empty());
    EXPECT_GE(c.revision, 6);
    EXPECT_EQ(c.fingerprint.size(), 16u);
}

TEST(BuiltinCatalogue, NeverSaysItWillGetWorse) {
    std::regex worse(R"(will (get|become) worse)", std::regex::icase);
    for (const auto& c : builtinCatalogue().conditions) {
        for (const auto& bullet : c.education) {
            EXPECT_FALSE(std::regex_search(bullet, worse)) << c.id << ": " << bullet;
        }
    }
}

}  // namespace
}  // namespace hep
