#include "wal_check.h"

#include <array>
#include <cstdint>
#include <fstream>
#include <vector>

namespace hep {

namespace {

constexpr std::size_t kHeaderSize = 32;
constexpr std::size_t kFrameHeaderSize = 24;
constexpr std::uint32_t kMagic = 0x377f0682;  // the low bit says the checksum's byte order

std::uint32_t bigEndian(const unsigned char* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
           std::uint32_t{p[3]};
}

std::uint32_t littleEndian(const unsigned char* p) {
    return (std::uint32_t{p[3]} << 24) | (std::uint32_t{p[2]} << 16) | (std::uint32_t{p[1]} << 8) |
           std::uint32_t{p[0]};
}

// SQLite's WAL checksum, continued over `size` bytes (a multiple of 8) from `sum`.
void addChecksum(std::array<std::uint32_t, 2>& sum, const unsigned char* data, std::size_t size,
                 bool big_endian) {
    for (std::size_t i = 0; i + 8 <= size; i += 8) {
        const std::uint32_t x0 = big_endian ? bigEndian(data + i) : littleEndian(data + i);
        const std::uint32_t x1 = big_endian ? bigEndian(data + i + 4) : littleEndian(data + i + 4);
        sum[0] += x0 + sum[1];
        sum[1] += x1 + sum[0];
    }
}

}  // namespace

std::optional<WalDamage> findWalDamage(const std::filesystem::path& wal_file) {
    std::ifstream in(wal_file, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::vector<unsigned char> wal((std::istreambuf_iterator<char>(in)),
                                   std::istreambuf_iterator<char>());
    if (wal.size() < kHeaderSize) {
        return std::nullopt;
    }
    const std::uint32_t magic = bigEndian(wal.data());
    const std::uint32_t page_size = bigEndian(wal.data() + 8);
    if ((magic & ~1u) != kMagic || page_size < 512 || page_size > 65536 ||
        (page_size & (page_size - 1)) != 0) {
        return std::nullopt;  // not a log SQLite would read either: SQLite ignores it
    }
    const bool big_endian = (magic & 1u) != 0;
    std::array<std::uint32_t, 2> sum{0, 0};
    addChecksum(sum, wal.data(), 24, big_endian);
    if (sum[0] != bigEndian(wal.data() + 24) || sum[1] != bigEndian(wal.data() + 28)) {
        return std::nullopt;  // a torn header: SQLite starts the log afresh, nothing was in it
    }
    const std::uint32_t salt1 = bigEndian(wal.data() + 16);
    const std::uint32_t salt2 = bigEndian(wal.data() + 20);
    const std::size_t frame_size = kFrameHeaderSize + page_size;
    std::optional<WalDamage> damage;
    std::size_t frame = 0;
    for (std::size_t at = kHeaderSize; at + frame_size <= wal.size(); at += frame_size) {
        ++frame;
        const unsigned char* f = wal.data() + at;
        const bool this_log = bigEndian(f + 8) == salt1 && bigEndian(f + 12) == salt2;
        const bool commit = bigEndian(f + 4) != 0;
        if (damage) {
            if (this_log && commit) {
                ++damage->lost_commits;  // committed after the damage: SQLite would drop it
            }
            continue;
        }
        // A frame of another generation of the log ends this one (its own frames that follow
        // are counted above); so does one that fails its checksum.
        if (this_log) {
            addChecksum(sum, f, 8, big_endian);
            addChecksum(sum, f + kFrameHeaderSize, page_size, big_endian);
        }
        if (!this_log || sum[0] != bigEndian(f + 16) || sum[1] != bigEndian(f + 20)) {
            damage = WalDamage{frame, 0};
        }
    }
    if (damage && damage->lost_commits > 0) {
        return damage;
    }
    return std::nullopt;
}

}  // namespace hep
