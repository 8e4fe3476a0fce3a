// Reading and writing whole files safely: size limits on read, temporary file and rename on write.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

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
void writeFileAtomically(const std::filesystem::path& path, std::string_view data);

// Creates a new, empty file readable by its owner only (so that SQLite, and its WAL files that
// take the same mode, never make a database readable by others). Throws StorageError.
void createPrivateFile(const std::filesystem::path& path);

// Creates a folder (and its parents) readable by its owner only, or throws StorageError.
void createPrivateFolder(const std::filesystem::path& folder);

}  // namespace hep
