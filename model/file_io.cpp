#include "model/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <random>
#include <utility>

#include "model/errors.h"

namespace hep {

namespace fs = std::filesystem;

std::string readFile(const fs::path& path, std::size_t max_bytes) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        throw InputError(path.string() + ": is a folder, not a file");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw InputError(path.string() + ": cannot be read (" + std::strerror(errno) + ")");
    }
    std::string data;
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        data.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (data.size() > max_bytes) {
            throw InputError(path.string() + ": is too large (more than " +
                             std::to_string(max_bytes / (1024 * 1024)) + " MB)");
        }
    }
    if (in.bad()) {
        throw InputError(path.string() + ": cannot be read");
    }
    return data;
}

namespace {

std::string errnoText() { return std::strerror(errno); }

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return fd_; }
    int release() { return std::exchange(fd_, -1); }

private:
    int fd_;
};

std::string randomSuffix() {
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    const char* digits = "0123456789abcdef";
    std::string s;
    for (int i = 0; i < 12; ++i) {
        s += digits[rng() % 16];
    }
    return s;
}

}  // namespace

void writeFileAtomically(const fs::path& path, std::string_view data) {
    fs::path folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) {
        throw StorageError("Cannot write " + path.string() + ": the folder " + folder.string() +
                           " does not exist");
    }
    fs::path temp = folder / ("." + path.filename().string() + ".tmp-" + randomSuffix());
    FileDescriptor fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (fd.get() < 0) {
        throw StorageError("Cannot write " + path.string() + ": " + errnoText());
    }
    auto fail = [&](const std::string& what) {
        std::string reason = errnoText();
        ::close(fd.release());
        ::unlink(temp.c_str());
        throw StorageError("Cannot write " + path.string() + ": " + what + " (" + reason + ")");
    };
    std::size_t written = 0;
    while (written < data.size()) {
        ssize_t n = ::write(fd.get(), data.data() + written, data.size() - written);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            fail("writing failed");
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd.get()) != 0) {
        fail("flushing to disk failed");
    }
    if (::close(fd.release()) != 0) {
        ::unlink(temp.c_str());
        throw StorageError("Cannot write " + path.string() + ": " + errnoText());
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        std::string reason = errnoText();
        ::unlink(temp.c_str());
        throw StorageError("Cannot write " + path.string() + ": " + reason);
    }
    // Make the rename itself durable.
    FileDescriptor dir(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.get() >= 0) {
        ::fsync(dir.get());
    }
}

void createPrivateFolder(const fs::path& folder) {
    std::error_code ec;
    if (fs::is_directory(folder, ec)) {
        return;
    }
    if (!folder.parent_path().empty() && folder.parent_path() != folder) {
        createPrivateFolder(folder.parent_path());
    }
    if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST) {
        throw StorageError("Cannot create the folder " + folder.string() + ": " + errnoText());
    }
    if (!fs::is_directory(folder, ec)) {
        throw StorageError("Cannot create the folder " + folder.string() +
                           ": a file of that name is in the way");
    }
}

}  // namespace hep
