#include "core/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/errors.h"

namespace hep {

namespace fs = std::filesystem;

std::string readFile(const fs::path& path, std::size_t max_bytes) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        throw InputError(path.string() + ": is a folder, not a file");
    }
    // A FIFO, a device or a socket could be read forever: only regular files are read whole.
    if (const auto status = fs::status(path, ec); !ec && !fs::is_regular_file(status)) {
        throw InputError(path.string() + ": is not a regular file");
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
                             std::to_string(max_bytes / (std::size_t{1024} * 1024)) + " MB)");
        }
    }
    if (in.bad()) {
        throw InputError(path.string() + ": cannot be read");
    }
    return data;
}

namespace {

std::string quoted(const std::filesystem::path& path) {
    return "\"" + path.string() + "\"";
}

std::string systemError(int error) {
    return std::strerror(error);
}

// Removes the temporary file unless it was renamed into place.
class TemporaryFile {
  public:
    explicit TemporaryFile(std::string path) : path_(std::move(path)) {}
    ~TemporaryFile() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
        if (!committed_) {
            ::unlink(path_.c_str());
        }
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    int& fd() { return fd_; }
    const std::string& path() const { return path_; }
    void commit() { committed_ = true; }

  private:
    std::string path_;
    int fd_ = -1;
    bool committed_ = false;
};

void syncFolder(const std::filesystem::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);  // best effort: the rename itself already happened
        ::close(fd);
    }
}

}  // namespace

void writeFileAtomically(const std::filesystem::path& path, std::string_view data) {
    const std::string failed = "Cannot save " + quoted(path) + ": ";
    if (path.filename().empty()) {
        throw StorageError(failed + "the path does not name a file.");
    }
    const std::filesystem::path folder =
        path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();

    std::error_code error;
    // A device, a FIFO or a folder is never replaced by a file (as root, -o /dev/null did).
    if (const auto target = std::filesystem::symlink_status(path, error);
        std::filesystem::exists(target) && !std::filesystem::is_regular_file(target) &&
        !std::filesystem::is_symlink(target)) {
        throw StorageError(failed + "it is not a regular file.");
    }
    // A read-only file, or another user's, is not replaced behind their back (a rename in a
    // folder we may write would do it silently).
    if (struct stat st{}; ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
        if (st.st_uid != ::geteuid()) {
            throw StorageError(failed + "the file belongs to another user.");
        }
        if ((st.st_mode & S_IWUSR) == 0) {
            throw StorageError(failed + "the file is read-only.");
        }
    }
    const auto folderStatus = std::filesystem::status(folder, error);
    if (error && error != std::errc::no_such_file_or_directory) {
        // A path too long for the system is not a missing folder (ENAMETOOLONG, ELOOP, ...).
        throw StorageError(failed + "the folder " + quoted(folder) + " cannot be reached (" +
                           error.message() + ").");
    }
    if (!std::filesystem::exists(folderStatus)) {
        throw StorageError(failed + "the folder " + quoted(folder) + " does not exist.");
    }
    if (!std::filesystem::is_directory(folderStatus)) {
        throw StorageError(failed + quoted(folder) + " is not a folder.");
    }
    if (std::filesystem::is_directory(path, error)) {
        throw StorageError(failed + "it is a folder.");
    }

    // The temporary name is the file's, hidden and 12 bytes longer: a name near the system's
    // 255-byte limit is shortened (at a character boundary) so that any valid name can be written.
    std::string stem = path.filename().string();
    constexpr std::size_t kMaxStem = 255 - std::string_view(". .tmp-XXXXXX").size() + 1;
    if (stem.size() > kMaxStem) {
        std::size_t cut = kMaxStem;
        while (cut > 0 && (static_cast<unsigned char>(stem[cut]) & 0xC0) == 0x80) {
            --cut;  // not inside a UTF-8 sequence
        }
        stem.resize(cut);
    }
    std::string pattern = (folder / ("." + stem + ".tmp-XXXXXX")).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());  // creates the file with mode 0600
    if (fd < 0) {
        const int code = errno;
        if (code == EACCES || code == EPERM || code == EROFS) {
            throw StorageError(failed + "the folder " + quoted(folder) + " is not writable (" +
                               systemError(code) + ").");
        }
        throw StorageError(failed + "cannot create a file in the folder " + quoted(folder) + " (" +
                           systemError(code) + ").");
    }
    TemporaryFile temporary(name.data());
    temporary.fd() = fd;
    ::fchmod(fd, S_IRUSR | S_IWUSR);

    std::size_t written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.data() + written, data.size() - written);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw StorageError(failed + "writing in the folder " + quoted(folder) + " failed (" +
                               systemError(errno) + ").");
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        throw StorageError(failed + "flushing the file to disk failed (" + systemError(errno) +
                           ").");
    }
    temporary.fd() = -1;
    if (::close(fd) != 0) {
        throw StorageError(failed + "closing the file failed (" + systemError(errno) + ").");
    }
    if (::rename(temporary.path().c_str(), path.c_str()) != 0) {
        throw StorageError(failed + "replacing the file failed (" + systemError(errno) + ").");
    }
    temporary.commit();
    syncFolder(folder);
}

void createPrivateFile(const fs::path& path) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        throw StorageError("Cannot create " + path.string() + ": " + systemError(errno));
    }
    ::close(fd);
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
        throw StorageError("Cannot create the folder " + folder.string() + ": " +
                           systemError(errno));
    }
    if (!fs::is_directory(folder, ec)) {
        throw StorageError("Cannot create the folder " + folder.string() +
                           ": a file of that name is in the way");
    }
}

void checkOutputIsNot(const std::filesystem::path& output, const std::vector<KeptFile>& kept) {
    namespace fs = std::filesystem;
    std::error_code error;
    const fs::path out = fs::weakly_canonical(fs::absolute(output, error), error);
    for (const auto& file : kept) {
        if (file.path.empty()) {
            continue;  // no such file (the catalogue is on a clinic server)
        }
        const fs::path path = fs::weakly_canonical(fs::absolute(file.path, error), error);
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            const fs::path candidate = path.string() + suffix;
            std::error_code same_error;
            const bool same = out == candidate || fs::equivalent(out, candidate, same_error);
            if (same) {
                throw InputError(output.string() + ": is " + file.what +
                                 (*suffix ? std::string(" (its journal)") : std::string()) +
                                 "; choose another output file");
            }
        }
    }
}

}  // namespace hep
