#include "hpdf_document.h"

#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>

#include "hpdf_error_text.h"
#include "layout/export_error.h"

namespace hep {

namespace {

// A private copy of a font in the temporary folder, for HPDF_LoadTTFontFromFile; unlinked by
// remove() or at the end of its scope.
class TemporaryFontFile {
  public:
    TemporaryFontFile(const std::vector<unsigned char>& font, std::string_view what) {
        std::string folder;
        try {
            folder = std::filesystem::temp_directory_path().string();
        } catch (const std::filesystem::filesystem_error& error) {
            throw ExportError("Cannot " + std::string(what) +
                              ": there is no temporary folder to put it in (" + error.what() +
                              "). Check TMPDIR.");
        }
        std::string pattern = (std::filesystem::path(folder) / "hep-font-XXXXXX").string();
        const int fd = ::mkstemp(pattern.data());  // mode 0600
        if (fd < 0) {
            fail(what, "cannot create a temporary file in " + folder);
        }
        path_ = pattern;
        std::size_t done = 0;
        while (done < font.size()) {
            const ssize_t written = ::write(fd, font.data() + done, font.size() - done);
            if (written < 0 && errno == EINTR) {
                continue;
            }
            if (written <= 0) {
                const int error = errno;
                ::close(fd);
                errno = error;
                fail(what, "cannot write the temporary file " + path_);
            }
            done += static_cast<std::size_t>(written);
        }
        if (::close(fd) != 0) {
            fail(what, "cannot write the temporary file " + path_);
        }
    }
    ~TemporaryFontFile() { remove(); }
    TemporaryFontFile(const TemporaryFontFile&) = delete;
    TemporaryFontFile& operator=(const TemporaryFontFile&) = delete;

    const std::string& path() const { return path_; }
    void remove() {
        if (!path_.empty()) {
            ::unlink(path_.c_str());
            path_.clear();
        }
    }

  private:
    [[noreturn]] void fail(std::string_view what, const std::string& step) {
        const std::string reason = std::strerror(errno);
        remove();
        throw ExportError("Cannot " + std::string(what) + ": " + step + " (" + reason + ").");
    }

    std::string path_;
};

}  // namespace

HpdfDocument::HpdfDocument() : doc_(HPDF_New(&HpdfDocument::onError, &error_)) {
    if (doc_ == nullptr) {
        throw ExportError("libharu could not create a PDF document (out of memory).");
    }
}

HpdfDocument::~HpdfDocument() {
    HPDF_Free(doc_);
}

void HpdfDocument::onError(HPDF_STATUS code, HPDF_STATUS detail, void* user) {
    auto* state = static_cast<ErrorState*>(user);
    if (state->code == HPDF_OK) {
        state->code = code;
        state->detail = detail;
    }
}

void HpdfDocument::check(HPDF_STATUS status, std::string_view what) {
    if (status == HPDF_OK && error_.code == HPDF_OK) {
        return;
    }
    const HPDF_STATUS code = error_.code != HPDF_OK ? error_.code : status;
    const HPDF_STATUS detail = error_.code != HPDF_OK ? error_.detail : 0;
    error_ = {};
    HPDF_ResetError(doc_);
    throw ExportError("libharu failed to " + std::string(what) + " (" +
                      describeHpdfError(code, detail) + ").");
}

const char* HpdfDocument::loadTrueTypeFont(const std::vector<unsigned char>& font,
                                           std::string_view what) {
    if (font.empty()) {
        throw ExportError("Cannot " + std::string(what) + ": the font is empty.");
    }
    TemporaryFontFile file(font, what);
    const char* name = HPDF_LoadTTFontFromFile(doc_, file.path().c_str(), HPDF_TRUE);
    file.remove();  // libharu keeps it open when it took the font
    return checkHandle(name, what);
}

namespace {

// An anonymous file in memory (never on a disk), closed at the end of its scope.
class MemoryFile {
  public:
    MemoryFile() : fd_(::memfd_create("hep-pdf", MFD_CLOEXEC)) {}
    ~MemoryFile() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;

    bool open() const { return fd_ >= 0; }
    // A path that opens this file again (Linux's /proc).
    std::string path() const { return "/proc/self/fd/" + std::to_string(fd_); }

    // Its bytes mapped read-only (the mapping outlives the descriptor), or nothing when they
    // cannot be.
    std::optional<HpdfDocument::Saved> map() const {
        struct stat status {};
        if (::fstat(fd_, &status) != 0 || status.st_size <= 0) {
            return std::nullopt;
        }
        const auto size = static_cast<std::size_t>(status.st_size);
        void* map = ::mmap(nullptr, size, PROT_READ, MAP_SHARED, fd_, 0);
        if (map == MAP_FAILED) {
            return std::nullopt;
        }
        return HpdfDocument::Saved(static_cast<const unsigned char*>(map), size);
    }

  private:
    int fd_;
};

}  // namespace

HpdfDocument::Saved::Saved(Saved&& other) noexcept
    : copy_(std::move(other.copy_)), map_(other.map_), size_(other.size_) {
    other.map_ = nullptr;
    other.size_ = 0;
}

HpdfDocument::Saved::~Saved() {
    if (map_ != nullptr) {
        ::munmap(const_cast<unsigned char*>(map_), size_);
    }
}

HpdfDocument::Saved HpdfDocument::save() {
    // libharu's memory stream copies byte by byte, twice (a fifth of an export); into a file it
    // writes with fwrite. The file is anonymous memory; where there is none (no /proc), the
    // memory stream.
    if (const MemoryFile file; file.open()) {
        if (HPDF_SaveToFile(doc_, file.path().c_str()) == HPDF_OK && error_.code == HPDF_OK) {
            if (auto saved = file.map()) {
                return std::move(*saved);
            }
        }
        HPDF_ResetError(doc_);
        error_ = {};
    }
    check(HPDF_SaveToStream(doc_), "save the PDF");
    // Not zeroed first: libharu writes every byte (checked below).
    const std::size_t size = HPDF_GetStreamSize(doc_);
    std::vector<unsigned char> bytes;
    bytes.reserve(size);
    std::size_t done = 0;
    unsigned char chunk[16384];
    while (done < size) {
        HPDF_UINT32 read = static_cast<HPDF_UINT32>(std::min(sizeof chunk, size - done));
        const HPDF_STATUS status = HPDF_ReadFromStream(doc_, chunk, &read);
        bytes.insert(bytes.end(), chunk, chunk + read);
        done += read;
        if (status == HPDF_STREAM_EOF || read == 0) {
            break;
        }
        check(status, "read the saved PDF");
    }
    if (done != size) {
        throw ExportError("libharu saved " + std::to_string(size) + " bytes of PDF but only " +
                          std::to_string(done) + " could be read back.");
    }
    HPDF_ResetError(doc_);
    return Saved(std::move(bytes));
}

HPDF_Date hpdfDate(std::chrono::sys_seconds time) {
    const auto day = std::chrono::floor<std::chrono::days>(time);
    const std::chrono::year_month_day date(day);
    const std::chrono::hh_mm_ss clock(time - day);
    HPDF_Date result{};
    result.year = static_cast<int>(date.year());
    result.month = static_cast<int>(static_cast<unsigned>(date.month()));
    result.day = static_cast<int>(static_cast<unsigned>(date.day()));
    result.hour = static_cast<int>(clock.hours().count());
    result.minutes = static_cast<int>(clock.minutes().count());
    result.seconds = static_cast<int>(clock.seconds().count());
    result.ind = 'Z';
    return result;
}

}  // namespace hep
