// The fixed text every handout carries: safety rules and the educational disclaimer.
#pragma once

#include <string>
#include <vector>

namespace hep {

struct SafetyText {
    std::string pain_rule;                 // mild discomfort that settles is fine; ...
    std::vector<std::string> call_clinic;  // when to call the clinic
    std::vector<std::string> emergency;    // when to get emergency care right away
};

struct HandoutText {
    SafetyText safety;
    std::string disclaimer_short;              // one line, printed in every footer
    std::vector<std::string> disclaimer_full;  // paragraphs for the last page
};

}  // namespace hep
