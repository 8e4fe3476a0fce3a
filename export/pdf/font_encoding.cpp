#include "font_encoding.h"

#include <algorithm>

#include "layout/export_error.h"
#include "text/utf8.h"

namespace hep {

namespace {

// A viewer finds the glyph of a code through the name WinAnsiEncoding gives the code: those of
// U+00A0 and U+00AD are "space" and "hyphen", the names of U+0020 and U+002D, whose glyphs a
// subset need not hold. So these two take UTF-8.
bool viewersFindItsGlyph(char32_t character) {
    return character != 0xA0 && character != 0xAD;
}

// WinAnsiEncoding's codes for printable characters, by character, from libharu's table: codes
// 32 to 255 except those it leaves unused or gives a control character, and those of characters
// whose glyph a viewer would not find. A character with two codes keeps the lower one.
std::vector<std::pair<char32_t, unsigned char>> winAnsiCodes(HPDF_Doc doc) {
    const HPDF_Encoder encoder = HPDF_GetEncoder(doc, "WinAnsiEncoding");
    if (encoder == nullptr) {
        throw ExportError("libharu has no WinAnsiEncoding table.");
    }
    std::vector<std::pair<char32_t, unsigned char>> codes;
    for (unsigned code = 32; code <= 255; ++code) {
        const char32_t character = HPDF_Encoder_GetUnicode(encoder, static_cast<HPDF_UINT16>(code));
        if (character >= 0x20 && character != 0x7F && !(character >= 0x80 && character < 0xA0) &&
            viewersFindItsGlyph(character)) {
            codes.emplace_back(character, static_cast<unsigned char>(code));
        }
    }
    std::stable_sort(codes.begin(), codes.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    codes.erase(std::unique(codes.begin(), codes.end(),
                            [](const auto& a, const auto& b) { return a.first == b.first; }),
                codes.end());
    return codes;
}

const std::pair<char32_t, unsigned char>* find(
    const std::vector<std::pair<char32_t, unsigned char>>& codes, char32_t character) {
    const auto found =
        std::lower_bound(codes.begin(), codes.end(), character,
                         [](const auto& entry, char32_t c) { return entry.first < c; });
    return found != codes.end() && found->first == character ? &*found : nullptr;
}

}  // namespace

FontEncoding FontEncoding::forCharacters(HPDF_Doc doc, const CharacterSet& characters) {
    std::vector<std::pair<char32_t, unsigned char>> codes = winAnsiCodes(doc);
    FontEncoding encoding;
    const std::vector<char32_t> drawn = characters.codePoints();
    if (std::all_of(drawn.begin(), drawn.end(),
                    [&](char32_t c) { return find(codes, c) != nullptr; })) {
        encoding.codes_ = std::move(codes);
        for (const auto& [character, code] : encoding.codes_) {
            if (character < encoding.latin1_.size()) {
                encoding.latin1_[character] = code;
            }
        }
    }
    return encoding;
}

std::string FontEncoding::encode(std::string_view text) const {
    if (!singleByte()) {
        return std::string(text);
    }
    std::string bytes;
    bytes.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Char ch = decodeUtf8(text, pos);
        const char32_t character = CharacterSet::drawnAs(ch.codePoint);
        unsigned char code = character < latin1_.size() ? latin1_[character] : 0;
        if (const auto* found = code == 0 ? find(codes_, character) : nullptr) {
            code = found->second;
        }
        if (!ch.valid || code == 0) {
            throw ExportError("the character " + codePointName(ch.codePoint) +
                              " has no code in WinAnsiEncoding.");
        }
        bytes += static_cast<char>(code);
        pos += ch.size;
    }
    return bytes;
}

}  // namespace hep
