// One exercise in a program or template: which exercise, the patient's dose and a note.
#pragma once

#include <map>
#include <string>

#include "core/dose.h"

namespace hep {

struct ProgramItem {
    std::string exercise_id;
    Dose dose;         // the dose to print: the exercise's default with the item's changes
    std::string note;  // the therapist's note for this patient; may be empty
    std::map<std::string, std::string> extra_fields;  // unknown file fields, kept as JSON text

    bool operator==(const ProgramItem&) const = default;
};

inline constexpr std::size_t kMaxNoteLength = 5000;
inline constexpr std::size_t kMaxItems = 40;

}  // namespace hep
