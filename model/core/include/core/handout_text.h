// The fixed text every handout carries: safety rules and the educational disclaimer.
#pragma once

#include <string>
#include <vector>

namespace hep {

struct SafetyText {
    std::string pain_rule;                 // mild discomfort that settles is fine; ...
    std::vector<std::string> call_clinic;  // when to call the clinic
    std::vector<std::string> same_day;     // when to get care the same day (may be empty)
    std::vector<std::string> emergency;    // when to get emergency care right away
    std::string emergency_note;            // "These are rare, but ...": keeps the list calm
};

// Lines for the patient on how to do the program over time: printed after the exercises.
struct OverTimeText {
    std::string bad_day;    // after "On a bad day:"
    std::string when_easy;  // after "When it gets easy:"
};

struct HandoutText {
    SafetyText safety;  // for a program of no condition: each condition has its own
    // Getting down to the floor and up, a firm bed instead, sitting a moment before standing:
    // printed for programs with exercises lying down or kneeling.
    std::vector<std::string> moving_safely;
    OverTimeText over_time;
    std::string disclaimer_short;              // one line, printed in every footer
    std::vector<std::string> disclaimer_full;  // paragraphs for the last page
};

}  // namespace hep
