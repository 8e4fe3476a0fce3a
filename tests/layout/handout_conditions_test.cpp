// The handout prints the program's condition: its section about the condition, its safety box and
// its sources; a program for no condition gets the general safety box and no such section.
#include <gtest/gtest.h>

#include "core/program_condition.h"
#include "files/builtin_catalogue.h"
#include "tests/support/handout_fixtures.h"
#include "tests/support/test_support.h"

namespace hep {
namespace {

using test::builtinInputs;
using test::contains;
using test::pageTexts;

Program programFor(const std::string& template_id) {
    for (const auto& t : builtinCatalogue().templates) {
        if (t.id == template_id) {
            Program p = test::programOf(0);
            p.items = t.items;
            p.condition = t.condition;
            return p;
        }
    }
    throw std::runtime_error("no template " + template_id);
}

std::string allText(const Program& p) {
    std::string all;
    for (const auto& page : pageTexts(layoutHandout(p, builtinInputs()).document)) {
        all += page + "\n";
    }
    return all;
}

TEST(HandoutConditions, AKneeProgramPrintsTheKneeSafetyBoxAndSection) {
    const std::string all = allText(programFor("knee-oa-strength"));
    EXPECT_TRUE(contains(all, "About your knee"));
    EXPECT_FALSE(contains(all, "About your low back"));
    EXPECT_TRUE(contains(all, "Get care the same day if:"));
    EXPECT_TRUE(contains(all, "blood clot"));
    EXPECT_FALSE(contains(all, "groin"));  // the stenosis nerve signs stay on stenosis programs
    EXPECT_TRUE(contains(all, "osteoarthritis guideline"));
    EXPECT_FALSE(contains(all, "spinal stenosis"));
}

TEST(HandoutConditions, ANeckProgramPrintsTheNeckSafetyBoxAndSection) {
    const std::string all = allText(programFor("neck-starter"));
    EXPECT_TRUE(contains(all, "About your neck"));
    EXPECT_TRUE(contains(all, "A fever with a stiff neck."));
    EXPECT_FALSE(contains(all, "groin"));
    EXPECT_FALSE(contains(all, "Get care the same day if:"));
    // Nobody gets down to the floor in this program.
    EXPECT_FALSE(contains(all, "Moving safely"));
}

TEST(HandoutConditions, AStenosisProgramKeepsItsOwnSigns) {
    const std::string all = allText(programFor("lss-starter"));
    EXPECT_TRUE(contains(all, "About your low back"));
    EXPECT_TRUE(contains(all, "groin"));
    EXPECT_FALSE(contains(all, "About your knee"));
}

TEST(HandoutConditions, NoConditionPrintsTheGeneralBoxAndNoSection) {
    Program p = programFor("knee-oa-strength");
    p.condition = std::string(kNoCondition);
    const std::string all = allText(p);
    EXPECT_TRUE(contains(all, "Stay safe"));
    EXPECT_TRUE(contains(all, builtinCatalogue().handout.safety.emergency.front()));
    EXPECT_FALSE(contains(all, "About your"));
    EXPECT_FALSE(contains(all, "blood clot"));
    EXPECT_FALSE(contains(all, "groin"));
}

TEST(HandoutConditions, AHandBuiltProgramTakesTheConditionItsExercisesShare) {
    Program p = programFor("neck-desk");
    p.condition.clear();
    EXPECT_TRUE(contains(allText(p), "About your neck"));
    // Exercises of two conditions share none: no condition is guessed.
    p.items.push_back(programFor("knee-oa-starter").items.front());
    const std::string mixed = allText(p);
    EXPECT_FALSE(contains(mixed, "About your"));
    EXPECT_FALSE(contains(mixed, "A fever with a stiff neck."));
    // Shared exercises alone (sit to stand serves the back and the knee) name no single one.
    Program shared = programFor("knee-oa-strength");
    shared.condition.clear();
    shared.items.erase(shared.items.begin() + 2);  // step-up serves the knee only
    EXPECT_FALSE(contains(allText(shared), "About your"));
}

}  // namespace
}  // namespace hep
