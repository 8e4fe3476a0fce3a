// The ToUnicode CMap of libharu's UTF-8 fonts, written as PDF readers expect it.
#pragma once

#include <string>
#include <string_view>

namespace hep {

// libharu 2.3.0 gives a font used with its UTF-8 encoder a copy of the encoder's CMap as its
// ToUnicode CMap: a CID range, "1 begincidrange <0000> <FFFF> 0", which a ToUnicode CMap cannot
// hold (poppler says "Invalid 'begincidrange' operator in ToUnicode CMap" and guesses; a strict
// reader or a screen reader may find no text). The font's codes are the characters' own code
// points, so the right CMap maps each code to itself.

// True when `data` is libharu's ToUnicode CMap of a UTF-8 font.
bool isLibharuUtf8ToUnicode(std::string_view data);

// A ToUnicode CMap that maps each 2-byte code to the character of that code point: bfrange
// lines, one a high byte (the surrogates' left out), at most a hundred a section.
const std::string& identityToUnicodeCmap();

}  // namespace hep
