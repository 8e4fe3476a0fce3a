#include "tests/support/handout_fixtures.h"

#include <algorithm>

#include "files/builtin_catalogue.h"

namespace hep::test {

HandoutInputs builtinInputs() {
    HandoutInputs inputs;
    inputs.text = builtinCatalogue().handout;
    inputs.conditions = builtinCatalogue().conditions;
    inputs.lookup = lookupIn(builtinExercises());
    inputs.creator = "HEP Studio test";
    return inputs;
}

Program programOf(std::size_t n, const std::string& patient) {
    // The stenosis exercises, in the catalogue's order: the program is a stenosis program.
    std::vector<Exercise> all;
    for (const auto& e : builtinExercises()) {
        if (std::find(e.conditions.begin(), e.conditions.end(), "lumbar-spinal-stenosis") !=
            e.conditions.end()) {
            all.push_back(e);
        }
    }
    Program p;
    p.patient = patient;
    p.date = "2026-11-24";
    p.therapist = "Alex Rivera, PT, DPT";
    p.clinic = {"Riverside Physical Therapy", "555-0142", "12 Main St"};
    p.condition = "lumbar-spinal-stenosis";
    p.instructions = "Start with 1 set. Add the second set next week if it feels easy.";
    for (std::size_t i = 0; i < n; ++i) {
        const Exercise& e = all[i % all.size()];
        p.items.push_back({e.id, e.default_dose, "", {}});
    }
    return p;
}

std::vector<std::string> pageTexts(const Document& document) {
    std::vector<std::string> pages;
    for (const auto& page : document.pages) {
        std::string text;
        for (const auto& op : page.ops) {
            if (const auto* run = std::get_if<TextRun>(&op)) {
                text += run->text + " ";
            }
        }
        pages.push_back(squeeze(text));
    }
    return pages;
}

std::string squeeze(const std::string& text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = !out.empty();
        } else {
            if (space) {
                out += ' ';
            }
            space = false;
            out += c;
        }
    }
    return out;
}

}  // namespace hep::test
