// What the fuzz targets share: a failed property stops the run with a message (libFuzzer then
// keeps the input as a crash), and the built-in catalogue as the exercise lookup.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

#include "files/builtin_catalogue.h"
#include "files/program_file.h"

namespace hep::fuzz {

[[noreturn]] inline void fail(const std::string& what) {
    std::fprintf(stderr, "fuzz property failed: %s\n", what.c_str());
    std::abort();
}

inline void require(bool ok, const std::string& what) {
    if (!ok) {
        fail(what);
    }
}

// Exercises by id from the built-in catalogue, built once.
inline const ExerciseLookup& builtinLookup() {
    static const ExerciseLookup lookup = lookupIn(builtinExercises());
    return lookup;
}

}  // namespace hep::fuzz
