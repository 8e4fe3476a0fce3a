// zlib streams for data that is almost all zero bytes, written in one pass without zlib's work.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace hep {

// libharu writes a CIDToGIDMap of 131,070 bytes per font with a few hundred of them not zero;
// zlib's deflate took 0.15 ms each even at level 1 (0.4 ms at libharu's level 6), this 20 us.
inline constexpr std::size_t kSparseMinSize = 4096;
inline constexpr std::size_t kSparseRatio = 64;

// True when the data has at least kSparseMinSize bytes and at most one in kSparseRatio of them
// is not zero. Stops reading as soon as the answer is no.
bool isSparse(std::string_view data);

// Appends the data as a zlib stream (RFC 1950: header, deflate data, Adler-32) made of one
// deflate block with the fixed Huffman codes (RFC 1951): each byte that is not zero a literal,
// and each run of zeros a literal zero followed by copies of the byte before it (distance 1,
// lengths up to 258). Any data gives a valid stream; it is small only for sparse data.
void appendSparseDeflate(std::string_view data, std::vector<unsigned char>& out);

}  // namespace hep
