// Decoding and encoding UTF-8 one code point at a time, strictly (no overlong forms, no
// surrogates, nothing above U+10FFFF).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace hep {

// One decoded character: its code point and how many bytes it took. An invalid or truncated
// sequence decodes as U+FFFD with valid == false and size 1, so a loop always makes progress.
struct Utf8Char {
    char32_t codePoint = 0;
    std::size_t size = 0;
    bool valid = false;
};

// Decodes the character that starts at byte `pos` (pos < text.size()).
Utf8Char decodeUtf8(std::string_view text, std::size_t pos);

// True when the whole text is well-formed UTF-8.
bool isValidUtf8(std::string_view text);

// Appends the UTF-8 form of a code point (U+FFFD for surrogates and values above U+10FFFF).
void appendUtf8(std::string& out, char32_t cp);

// The text cut to at most max_chars characters (not bytes, so no character is cut in two), with
// "..." in place of the rest when it is longer. For quoting typed values in messages.
std::string shortenForMessage(std::string_view text, std::size_t max_chars);

// A message as one line that a terminal prints as it is: control characters (newline, tab,
// ESC, BEL, DEL...) written as \n, \t or \xHH.
std::string oneLineMessage(std::string_view text);

// "U+00E9" style name of a code point, for messages.
std::string codePointName(char32_t codePoint);

}  // namespace hep
