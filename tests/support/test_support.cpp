#include "tests/support/test_support.h"

#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace hep::test {

namespace {
constexpr uid_t kNobody = 65534;  // the user and group nobody/nogroup of Debian
}  // namespace

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "hep-test-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("cannot create a temporary folder");
    }
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code error;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, error);
    std::filesystem::remove_all(path_, error);
}

ScopedEnv::ScopedEnv(std::string name, std::optional<std::string> value) : name_(std::move(name)) {
    if (const char* old = std::getenv(name_.c_str())) {
        old_ = old;
    }
    if (value) {
        ::setenv(name_.c_str(), value->c_str(), 1);
    } else {
        ::unsetenv(name_.c_str());
    }
}

ScopedEnv::~ScopedEnv() {
    if (old_) {
        ::setenv(name_.c_str(), old_->c_str(), 1);
    } else {
        ::unsetenv(name_.c_str());
    }
}

CommandResult runCommand(const std::string& command) {
    CommandResult result;
    std::string errorFile =
        (std::filesystem::temp_directory_path() / "hep-test-stderr-XXXXXX").string();
    const int fd = ::mkstemp(errorFile.data());
    if (fd < 0) {
        return result;
    }
    ::close(fd);
    FILE* pipe = ::popen(("(" + command + ") 2>" + shellQuote(errorFile)).c_str(), "r");
    if (pipe == nullptr) {
        std::filesystem::remove(errorFile);
        return result;
    }
    std::array<char, 4096> buffer;
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
        result.output.append(buffer.data(), n);
    }
    const int status = ::pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    const std::vector<unsigned char> errors = readBytes(errorFile);
    result.errors.assign(errors.begin(), errors.end());
    std::filesystem::remove(errorFile);
    return result;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string missingTool(const std::string& tool, const std::string& debianPackage) {
    if (runCommand("command -v " + tool).exitCode == 0) {
        return {};
    }
    return "The tool " + tool + " is missing: install the Debian package " + debianPackage +
           " (./deps.sh test does).";
}

std::string shellQuote(const std::string& text) {
    std::string quoted = "'";
    for (const char c : text) {
        if (c == '\'') {
            quoted += "'\\''";
        } else {
            quoted += c;
        }
    }
    return quoted + "'";
}

unsigned fileMode(const std::filesystem::path& path) {
    struct stat st {};
    ::stat(path.c_str(), &st);
    return st.st_mode & 0777;
}

std::vector<unsigned char> readBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const std::filesystem::path& file, const std::vector<unsigned char>& bytes) {
    std::ofstream out(file, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
}

std::string readText(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeText(const std::filesystem::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary);
    out << text;
    if (!out) {
        throw std::runtime_error("cannot write " + file.string());
    }
}

void giveToUnprivileged(const std::filesystem::path& path) {
    if (::geteuid() == 0 && ::chown(path.c_str(), kNobody, kNobody) != 0) {
        throw std::runtime_error("cannot give " + path.string() + " to nobody");
    }
}

std::string runUnprivileged(const std::function<std::string()>& body) {
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) {
        throw std::runtime_error("cannot create a pipe");
    }
    std::fflush(nullptr);
    pid_t child = ::fork();
    if (child < 0) {
        throw std::runtime_error("cannot fork");
    }
    if (child == 0) {
        ::close(pipe_fds[0]);
        std::string result;
        if (::geteuid() == 0) {
            if (::setgroups(0, nullptr) != 0 || ::setgid(kNobody) != 0 || ::setuid(kNobody) != 0) {
                result = "runUnprivileged: cannot become nobody";
            }
        }
        if (result.empty()) {
            try {
                result = body();
            } catch (const std::exception& e) {
                result = std::string("runUnprivileged: uncaught exception: ") + e.what();
            }
        }
        for (std::size_t at = 0; at < result.size();) {
            ssize_t n = ::write(pipe_fds[1], result.data() + at, result.size() - at);
            if (n <= 0) {
                break;
            }
            at += std::size_t(n);
        }
        ::_exit(0);
    }
    ::close(pipe_fds[1]);
    std::string result;
    char buffer[4096];
    for (ssize_t n; (n = ::read(pipe_fds[0], buffer, sizeof buffer)) > 0;) {
        result.append(buffer, std::size_t(n));
    }
    ::close(pipe_fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    if (!WIFEXITED(status)) {
        throw std::runtime_error("the unprivileged child did not exit normally");
    }
    return result;
}

}  // namespace hep::test
