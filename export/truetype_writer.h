// Writing TrueType (sfnt) files: big-endian fields and the table directory with its checksums.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace hep {

// Appends a big-endian 16- or 32-bit number (the low bits of value) to the buffer.
void putU16(std::vector<unsigned char>& out, std::uint32_t value);
void putU32(std::vector<unsigned char>& out, std::uint32_t value);
// Overwrites the big-endian 16- or 32-bit number at byte pos (which must be inside the buffer).
void setU16(std::vector<unsigned char>& out, std::size_t pos, std::uint32_t value);
void setU32(std::vector<unsigned char>& out, std::size_t pos, std::uint32_t value);

// The TrueType checksum: the sum of the big-endian 32-bit words, the last one padded with zeros.
std::uint32_t trueTypeChecksum(const unsigned char* data, std::size_t size);

struct TrueTypeTable {
    std::string tag;  // four characters, e.g. "glyf" or "cvt "
    std::vector<unsigned char> data;
};

// A TrueType file (sfnt version 1.0) of the tables: the directory sorted by tag, each table
// starting on a 4-byte boundary and padded with zeros, every table's checksum, and the head
// table's checkSumAdjustment. Throws std::invalid_argument when a tag is not four characters,
// appears twice, or "head" is missing or shorter than 54 bytes.
std::vector<unsigned char> assembleTrueType(std::vector<TrueTypeTable> tables);

// A cmap table with one subtable, Windows Unicode BMP (platform 3, encoding 1) in format 4, that
// maps each code point of `glyphs` (ascending, unique, below U+FFFF) to its glyph and every other
// code point to glyph 0. Code points close together share a segment (a glyph id array with zeros
// for the gaps), so the table has few segments: libharu searches them one by one for every code
// point of the Basic Multilingual Plane when it makes a font. Throws std::invalid_argument when
// the code points are not ascending and below U+FFFF, or there are too many for one subtable.
std::vector<unsigned char> cmapFormat4(
    const std::vector<std::pair<char32_t, std::uint16_t>>& glyphs);

}  // namespace hep
