// What the clinical review of the built-in catalogue asks of its words, pinned: therapist alerts
// where forward bending is loaded or the hip bends deeply, a breathing cue in every strengthening
// exercise, "one" written as a word, the trial's dose "up to", and templates that do not kneel
// on the floor.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "core/dose_text.h"
#include "files/builtin_catalogue.h"

namespace hep {
namespace {

const Exercise& exercise(const std::string& id) {
    for (const auto& e : builtinExercises()) {
        if (e.id == id) {
            return e;
        }
    }
    throw std::runtime_error("no exercise " + id);
}

bool mentions(const std::string& text, const std::string& pattern) {
    return std::regex_search(text, std::regex(pattern, std::regex::icase));
}

TEST(CatalogueContent, LoadedForwardBendingAlertsForWeakBones) {
    for (const char* id : {"seated-forward-bend", "double-knee-to-chest", "single-knee-to-chest",
                           "childs-pose", "partial-curl-up"}) {
        EXPECT_TRUE(mentions(exercise(id).therapist_alert, "osteoporo")) << id;
    }
}

TEST(CatalogueContent, DeepHipBendingAlertsForHipReplacement) {
    for (const char* id :
         {"childs-pose", "piriformis-stretch", "double-knee-to-chest", "single-knee-to-chest"}) {
        EXPECT_TRUE(mentions(exercise(id).therapist_alert, "hip replacement")) << id;
    }
    EXPECT_FALSE(exercise("standing-back-bend-trial").therapist_alert.empty());
}

TEST(CatalogueContent, EveryStrengtheningExerciseSaysToKeepBreathing) {
    for (const auto& e : builtinExercises()) {
        if (e.category != "strengthening") {
            continue;
        }
        bool breathing = false;
        for (const auto& step : e.steps) {
            breathing = breathing || mentions(step, "breath|breathe");
        }
        EXPECT_TRUE(breathing) << e.id;
    }
}

// "1" is a measure ("1 minute", "1 or 2 inches"), never "one" of something: "1 foot right in
// front" reads as a length and clashes with the right foot.
TEST(CatalogueContent, NoNumeralForOne) {
    const std::regex numeral(
        R"((^|[^\d])1 (?!(minute|minutes|second|seconds|step|steps|inch|inches|or|to)\b))");
    for (const auto& e : builtinExercises()) {
        std::vector<std::string> texts = e.steps;
        texts.insert(texts.end(), e.cautions.begin(), e.cautions.end());
        texts.push_back(e.purpose);
        for (const auto& text : texts) {
            EXPECT_FALSE(std::regex_search(text, numeral)) << e.id << ": " << text;
            EXPECT_FALSE(mentions(text, "tip up|tailbone")) << e.id << ": " << text;
        }
    }
}

TEST(CatalogueContent, TheTrialIsATestUpToItsHold) {
    const Exercise& trial = exercise("standing-back-bend-trial");
    EXPECT_EQ(trial.use, ExerciseUse::OneTime);
    const std::string dose = doseText(trial.default_dose, doseUse(trial));
    EXPECT_NE(dose.find("up to"), std::string::npos) << dose;
    EXPECT_NE(dose.find("1 time only"), std::string::npos) << dose;
}

// The forward lean eases leg symptoms that come on while standing or walking: it is held until
// they ease, whenever they come, not counted out a few times a day.
TEST(CatalogueContent, TheForwardLeanIsUsedAsNeeded) {
    const Exercise& lean = exercise("standing-forward-lean");
    EXPECT_EQ(lean.use, ExerciseUse::AsNeeded);
    EXPECT_FALSE(lean.default_dose.times_per_day.has_value());
    EXPECT_FALSE(lean.default_dose.days_per_week.has_value());
    EXPECT_GE(lean.default_dose.hold_seconds.value_or(0), 60);  // relief takes a minute or more
    EXPECT_EQ(doseText(lean.default_dose, doseUse(lean)),
              "Hold until you feel better, up to 2 minutes. Do this any time you need it.");
    for (const auto& t : builtinCatalogue().templates) {
        for (const auto& item : t.items) {
            if (item.exercise_id == lean.id) {
                EXPECT_FALSE(item.dose.times_per_day.has_value()) << t.id;
                EXPECT_FALSE(item.dose.days_per_week.has_value()) << t.id;
            }
        }
    }
}

// A balance hold is the most to aim for: "up to", and stop sooner on a wobble.
TEST(CatalogueContent, BalanceHoldsSayUpTo) {
    std::size_t balance = 0;
    for (const auto& e : builtinExercises()) {
        if (e.category != "balance" || !e.default_dose.hold_seconds) {
            continue;
        }
        ++balance;
        const std::string dose = doseText(e.default_dose, doseUse(e));
        EXPECT_EQ(dose.rfind("Hold for up to ", 0), 0u) << e.id << ": " << dose;
    }
    EXPECT_GE(balance, 2u);
    EXPECT_EQ(doseText(exercise("single-leg-stance").default_dose,
                       doseUse(exercise("single-leg-stance"))),
              "Hold for up to 15 seconds. Do this 3 times on each side. Do this 1 time a day.");
}

// Kneeling on the floor is a fall risk and arches the back: no template asks for it.
TEST(CatalogueContent, NoTemplateKneelsOnTheFloor) {
    for (const auto& t : builtinCatalogue().templates) {
        for (const auto& item : t.items) {
            EXPECT_NE(exercise(item.exercise_id).position, "kneeling")
                << t.id << ": " << item.exercise_id;
        }
    }
}

// The walk and the bike of lss-walking add up to the days its note names, not 5 days each.
TEST(CatalogueContent, WalkOrRideIsOneOrTheOther) {
    for (const auto& t : builtinCatalogue().templates) {
        if (t.id != "lss-walking") {
            continue;
        }
        int days = 0;
        for (const auto& item : t.items) {
            if (item.exercise_id == "stationary-bike" || item.exercise_id == "interval-walking") {
                days += item.dose.days_per_week.value_or(7);
            }
        }
        EXPECT_LE(days, 7);
    }
}

}  // namespace
}  // namespace hep
