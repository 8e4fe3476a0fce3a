// Helpers for the model tests: a sample custom exercise, and the shared test helpers.
#pragma once

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "core/exercise.h"
#include "core/file_io.h"
#include "files/program_file.h"
#include "tests/support/test_support.h"

namespace hep::test {

// A valid custom exercise with the given id.
Exercise sampleExercise(const std::string& id);

// The built-in exercises, to look up as a program file's items name them.
ExerciseLookup builtinLookup();

#ifdef HEP_SOURCE_DIR  // the model tests know where the source tree is
// tests/data/example-program.hep, the program format's example, as JSON.
inline nlohmann::json exampleProgramJson() {
    return nlohmann::json::parse(
        readFile(std::string(HEP_SOURCE_DIR) + "/tests/data/example-program.hep"));
}
#endif

// The message of the StorageError that opening the database throws, or "" when it opens.
std::string openError(const std::filesystem::path& database);

// The bytes of a file, for checking that something left it unchanged.
inline std::string fileBytes(const std::filesystem::path& path) {
    return readText(path);
}

}  // namespace hep::test
