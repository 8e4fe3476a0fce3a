// How the text of an embedded font is written in the PDF: one byte a character in
// WinAnsiEncoding when all of it fits there, else UTF-8.
#pragma once

#include <hpdf.h>

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "font_subset.h"

namespace hep {

// libharu 2.3.0 makes a simple TrueType font of a font used with WinAnsiEncoding: 224 codes and
// their widths. A font used with UTF-8 is a Type 0 font over the whole Basic Multilingual Plane:
// for each one libharu walks all 65,536 code points to make its widths and its CIDToGIDMap (a
// fifth of the work of exporting a handout) and writes a 128 KB CIDToGIDMap. The handouts of the
// built-in catalogue, and names in the Latin alphabets of Western Europe, fit WinAnsiEncoding;
// anything else ("Nguyễn", "Łódź", Greek) takes UTF-8.
class FontEncoding {
  public:
    // WinAnsiEncoding when it has a code for every character of `characters`, else UTF-8. The
    // codes are read from libharu's own WinAnsiEncoding table in `doc`.
    static FontEncoding forCharacters(HPDF_Doc doc, const CharacterSet& characters);

    bool singleByte() const { return !codes_.empty(); }
    // The encoding's name, as HPDF_GetFont takes it.
    const char* name() const { return singleByte() ? "WinAnsiEncoding" : "UTF-8"; }
    // The bytes HPDF_Page_TextOut takes for `text`: valid UTF-8 whose characters (as
    // CharacterSet::drawnAs gives them) were among those the encoding was chosen for. Throws
    // ExportError naming a character without a code (not the text: it may be a patient's name).
    std::string encode(std::string_view text) const;

  private:
    std::vector<std::pair<char32_t, unsigned char>> codes_;  // by character; empty for UTF-8
    std::array<unsigned char, 256> latin1_{};                // codes_ of U+0000 to U+00FF, or 0
};

}  // namespace hep
