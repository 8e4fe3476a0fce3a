#include "text/readability.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <vector>

#include "text/utf8.h"
#include "text_classes.h"

namespace hep {

namespace {

using namespace text;

// Where the word that starts at byte i ends: letters and digits, joined by an apostrophe between
// letters, a hyphen or dot between letters, or a dot or comma between digits.
std::size_t wordEnd(std::string_view text, std::size_t i) {
    char32_t previous = 0;
    while (i < text.size()) {
        Utf8Char cp = decodeUtf8(text, i);
        if (isWordChar(cp.codePoint)) {
            previous = cp.codePoint;
            i += cp.size;
            continue;
        }
        if (i + cp.size >= text.size()) {
            break;
        }
        char32_t next = decodeUtf8(text, i + cp.size).codePoint;
        bool letters = isLetter(previous) && isLetter(next);
        bool digits = isDigit(previous) && isDigit(next);
        bool joins =
            ((isApostrophe(cp.codePoint) || isHyphen(cp.codePoint) || cp.codePoint == '.') &&
             letters) ||
            ((cp.codePoint == '.' || cp.codePoint == ',') && digits);
        if (!joins) {
            break;
        }
        i += cp.size;
        previous = cp.codePoint;
    }
    return i;
}

// The length of a list marker at byte i, the first non-space of a line: "-", "*", "•", "1.",
// "12)", "a)", "(3)", followed by a space; else 0.
std::size_t listMarkerLength(std::string_view text, std::size_t i) {
    auto spaceAt = [&](std::size_t k) {
        if (k >= text.size()) {
            return true;
        }
        char32_t c = decodeUtf8(text, k).codePoint;
        return isSpace(c) || isLineBreak(c);
    };
    Utf8Char first = decodeUtf8(text, i);
    char32_t c = first.codePoint;
    if ((c == '-' || c == '*' || c == '+' || c == 0x2022 || c == 0x2023 || c == 0x25E6 ||
         c == 0x25AA || c == 0x25CF || c == 0x2013 || c == 0x2014 || c == 0xB7) &&
        spaceAt(i + first.size)) {
        return first.size;
    }
    std::size_t k = i + (c == '(' ? 1 : 0);
    std::size_t start = k;
    while (k < text.size() && k - start < 3 && isDigit(static_cast<unsigned char>(text[k]))) {
        ++k;
    }
    if (k == start && k < text.size() && isAsciiLetter(static_cast<unsigned char>(text[k]))) {
        ++k;  // "a)"
        if (k < text.size() && text[k] == '.') {
            return 0;  // "A. Núñez" is an initial
        }
    }
    if (k > start && k < text.size() && (text[k] == ')' || (text[k] == '.' && c != '('))) {
        if (spaceAt(k + 1)) {
            return k + 1 - i;
        }
    }
    return 0;
}

std::string asciiLower(std::string_view word) {
    std::string s(word);
    for (char& c : s) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return s;
}

// After these a dot never ends a sentence.
constexpr std::array<std::string_view, 12> kAbbreviations = {
    "e.g", "eg", "i.e", "ie", "cf", "vs", "dr", "mr", "mrs", "ms", "prof", "st"};
// After these a dot ends a sentence only when a capitalised word follows.
constexpr std::array<std::string_view, 22> kUnitAbbreviations = {
    "etc", "a.m", "p.m", "approx", "min", "mins", "sec", "secs", "hr", "hrs", "wk",
    "wks", "yr",  "yrs", "lb",     "lbs", "oz",   "ft",  "in",   "jr", "sr",  "fig"};

}  // namespace

ReadabilityScores scoreText(std::string_view text) {
    ReadabilityScores scores;
    int sentence_words = 0;
    auto endSentence = [&] {
        if (sentence_words > 0) {
            ++scores.sentences;
            sentence_words = 0;
        }
    };
    bool line_start = true;
    std::string_view last_word;
    std::size_t last_word_end = std::string_view::npos;

    std::size_t i = 0;
    while (i < text.size()) {
        Utf8Char cp = decodeUtf8(text, i);
        char32_t c = cp.codePoint;
        if (isLineBreak(c)) {
            endSentence();
            line_start = true;
            i += cp.size;
            continue;
        }
        if (isSpace(c)) {
            i += cp.size;
            continue;
        }
        if (line_start) {
            line_start = false;
            if (std::size_t marker = listMarkerLength(text, i)) {
                i += marker;
                continue;
            }
        }
        if (isWordChar(c)) {
            std::size_t end = wordEnd(text, i);
            last_word = text.substr(i, end - i);
            last_word_end = end;
            int syllables = countSyllables(last_word);
            ++scores.words;
            ++sentence_words;
            scores.syllables += syllables;
            if (syllables >= 3) {
                ++scores.polysyllables;
            }
            i = end;
            continue;
        }
        if (!isTerminator(c)) {
            i += cp.size;
            continue;
        }

        // A run of . ! ? … and the quotes or brackets that close it.
        std::size_t run_start = i;
        int dots = 0;
        bool ellipsis = false;
        while (i < text.size() && isTerminator(decodeUtf8(text, i).codePoint)) {
            Utf8Char t = decodeUtf8(text, i);
            dots += t.codePoint == '.' ? 1 : 0;
            ellipsis = ellipsis || t.codePoint == 0x2026;
            i += t.size;
        }
        ellipsis = ellipsis || dots >= 3;
        std::size_t after = i;
        while (after < text.size() && isCloser(decodeUtf8(text, after).codePoint)) {
            after += decodeUtf8(text, after).size;
        }
        if (after < text.size()) {
            char32_t next = decodeUtf8(text, after).codePoint;
            if (!isSpace(next) && !isLineBreak(next)) {
                continue;  // "e.g.," or "Hi!there": not an end
            }
        }
        // The first letter of the next word decides for abbreviations and an ellipsis.
        std::size_t k = after;
        while (k < text.size() && isSpace(decodeUtf8(text, k).codePoint)) {
            k += decodeUtf8(text, k).size;
        }
        bool capital_next = k >= text.size() || isLineBreak(decodeUtf8(text, k).codePoint) ||
                            isUpper(decodeUtf8(text, k).codePoint) ||
                            !isWordChar(decodeUtf8(text, k).codePoint);
        bool after_word = last_word_end == run_start;
        std::string word = asciiLower(last_word);
        bool single_dot = i - run_start == 1 && dots == 1;
        bool ends = true;
        if (ellipsis) {
            ends = capital_next;
        } else if (single_dot && after_word) {
            bool initial =
                last_word.size() == 1 && isUpper(static_cast<unsigned char>(last_word[0]));
            if (initial || std::find(kAbbreviations.begin(), kAbbreviations.end(), word) !=
                               kAbbreviations.end()) {
                ends = false;
            } else if (std::find(kUnitAbbreviations.begin(), kUnitAbbreviations.end(), word) !=
                       kUnitAbbreviations.end()) {
                ends = capital_next;
            }
        }
        if (ends) {
            endSentence();
        }
    }
    endSentence();

    if (scores.words == 0) {
        return ReadabilityScores{};
    }
    double asl = static_cast<double>(scores.words) / scores.sentences;
    double asw = static_cast<double>(scores.syllables) / scores.words;
    scores.grade = 0.39 * asl + 11.8 * asw - 15.59;
    scores.reading_ease = 206.835 - 1.015 * asl - 84.6 * asw;
    scores.smog = 1.0430 * std::sqrt(scores.polysyllables * 30.0 / scores.sentences) + 3.1291;
    return scores;
}

}  // namespace hep
