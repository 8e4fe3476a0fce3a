// The rules that turn a template into a program, and that keep a program's own copies of the
// custom exercises it uses (so that its file opens at another clinic): one place for the window,
// the hep command and the program editor.
#pragma once

#include "core/exercise_lookup.h"
#include "core/program.h"
#include "core/protocol_template.h"

namespace hep {

// Makes the program carry the exercise when it is a custom one it does not carry yet.
void carryExercise(Program& program, const Exercise& exercise);

struct TemplateUse {
    bool replace = true;            // the template's exercises replace the program's
    bool use_instructions = false;  // the template's instructions replace the program's own
};

// Puts a template's exercises into a program (after its own, or in their place), with the
// custom exercises they need (looked up), the template's condition (when replacing, or when the
// program names none) and its instructions (when asked, or when the program has none).
void applyTemplate(Program& program, const ProtocolTemplate& tmpl, const ExerciseLookup& lookup,
                   TemplateUse use = {});

// A new program from a template: its exercises, condition and instructions; no patient, no date.
Program programFromTemplate(const ProtocolTemplate& tmpl, const ExerciseLookup& lookup);

}  // namespace hep
