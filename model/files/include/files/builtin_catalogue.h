// The catalogue HEP Studio ships: exercises, templates, condition and handout text from assets/.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/condition.h"
#include "core/exercise.h"
#include "core/handout_text.h"
#include "core/protocol_template.h"

namespace hep {

struct BuiltinCatalogue {
    int revision = 0;         // from assets/catalogue.json; raised when the catalogue changes
    std::string fingerprint;  // hash of every asset, to notice changes within a revision
    std::vector<Exercise> exercises;          // sorted by id
    std::vector<ProtocolTemplate> templates;  // sorted by id
    std::vector<Condition> conditions;
    HandoutText handout;
};

// The built-in catalogue, parsed once from the embedded assets. Throws InputError naming the
// asset file if one is malformed (a build that ships broken data fails its tests).
const BuiltinCatalogue& builtinCatalogue();

// Parts of the built-in catalogue read on their own, each once, for what needs no exercises
// (opening a database compares the revision and fingerprint; an export needs the handout text
// and the conditions). builtinCatalogue() holds the same values.
int builtinRevision();
const std::string& builtinFingerprint();
const std::vector<Condition>& builtinConditions();
const HandoutText& builtinHandoutText();

// Shorthand for builtinCatalogue().exercises.
const std::vector<Exercise>& builtinExercises();

// One built-in exercise, read from its own asset without the rest of the catalogue (a handout
// of 10 exercises reads 10 of them); nullopt when no built-in exercise has that id.
std::optional<Exercise> builtinExercise(const std::string& id);

}  // namespace hep
