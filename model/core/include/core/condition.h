// A condition that programs can be built for: its name, the education text patients read and
// the signs its safety box names.
#pragma once

#include <string>
#include <vector>

#include "core/handout_text.h"

namespace hep {

struct Condition {
    std::string id;                      // "lumbar-spinal-stenosis"
    std::string name;                    // "Lumbar spinal stenosis"
    std::string patient_title;           // heading on the handout: "About your low back"
    std::vector<std::string> education;  // 3 to 5 short bullets in plain words
    std::vector<std::string> sources;    // the full citations, kept in the catalogue
    // At most 5 plain lines the handout prints under "Where this advice comes from".
    std::vector<std::string> handout_sources;
    SafetyText safety;  // the pain rule and the signs to act on, for this condition
};

}  // namespace hep
