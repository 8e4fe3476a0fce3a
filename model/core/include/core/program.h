// A program: one patient's home exercise plan, and the options for its handout.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/exercise.h"
#include "core/program_item.h"

namespace hep {

enum class Paper { Letter, A4 };

struct HandoutOptions {
    Paper paper = Paper::Letter;
    bool large_print = false;
    bool education = true;
    int log_weeks = 2;  // 0 to 4

    bool operator==(const HandoutOptions&) const = default;
};

struct Clinic {
    std::string name;
    std::string phone;
    std::string address;
    // The number the handout tells the patient to call in an emergency, printed as set.
    std::string emergency_number = "911";

    bool operator==(const Clinic&) const = default;
};

struct Program {
    std::string title = "Home exercise program";
    std::string patient;
    std::string date;  // ISO 8601, "2026-11-24"; may be empty
    std::string therapist;
    Clinic clinic;
    std::string condition;  // condition id; may be empty
    std::string instructions;
    std::vector<ProgramItem> items;
    std::vector<Exercise> custom_exercises;  // definitions carried with the file
    HandoutOptions handout;
    std::map<std::string, std::string> extra_fields;  // unknown file fields, kept as JSON text

    bool operator==(const Program&) const = default;
};

inline constexpr std::size_t kMaxShortTextLength = 200;  // patient, therapist, clinic fields
inline constexpr std::size_t kMaxInstructionsLength = 4000;
inline constexpr int kMaxLogWeeks = 4;

}  // namespace hep
