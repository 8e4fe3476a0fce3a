// Composite glyphs made one level deep for libharu 2.3.0, which embeds only the direct components
// of the glyphs a PDF draws: a component's own components come out empty, so "ễ" printed as "e".
#pragma once

#include <filesystem>
#include <vector>

namespace hep {

// The TrueType font (a subset of `file`) with every composite glyph that uses another composite
// glyph rewritten to use the simple glyphs at the bottom directly, their placements (offsets and
// scales) combined: the same outlines and the same point numbers, so the glyph's own instructions
// still apply (those of the inner composites are left out). Inner composites that are then
// neither mapped by the cmap nor used by another glyph are emptied. glyf and loca (now long
// offsets) are rewritten, head's indexToLocFormat and maxp's maxComponentElements follow; every
// other table is kept as it is. A font without nested composites is returned unchanged. Throws
// ExportError naming `file` when the font is damaged, nests glyphs more than 16 deep, or places a
// nested component by matching points (no outline math here to resolve them).
std::vector<unsigned char> flattenCompositeGlyphs(const std::vector<unsigned char>& font,
                                                  const std::filesystem::path& file);

}  // namespace hep
