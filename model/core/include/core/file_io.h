// Reading and writing whole files safely: size limits on read, temporary file and rename on write.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace hep {

inline constexpr std::size_t kMaxProgramFileBytes = std::size_t{32} * 1024 * 1024;

// The whole content of a regular file. Throws InputError naming the file when it cannot be read,
// is not a regular file (a FIFO, a device: they may never end), or is larger than max_bytes.
std::string readFile(const std::filesystem::path& path,
                     std::size_t max_bytes = kMaxProgramFileBytes);

// Writes data to a temporary file beside path, flushes it to disk and renames it over path, so
// path holds either its old content or the new one, never a part. The file is created readable
// by its owner only. Throws StorageError naming the path when anything fails; on failure an
// existing file at path is untouched and no temporary file is left.
// A path that exists and is not a regular file (a device, a FIFO, a folder), a read-only file
// and another user's file are refused.
void writeFileAtomically(const std::filesystem::path& path, std::string_view data);

// A file an output must not replace, and what it is ("the database", "the program file read").
struct KeptFile {
    std::filesystem::path path;
    std::string what;
};

// Throws InputError when output is one of the kept files (by path or, when both exist, as the
// same file through a link), or the journal of a database among them (-wal, -shm, -journal).
void checkOutputIsNot(const std::filesystem::path& output, const std::vector<KeptFile>& kept);

// Creates a new, empty file readable by its owner only (so that SQLite, and its WAL files that
// take the same mode, never make a database readable by others). Throws StorageError.
void createPrivateFile(const std::filesystem::path& path);

// Creates a folder (and its parents) readable by its owner only, or throws StorageError.
void createPrivateFolder(const std::filesystem::path& folder);

}  // namespace hep
