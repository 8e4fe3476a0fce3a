// Helpers shared by every test: temporary folders, files, environment variables, external tools.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace hep::test {

// A fresh folder under the system temporary folder, removed with everything in it at the end.
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

// Sets (or with nullopt unsets) an environment variable and restores the old value at the end.
class ScopedEnv {
  public:
    ScopedEnv(std::string name, std::optional<std::string> value);
    ~ScopedEnv();
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

  private:
    std::string name_;
    std::optional<std::string> old_;
};

struct CommandResult {
    int exitCode = -1;
    std::string output;  // stdout
    std::string errors;  // stderr
};

// Runs a shell command and captures its output, error output and exit code.
CommandResult runCommand(const std::string& command);

// Whether text holds part.
bool contains(const std::string& text, const std::string& part);

// Empty when the tool is on PATH, else a message naming the Debian package to install.
std::string missingTool(const std::string& tool, const std::string& debianPackage);

// Runs body in a child process as a user without privileges (nobody, when the tests run as root,
// as CI does: root writes into read-only folders) and returns what body returned. Folders the
// child must reach need mode 0755 or wider.
std::string runUnprivileged(const std::function<std::string()>& body);

// Makes a file or folder that the tests made belong to that unprivileged user (when root).
void giveToUnprivileged(const std::filesystem::path& path);

// Single-quotes a path for the shell.
std::string shellQuote(const std::string& text);

// The permission bits of a file or folder (0600, 0700, ...).
unsigned fileMode(const std::filesystem::path& path);

std::vector<unsigned char> readBytes(const std::filesystem::path& file);
void writeBytes(const std::filesystem::path& file, const std::vector<unsigned char>& bytes);
std::string readText(const std::filesystem::path& file);
void writeText(const std::filesystem::path& file, const std::string& text);

}  // namespace hep::test
