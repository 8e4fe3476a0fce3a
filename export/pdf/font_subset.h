// Subsets of the DejaVu fonts, cut with HarfBuzz, holding only the glyphs a document draws.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <string_view>
#include <vector>

#include "layout/font_style.h"
#include "layout/fonts.h"

struct hb_face_t;

namespace hep {

// The characters a document draws with one font. A code point above U+FFFF counts as a space:
// libharu draws a space for it.
class CharacterSet {
  public:
    // The character libharu draws for a code point: itself, or a space above U+FFFF.
    static char32_t drawnAs(char32_t codePoint) { return codePoint > 0xFFFF ? U' ' : codePoint; }

    void add(char32_t codePoint);
    // Adds every character of UTF-8 text; an invalid byte adds U+FFFD.
    void addText(std::string_view utf8);
    bool contains(char32_t codePoint) const;
    bool empty() const;
    // The code points, ascending.
    std::vector<char32_t> codePoints() const;
    bool operator==(const CharacterSet&) const = default;

  private:
    std::array<std::uint64_t, 0x10000 / 64> bits_{};  // one bit per code point of the BMP
};

// A TrueType font file opened with HarfBuzz, to cut subsets from.
class FontSubsetter {
  public:
    // Opens the file (mapped, not copied) and checks its table directory. Throws ExportError
    // naming the file when it cannot be read, is damaged, or lacks a table a subset needs.
    explicit FontSubsetter(const std::filesystem::path& file);
    ~FontSubsetter();
    FontSubsetter(const FontSubsetter&) = delete;
    FontSubsetter& operator=(const FontSubsetter&) = delete;

    const std::filesystem::path& file() const { return file_; }
    int glyphCount() const { return glyphCount_; }

    // A TrueType font with the glyphs of the characters, plus .notdef (glyph 0, with its
    // outline), the glyphs composite glyphs are built from, and the glyphs of "H" and "x"
    // (libharu takes the CapHeight and XHeight of the PDF font from them). Glyphs are renumbered
    // (HarfBuzz keeps their order). Only the tables libharu embeds are kept: OS/2, cmap (the
    // characters, in one format 4 subtable of few segments listed as Unicode BMP and Windows
    // Unicode BMP, the one libharu reads: compact_cmap.h), cvt, fpgm, glyf, head, hhea, hmtx,
    // loca, maxp, name (IDs 0 to 6), post (format 3) and prep; kern, GSUB, GPOS, GDEF and the
    // rest are dropped.
    // Advance widths, vertical metrics and hinting are the original's. Nested composite glyphs
    // are flattened (composite_glyphs.h): libharu would embed their inner parts empty.
    // Characters the font has no glyph for are left out. Throws ExportError naming the file when
    // HarfBuzz cannot subset it or `metrics` does not measure this file as it is now.
    std::vector<unsigned char> subset(const FontMetrics& metrics,
                                      const CharacterSet& characters) const;

  private:
    std::filesystem::path file_;
    hb_face_t* face_ = nullptr;
    int glyphCount_ = 0;
    int unitsPerEm_ = 0;
};

// A subset (FontSubsetter::subset) of the DejaVu font of a style, measured by fontMetrics(style).
// The font file is opened once per process on first use (thread safe). The last
// kSubsetCacheSize subsets of each style are kept and given again for the same characters
// (thread safe). Throws ExportError like fontMetrics when the font is missing or damaged.
inline constexpr std::size_t kSubsetCacheSize = 4;
std::vector<unsigned char> subsetFont(FontStyle style, const CharacterSet& characters);

}  // namespace hep
