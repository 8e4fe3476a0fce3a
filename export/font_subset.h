// Subsets of the DejaVu fonts holding only the glyphs a document draws, for the PDF to embed.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "export/font_style.h"
#include "export/fonts.h"

namespace hep {

// The characters a document draws with one font. A code point above U+FFFF counts as a space:
// libharu draws a space for it.
class CharacterSet {
  public:
    void add(char32_t codePoint);
    // Adds every character of UTF-8 text; an invalid byte adds U+FFFD.
    void addText(std::string_view utf8);
    bool contains(char32_t codePoint) const;
    bool empty() const;
    // The code points, ascending.
    std::vector<char32_t> codePoints() const;

  private:
    std::array<std::uint64_t, 0x10000 / 64> bits_{};  // one bit per code point of the BMP
};

// A TrueType font file held in memory, to cut subsets from.
class FontSubsetter {
  public:
    // Reads the file and its table directory. Throws ExportError naming the file when it cannot
    // be read, is damaged, or lacks a table a subset needs (head, hhea, maxp, hmtx, loca, glyf,
    // name, OS/2).
    explicit FontSubsetter(const std::filesystem::path& file);

    const std::filesystem::path& file() const { return file_; }
    int glyphCount() const { return glyphCount_; }

    // A TrueType font with the glyphs of the characters, as `metrics` (measured from the same
    // file) maps them, plus .notdef (glyph 0), the glyphs composite glyphs are built from, and the
    // glyphs of "H" and "x" (libharu takes the CapHeight and XHeight of the PDF font from them).
    // Glyphs are renumbered: .notdef, then the characters' glyphs in code point order, then
    // components. Advance widths, the font's names (name IDs 0 to 6), vertical metrics, OS/2 and
    // hinting (cvt, fpgm, prep, the glyphs' instructions) are the original's; the cmap maps only
    // the characters (one format 4 subtable), post is format 3 (no glyph names), and tables
    // libharu does not embed (kern, GSUB, GPOS, ...) are left out. Characters the font has no
    // glyph for are left out. Throws ExportError when the file is damaged or `metrics` does not
    // measure this file as it is now.
    std::vector<unsigned char> subset(const FontMetrics& metrics,
                                      const CharacterSet& characters) const;

  private:
    struct Table {
        std::size_t offset = 0;
        std::size_t length = 0;
    };

    [[noreturn]] void damaged(const std::string& what) const;
    const Table& table(const std::string& tag) const;
    std::vector<unsigned char> copy(const std::string& tag) const;
    std::uint32_t u16(std::size_t pos) const;
    std::uint32_t u32(std::size_t pos) const;
    std::uint32_t advance(std::uint32_t glyph) const;
    std::uint32_t leftSideBearing(std::uint32_t glyph) const;
    // The glyph's bytes in glyf: first offset and size.
    Table glyph(std::uint32_t glyph) const;
    // Where the glyph ids of a composite glyph's components are, relative to its start.
    std::vector<std::size_t> componentIdPositions(const Table& glyph) const;

    std::filesystem::path file_;
    std::vector<unsigned char> data_;
    std::map<std::string, Table> tables_;
    int glyphCount_ = 0;
    int unitsPerEm_ = 0;
    std::uint32_t metricCount_ = 0;
    bool longLoca_ = false;
};

// A subset (FontSubsetter::subset) of the DejaVu font of a style, measured by fontMetrics(style).
// The font file is read once per process on first use (thread safe). Throws ExportError like
// fontMetrics when the font is missing or damaged.
std::vector<unsigned char> subsetFont(FontStyle style, const CharacterSet& characters);

}  // namespace hep
