// Finding the DejaVu fonts at run time and measuring text with them exactly as libharu does.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <span>
#include <string_view>
#include <vector>

#include "layout/font_style.h"

namespace hep {

// The font file for a style: DejaVuSans.ttf or DejaVuSans-Bold.ttf, looked up only in
// $HEP_FONT_DIR when that variable is set and not empty, else in
// /usr/share/fonts/truetype/dejavu. Throws ExportError naming the path and the Debian package
// fonts-dejavu-core when the file is missing. Not cached: every call looks again.
std::filesystem::path findFontFile(FontStyle style);

// Metrics of one TrueType font, read from the file itself (head, maxp, hhea, hmtx, cmap format 4
// and 12, OS/2). Widths follow libharu 2.3.0 to the bit: each glyph's advance is truncated to
// whole thousandths of the font size (as libharu does for the PDF /W array), there is no kerning,
// and characters outside the Basic Multilingual Plane measure as a space because libharu draws
// them as one. Text is UTF-8; an invalid byte measures as U+FFFD.
class FontMetrics {
  public:
    // Reads and parses the file. Throws ExportError naming the file when it cannot be read, is
    // damaged, or is not a TrueType font libharu can embed (CFF/OpenType, collections).
    explicit FontMetrics(const std::filesystem::path& file);

    const std::filesystem::path& file() const { return file_; }
    int unitsPerEm() const { return unitsPerEm_; }
    int glyphCount() const { return static_cast<int>(advances_.size()); }

    // Width of the text in points at the given size: widthUnits(text) * sizePt / 1000.
    double textWidth(std::string_view utf8, double sizePt) const;
    // Width of the text in thousandths of the font size, the unit libharu's
    // HPDF_Font_TextWidth returns.
    long widthUnits(std::string_view utf8) const;
    // Width of one character in thousandths of the font size, as libharu measures it.
    int charWidthUnits(char32_t codePoint) const;

    // True when the PDF can show the character with a real glyph of this font: mapped in the
    // font's cmap, inside the Basic Multilingual Plane (libharu turns the rest into spaces) and
    // not a control character.
    bool hasGlyph(char32_t codePoint) const;
    // The glyph the font's cmap gives for a code point (0, the .notdef box, when none).
    std::uint16_t glyphIndex(char32_t codePoint) const;

    // Vertical metrics from the hhea table (OS/2 when hhea has none), in points at a size.
    // Both are distances, positive: ascent above the baseline, descent below it.
    double ascent(double sizePt) const;
    double descent(double sizePt) const;
    double lineGap(double sizePt) const;

  private:
    struct Group {
        char32_t first = 0;
        char32_t last = 0;
        std::uint32_t glyph = 0;
    };

    int glyphWidthUnits(std::uint16_t glyph) const;
    void parse(std::span<const unsigned char> data);

    std::filesystem::path file_;
    int unitsPerEm_ = 0;
    int ascender_ = 0;
    int descender_ = 0;
    int lineGap_ = 0;
    std::vector<std::uint16_t> advances_;  // per glyph, in font units
    // Code point U+0000..U+FFFF -> glyph, in pages of 256 code points: bmpPages_[cp >> 8] is 0
    // for a page without glyphs, else 1 + its place in bmpGlyphs_ (a full table was 128 KB a
    // font, every page of it a page fault to a short-lived process).
    std::array<std::uint16_t, 256> bmpPages_{};
    std::vector<std::uint16_t> bmpGlyphs_;
    std::uint16_t bmpGlyph(char32_t codePoint) const {
        const std::uint16_t page = bmpPages_[(codePoint >> 8) & 0xFF];
        return page == 0 ? 0 : bmpGlyphs_[(page - 1u) * 256u + (codePoint & 0xFF)];
    }
    std::vector<Group> groups_;           // cmap format 12, for code points above U+FFFF
    std::array<int, 128> asciiWidths_{};  // charWidthUnits of U+0000..U+007F
};

// The metrics of DejaVu Sans or DejaVu Sans Bold, loaded once per process on first use (thread
// safe). Throws ExportError like findFontFile when the font is missing; a later call tries again.
const FontMetrics& fontMetrics(FontStyle style);

}  // namespace hep
