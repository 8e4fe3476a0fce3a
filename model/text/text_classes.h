// Character classes of the reading-grade scorer: letters of any script, digits, spaces, line
// breaks, sentence ends and the marks around them.
#pragma once

namespace hep::text {

inline bool isAsciiLetter(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool isDigit(char32_t c) {
    return c >= '0' && c <= '9';
}

// Letters of any script: ASCII letters and everything from U+00C0 on that is not punctuation, a
// symbol, a space or private use. Combining marks (U+0300 to U+036F) count as letters too, so a
// decomposed "é" stays one word.
inline bool isLetter(char32_t c) {
    if (c < 0x80) {
        return isAsciiLetter(c);
    }
    if (c < 0xC0 || c == 0xD7 || c == 0xF7) {
        return false;
    }
    return !((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x2E00 && c <= 0x2E7F) ||
             (c >= 0x3000 && c <= 0x303F) || (c >= 0xE000 && c <= 0xF8FF) ||
             (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xFE30 && c <= 0xFE4F) ||
             (c >= 0xFF00 && c <= 0xFF20) || c >= 0xFFF0 || (c >= 0x1F000 && c <= 0x1FFFF));
}

inline bool isWordChar(char32_t c) {
    return isLetter(c) || isDigit(c);
}

inline bool isLineBreak(char32_t c) {
    return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
}

inline bool isSpace(char32_t c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == 0xA0 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

inline bool isApostrophe(char32_t c) {
    return c == '\'' || c == 0x2019 || c == 0x02BC;
}
inline bool isHyphen(char32_t c) {
    return c == '-' || c == 0x2010 || c == 0x2011;
}
inline bool isTerminator(char32_t c) {
    return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

// Closing quotes and brackets that may follow the end of a sentence: He said "Stop."
inline bool isCloser(char32_t c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == 0x2019 ||
           c == 0x201D || c == 0xBB || c == 0x203A;
}

inline bool isUpper(char32_t c) {
    bool even = c % 2 == 0;
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
           (c >= 0x100 && c <= 0x137 && even) || (c >= 0x139 && c <= 0x148 && !even) ||
           (c >= 0x14A && c <= 0x177 && even) || c == 0x178 || (c >= 0x179 && c <= 0x17E && !even);
}

}  // namespace hep::text
