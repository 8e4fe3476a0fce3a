#include "core/program_from_template.h"

#include <algorithm>

namespace hep {

void carryExercise(Program& program, const Exercise& exercise) {
    const bool carried =
        std::any_of(program.custom_exercises.begin(), program.custom_exercises.end(),
                    [&](const Exercise& e) { return e.id == exercise.id; });
    if (!exercise.builtin && !carried) {
        program.custom_exercises.push_back(exercise);
    }
}

void applyTemplate(Program& program, const ProtocolTemplate& tmpl, const ExerciseLookup& lookup,
                   TemplateUse use) {
    if (use.replace) {
        program.items.clear();
        program.custom_exercises.clear();
        program.condition = tmpl.condition;
    } else if (program.condition.empty()) {
        program.condition = tmpl.condition;
    }
    if (!tmpl.instructions.empty() && (use.use_instructions || program.instructions.empty())) {
        program.instructions = tmpl.instructions;
    }
    for (const auto& item : tmpl.items) {
        program.items.push_back(item);
        if (auto e = lookup(item.exercise_id)) {
            carryExercise(program, *e);
        }
    }
}

Program programFromTemplate(const ProtocolTemplate& tmpl, const ExerciseLookup& lookup) {
    Program program;
    applyTemplate(program, tmpl, lookup, {.replace = true, .use_instructions = true});
    return program;
}

}  // namespace hep
