#include "text/search_words.h"

#include "text/utf8.h"

namespace hep {

namespace {

// The base letter of a lower-case or upper-case Latin-1 or Latin Extended-A letter, or 0.
char baseLetter(char32_t cp) {
    // U+00C0..U+00FF: the accented letters of Latin-1 (multiplication and division signs are
    // not letters).
    static constexpr std::string_view kLatin1 =
        "aaaaaaaceeeeiiiidnooooo*ouuuuyts"   // U+00C0..U+00DF (Æ -> a, Ð -> d, Þ -> t, ß -> s)
        "aaaaaaaceeeeiiiidnooooo/ouuuuyty";  // U+00E0..U+00FF
    if (cp >= 0xC0 && cp <= 0xFF) {
        const char c = kLatin1[cp - 0xC0];
        return c == '*' || c == '/' ? '\0' : c;
    }
    // U+0100..U+017F: Latin Extended-A, in pairs of upper and lower case.
    static constexpr std::string_view kExtendedA =
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
        "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    static_assert(kExtendedA.size() == 0x80);
    if (cp >= 0x100 && cp < 0x180) {
        return kExtendedA[cp - 0x100];
    }
    return 0;
}

bool separates(char32_t cp) {
    if (cp < 0x80) {
        return !((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'));
    }
    return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x206F) || cp == 0xD7 || cp == 0xF7 ||
           (cp >= 0xA1 && cp <= 0xBF) || cp == 0x3000 || cp == 0xFEFF;
}

}  // namespace

std::vector<std::string> searchWords(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Char ch = decodeUtf8(text, pos);
        pos += ch.size;
        const char32_t cp = ch.codePoint;
        if (separates(cp)) {
            if (!word.empty()) {
                words.push_back(std::move(word));
                word.clear();
            }
        } else if (cp < 0x80) {
            word += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
        } else if (const char base = baseLetter(cp)) {
            word += base;
        } else {
            appendUtf8(word, cp);
        }
    }
    if (!word.empty()) {
        words.push_back(std::move(word));
    }
    return words;
}

}  // namespace hep
