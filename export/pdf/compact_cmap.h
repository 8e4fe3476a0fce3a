// A cmap of few segments, for libharu's font setup that searches the segments one by one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <utility>
#include <vector>

namespace hep {

// libharu 2.3.0 searches a font's format 4 segments one by one for each of the 65,536 code
// points of the Basic Multilingual Plane when it makes a PDF font (the CIDToGIDMap and widths).
// A cmap table with one format 4 subtable, listed as Unicode BMP (0, 3) and Windows Unicode BMP
// (3, 1), that maps each code point of `glyphs` (ascending, unique, below U+FFFF) to its glyph
// and every other code point to glyph 0. Runs of code points share a segment with a glyph id
// array that holds zeros for the gaps between them, as long as a gap is at most kMaxCmapGap and
// the array at most kMaxCmapArray entries: two or three segments instead of one per run (14 for
// a handout, when the search was more than half of libharu's work per font; a gap entry costs
// libharu a 2-byte read, a segment 65,536 more comparisons). Returns an empty table when the
// code points are not ascending and below U+FFFF, or too many for one subtable (64 KB).
inline constexpr std::size_t kMaxCmapGap = 4096;
inline constexpr std::size_t kMaxCmapArray = 16384;
std::vector<unsigned char> compactCmapTable(
    const std::vector<std::pair<char32_t, std::uint16_t>>& glyphs);

// The font (a subset of `file`, as HarfBuzz cut it) with its cmap replaced by compactCmapTable of
// the characters its cmap maps (Basic Multilingual Plane only, as libharu reads it); every other
// table is kept as it is. The font is returned unchanged when compactCmapTable gives no table.
// Throws ExportError naming `file` when out of memory.
std::vector<unsigned char> withCompactCmap(const std::vector<unsigned char>& font,
                                           const std::filesystem::path& file);

}  // namespace hep
