// Helpers for the model tests: a sample custom exercise, and the shared test helpers.
#pragma once

#include <filesystem>
#include <string>

#include "model/exercise.h"
#include "tests/support/test_support.h"

namespace hep::test {

// A valid custom exercise with the given id.
Exercise sampleExercise(const std::string& id);

// The bytes of a file, for checking that something left it unchanged.
inline std::string fileBytes(const std::filesystem::path& path) {
    return readText(path);
}

}  // namespace hep::test
