// Reads a database's write-ahead log before SQLite does: SQLite silently drops every frame
// after one that fails its checksum, so a flipped byte in the middle of the log would lose
// changes that were committed after it.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>

namespace hep {

struct WalDamage {
    std::size_t bad_frame = 0;     // the first frame (from 1) that fails its checksum
    std::size_t lost_commits = 0;  // committed transactions of this log after it
};

// The damage in the log at wal_file, when a frame of the log's current generation fails its
// checksum and committed transactions follow it; nullopt when the log is sound, missing, empty,
// or only ends in a torn write (an uncommitted tail, which SQLite rightly drops).
std::optional<WalDamage> findWalDamage(const std::filesystem::path& wal_file);

}  // namespace hep
