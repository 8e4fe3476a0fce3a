// Shared helpers for the model tests: temporary folders and files, a sample exercise.
#pragma once

#include <filesystem>
#include <string>

#include "model/exercise.h"

namespace hep::test {

// A fresh folder under the system's temporary folder, removed with everything in it.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

void writeText(const std::filesystem::path& path, const std::string& text);
std::string readText(const std::filesystem::path& path);

// A valid custom exercise with the given id.
Exercise sampleExercise(const std::string& id);

// The bytes of a file, for checking that something left it unchanged.
std::string fileBytes(const std::filesystem::path& path);

}  // namespace hep::test
