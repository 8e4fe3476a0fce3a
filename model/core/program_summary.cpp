#include "core/program_summary.h"

#include "core/dose_text.h"

namespace hep {

std::string programSummary(const Program& program, const ExerciseLookup& lookup) {
    auto find = lookupIn(program.custom_exercises, lookup);
    std::string out = program.title.empty() ? "Home exercise program" : program.title;
    if (!program.date.empty()) {
        out += ", " + program.date;
    }
    out += "\n";
    if (!program.patient.empty()) {
        out += "Patient: " + program.patient + "\n";
    }
    if (!program.therapist.empty()) {
        out += "Therapist: " + program.therapist + "\n";
    }
    if (!program.condition.empty()) {
        out += "Condition: " + program.condition + "\n";
    }
    for (std::size_t i = 0; i < program.items.size(); ++i) {
        const ProgramItem& item = program.items[i];
        auto exercise = find(item.exercise_id);
        out += std::to_string(i + 1) + ". " + (exercise ? exercise->name : item.exercise_id);
        if (exercise && !exercise->builtin) {
            out += " (custom)";
        }
        std::string dose = doseShorthand(item.dose, doseUse(exercise));
        out += dose.empty() ? "" : ": " + dose;
        if (!item.note.empty()) {
            out += ". Note: " + item.note;
        }
        out += "\n";
    }
    if (!program.instructions.empty()) {
        out += "Instructions: " + program.instructions + "\n";
    }
    return out;
}

}  // namespace hep
