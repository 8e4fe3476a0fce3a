#include "model/readability.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace hep {

namespace {

// ---- UTF-8 and character classes -------------------------------------------------------------

struct CodePoint {
    char32_t value = 0;
    std::size_t length = 1;
};

// The code point at byte i; a malformed sequence reads as U+FFFD one byte long.
CodePoint decode(std::string_view text, std::size_t i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
        return {c, 1};
    }
    std::size_t extra = 0;
    char32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
        extra = 1;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        extra = 2;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        extra = 3;
        cp = c & 0x07;
    } else {
        return {0xFFFD, 1};
    }
    if (i + extra >= text.size()) {
        return {0xFFFD, 1};
    }
    for (std::size_t k = 1; k <= extra; ++k) {
        auto cc = static_cast<unsigned char>(text[i + k]);
        if ((cc & 0xC0) != 0x80) {
            return {0xFFFD, 1};
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    return {cp, extra + 1};
}

bool isAsciiLetter(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isDigit(char32_t c) {
    return c >= '0' && c <= '9';
}

// Letters of any script: ASCII letters and everything from U+00C0 on that is not punctuation, a
// symbol, a space or private use. Combining marks (U+0300 to U+036F) count as letters too, so a
// decomposed "é" stays one word.
bool isLetter(char32_t c) {
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

bool isWordChar(char32_t c) {
    return isLetter(c) || isDigit(c);
}

bool isLineBreak(char32_t c) {
    return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
}

bool isSpace(char32_t c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == 0xA0 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool isApostrophe(char32_t c) {
    return c == '\'' || c == 0x2019 || c == 0x02BC;
}
bool isHyphen(char32_t c) {
    return c == '-' || c == 0x2010 || c == 0x2011;
}
bool isTerminator(char32_t c) {
    return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

// Closing quotes and brackets that may follow the end of a sentence: He said "Stop."
bool isCloser(char32_t c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == 0x2019 ||
           c == 0x201D || c == 0xBB || c == 0x203A;
}

bool isUpper(char32_t c) {
    bool even = c % 2 == 0;
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
           (c >= 0x100 && c <= 0x137 && even) || (c >= 0x139 && c <= 0x148 && !even) ||
           (c >= 0x14A && c <= 0x177 && even) || c == 0x178 || (c >= 0x179 && c <= 0x17E && !even);
}

// ---- Syllables -------------------------------------------------------------------------------

// One letter of a word as the syllable rules see it: a lowercase ASCII letter ('#' for a letter
// that is not Latin), whether an accent marks it as said ("café"), as its own syllable (acute or
// grave: "María") or as starting a new one (diaeresis: "Zoë").
struct Letter {
    char c = '#';
    bool accent = false;  // any diacritic: never a silent "e", and not plain ASCII for the table
    bool alone = false;   // acute or grave: does not merge with a vowel beside it
    bool diaeresis = false;
};

// The Latin-1 letters U+00E0 to U+00FF: base letter and kind of accent (a = acute or grave,
// d = diaeresis, o = other).
constexpr std::array<std::pair<char, char>, 32> kLatin1 = {{
    {'a', 'a'}, {'a', 'a'}, {'a', 'o'}, {'a', 'o'},
    {'a', 'd'}, {'a', 'o'}, {'a', 'o'}, {'c', 'o'},  // à á â ã ä å æ ç
    {'e', 'a'}, {'e', 'a'}, {'e', 'o'}, {'e', 'd'},
    {'i', 'a'}, {'i', 'a'}, {'i', 'o'}, {'i', 'd'},  // è é ê ë ì í î ï
    {'d', 'o'}, {'n', 'o'}, {'o', 'a'}, {'o', 'a'},
    {'o', 'o'}, {'o', 'o'}, {'o', 'd'}, {'#', 'o'},  // ð ñ ò ó ô õ ö ÷
    {'o', 'o'}, {'u', 'a'}, {'u', 'a'}, {'u', 'o'},
    {'u', 'd'}, {'y', 'a'}, {'t', 'o'}, {'y', 'd'},  // ø ù ú û ü ý þ ÿ
}};

Letter toLetter(char32_t c) {
    Letter l;
    if (c < 0x80) {
        l.c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        return l;
    }
    l.accent = true;
    if (c == 0xDF) {  // ß
        l.c = 's';
        return l;
    }
    if (c >= 0xC0 && c <= 0xDE) {
        c += 0x20;
    }
    if (c >= 0xE0 && c <= 0xFF) {
        auto [base, kind] = kLatin1[c - 0xE0];
        l.c = base;
        l.alone = kind == 'a';
        l.diaeresis = kind == 'd';
        return l;
    }
    // Latin Extended-A vowels (macron, breve, ogonek, caron, double acute): plain vowels.
    if (c >= 0x100 && c <= 0x105) {
        l.c = 'a';
    } else if (c >= 0x112 && c <= 0x11B) {
        l.c = 'e';
    } else if (c >= 0x128 && c <= 0x131) {
        l.c = 'i';
    } else if (c >= 0x14C && c <= 0x153) {
        l.c = 'o';
    } else if (c >= 0x168 && c <= 0x173) {
        l.c = 'u';
    } else if (c >= 0x176 && c <= 0x178) {
        l.c = 'y';
    }
    return l;
}

bool isVowelLetter(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

bool contains(std::string_view set, char c) {
    return set.find(c) != std::string_view::npos;
}

// Common words the rules below miss, in lowercase. A plural ("-s") of a listed word is found too.
const std::vector<std::pair<std::string_view, int>>& exceptions() {
    static const std::vector<std::pair<std::string_view, int>> table = {
        {"ache", 1},       {"aches", 1},          {"aisle", 1},      {"behavior", 3},
        {"behaviour", 3},  {"business", 2},       {"convenient", 3}, {"cooperate", 4},
        {"coordinate", 4}, {"coordination", 5},   {"create", 2},     {"created", 3},
        {"creating", 3},   {"creation", 3},       {"diabetes", 4},   {"element", 3},
        {"every", 2},      {"evening", 2},        {"everyone", 3},   {"familiar", 3},
        {"fluid", 2},      {"forehead", 2},       {"genuine", 3},    {"headache", 2},
        {"isle", 1},       {"lion", 2},           {"maybe", 2},      {"naive", 2},
        {"ok", 2},         {"osteoarthritis", 6}, {"people", 2},     {"poem", 2},
        {"poet", 2},       {"react", 2},          {"reaction", 3},   {"recipe", 3},
        {"science", 2},    {"senior", 2},         {"someone", 2},    {"whereas", 2},
    };
    return table;
}

std::optional<int> lookup(const std::string& word) {
    for (const auto& [w, n] : exceptions()) {
        if (w == word) {
            return n;
        }
    }
    return std::nullopt;
}

int countLetters(const std::vector<Letter>& letters);

int countString(std::string_view word) {
    std::vector<Letter> letters;
    for (char c : word) {
        letters.push_back(toLetter(static_cast<unsigned char>(c)));
    }
    return countLetters(letters);
}

// Words whose first part ends in a silent "e" ("sometimes", "therefore", "everything").
constexpr std::array<std::string_view, 12> kCompoundStarts = {"some", "there", "home", "house",
                                                              "life", "like",  "base", "side",
                                                              "time", "every", "care", "guide"};

// Suffixes after which a stem's silent "e" stays silent ("safely", "movement"), with their
// syllables.
constexpr std::array<std::pair<std::string_view, int>, 8> kSuffixes = {{
    {"fully", 2},
    {"some", 1},
    {"ly", 1},
    {"ment", 1},
    {"ful", 1},
    {"ness", 1},
    {"less", 1},
    {"ty", 1},
}};

// The syllables of one run of letters (no hyphens, dots or digits inside).
int countLetters(const std::vector<Letter>& letters) {
    const std::size_t n = letters.size();
    if (n == 0) {
        return 0;
    }
    std::string s;
    bool plain = true;
    for (const auto& l : letters) {
        s += l.c;
        plain = plain && !l.accent && l.c != '#';
    }

    if (plain) {
        if (auto count = lookup(s)) {
            return *count;
        }
        if (n > 3 && s.back() == 's') {
            std::string stem = s.substr(0, n - 1);
            if (auto count = lookup(stem)) {
                // "exercises": the plural of a word in a sibilant + "e" adds a syllable.
                bool sibilant = stem.back() == 'e' && contains("csgzx", stem[stem.size() - 2]);
                return *count + (sibilant ? 1 : 0);
            }
        }
        for (std::string_view start : kCompoundStarts) {
            if (n >= start.size() + 2 && s.starts_with(start) && !isVowelLetter(s[start.size()]) &&
                s[start.size()] != 'y') {
                return countString(start) + countString(std::string_view(s).substr(start.size()));
            }
        }
        // "movements": a plural of the suffix too.
        std::string_view base = s;
        if (s.ends_with("s") && !s.ends_with("ss")) {
            base.remove_suffix(1);
        }
        for (auto [suffix, syllables] : kSuffixes) {
            if (base.size() >= suffix.size() + 3 && base.ends_with(suffix)) {
                std::string_view stem = base.substr(0, base.size() - suffix.size());
                char before = stem[stem.size() - 2];
                if (stem.back() == 'e' && !isVowelLetter(before) && before != 'y') {
                    return countString(stem) + syllables;
                }
            }
        }
    }

    // Which letters are said as vowels.
    std::vector<bool> vowel(n, false);
    for (std::size_t k = 0; k < n; ++k) {
        char c = s[k];
        if (c == 'y') {
            bool before_vowel = k + 1 < n && isVowelLetter(s[k + 1]);
            vowel[k] = !(before_vowel && (k == 0 || vowel[k - 1]));  // "you", "player": consonant
        } else if (c == 'u' && k > 0 && s[k - 1] == 'q') {
            vowel[k] = false;  // "quiet", "squeeze"
        } else {
            vowel[k] = isVowelLetter(c);
        }
    }
    auto at = [&](std::size_t k) { return k < n ? s[k] : '\0'; };
    auto consonant = [&](std::size_t k) { return k < n && !vowel[k] && s[k] != '#'; };
    auto inSuffix = [&](std::string_view suffix, std::size_t k) {
        return s.ends_with(suffix) && k == n - suffix.size();
    };

    // Vowel groups, split where two vowels side by side are said apart.
    int count = 0;
    int groups_before = 0;  // groups before the current one
    for (std::size_t k = 0; k < n; ++k) {
        if (!vowel[k]) {
            continue;
        }
        bool split = false;
        if (k > 0 && vowel[k - 1]) {
            char a = s[k - 1];
            char b = s[k];
            char before = k >= 2 ? s[k - 2] : '\0';
            std::string_view rest = std::string_view(s).substr(k + 1);
            if (letters[k].diaeresis || letters[k].alone || letters[k - 1].alone) {
                split = true;  // "Zoë", "María"
            } else if (a == 'y') {
                // "lying", "flyer"; but "bye", "dyes", "dyed" end in a silent "e".
                split = !(b == 'e' && (rest.empty() || rest == "s" || rest == "d"));
            } else if (b == 'i' && (inSuffix("ing", k) || inSuffix("ings", k))) {
                split = true;  // "being", "going", "seeing"
            } else if (a == 'i' && b == 'a') {
                // "dial", "via", "sciatica"; not "special", "Asia", "physician"
                split = !(contains("ctsg", before) && (rest.empty() || contains("ln", at(k + 1))));
            } else if (a == 'i' && b == 'o') {
                // "radio", "period", "physio"; not "motion", "region", "cushion", "anxious",
                // "million", "onion"
                split = !(contains("ctsgxh", before) && contains("nu", at(k + 1))) &&
                        !(contains("ln", before) && at(k + 1) == 'n');
            } else if (a == 'i' && b == 'u') {
                split = true;  // "medium"
            } else if (a == 'e' && b == 'o') {
                split = before != 'g';  // "video", "rodeo"; not "surgeon"
            } else if (a == 'u' && (b == 'a' || b == 'o')) {
                split = before != 'g';  // "usual", "duo"; not "language", "guard"
            } else if (a == 'u' && b == 'e') {
                split = contains("lnt", at(k + 1)) && before != 'g';  // "cruel", "fluent", "duet"
            } else if (a == 'i' && b == 'e') {
                bool later_group = groups_before > 0;
                split = at(k + 1) == 't' ||                                // "quiet", "diet"
                        (at(k + 1) == 'n' && !contains("ctsn", before) &&  // "client"
                         (at(k + 2) == 't' || at(k + 2) == 'c')) ||        // "audience"
                        (later_group && (rest == "r" || rest == "rs" ||    // "easier"
                                         rest == "st"));                   // "easiest"
            } else if (a == 'e' && b == 'a') {
                split = (rest.empty() || rest == "s") && groups_before > 0;  // "area", "ideas"
            }
        }
        if (k == 0 || !vowel[k - 1] || split) {
            ++count;
            groups_before = count - 1;
        }
    }

    // A silent final "e", "-es" or "-ed" ("time", "times", "walked"), when it is a group of its own
    // after a consonant and not the only one.
    auto ownGroup = [&](std::size_t e) {
        return s[e] == 'e' && !letters[e].accent && e >= 1 && consonant(e - 1);
    };
    // "table", "acre": a consonant, then "l" or "r", then the "e" (the "e" is said).
    auto syllabic = [&](std::size_t e) {
        if (e < 2) {
            return false;
        }
        char lr = s[e - 1];
        return (lr == 'l' || lr == 'r') && consonant(e - 2) && s[e - 2] != lr;
    };
    if (count > 2 && s.ends_with("ically")) {
        --count;  // "basically": "-ically" is said "-ic-ly"
    }
    if (count > 1) {
        // "catalogue", "league", "fatigue": a silent "-gue" after a vowel (but "argue").
        bool gue = s.ends_with("gue") || s.ends_with("gues");
        std::size_t g = s.rfind("gue");
        if (gue && g >= 1 && (vowel[g - 1] || s[g - 1] == 'n')) {
            --count;
        } else if (s.back() == 'e' && ownGroup(n - 1)) {
            if (!syllabic(n - 1)) {
                --count;
            }
        } else if (n >= 3 && s.ends_with("es") && ownGroup(n - 2)) {
            char c = s[n - 3];
            bool sibilant = contains("csxz", c) || c == 'g' ||
                            (c == 'h' && n >= 4 && (s[n - 4] == 'c' || s[n - 4] == 's'));
            if (!sibilant && !syllabic(n - 2)) {
                --count;  // "times", but "boxes", "pieces", "changes", "tables"
            }
        } else if (n >= 3 && s.ends_with("ed") && ownGroup(n - 2)) {
            char c = s[n - 3];
            if (c != 't' && c != 'd' && !syllabic(n - 2)) {
                --count;  // "walked", but "rested", "needed", "cycled"
            }
        }
    }
    return std::max(count, 1);
}

// ---- Words and sentences ---------------------------------------------------------------------

// Where the word that starts at byte i ends: letters and digits, joined by an apostrophe between
// letters, a hyphen or dot between letters, or a dot or comma between digits.
std::size_t wordEnd(std::string_view text, std::size_t i) {
    char32_t previous = 0;
    while (i < text.size()) {
        CodePoint cp = decode(text, i);
        if (isWordChar(cp.value)) {
            previous = cp.value;
            i += cp.length;
            continue;
        }
        if (i + cp.length >= text.size()) {
            break;
        }
        char32_t next = decode(text, i + cp.length).value;
        bool letters = isLetter(previous) && isLetter(next);
        bool digits = isDigit(previous) && isDigit(next);
        bool joins =
            ((isApostrophe(cp.value) || isHyphen(cp.value) || cp.value == '.') && letters) ||
            ((cp.value == '.' || cp.value == ',') && digits);
        if (!joins) {
            break;
        }
        i += cp.length;
        previous = cp.value;
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
        char32_t c = decode(text, k).value;
        return isSpace(c) || isLineBreak(c);
    };
    CodePoint first = decode(text, i);
    char32_t c = first.value;
    if ((c == '-' || c == '*' || c == '+' || c == 0x2022 || c == 0x2023 || c == 0x25E6 ||
         c == 0x25AA || c == 0x25CF || c == 0x2013 || c == 0x2014 || c == 0xB7) &&
        spaceAt(i + first.length)) {
        return first.length;
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

int countSyllables(std::string_view word) {
    int total = 0;
    std::vector<Letter> part;
    bool after_digits = false;  // the letters follow digits directly: "3rd", "20s"
    bool in_number = false;
    auto endPart = [&] {
        if (!part.empty()) {
            bool has_vowel = std::any_of(part.begin(), part.end(), [](const Letter& l) {
                return isVowelLetter(l.c) || l.c == 'y';
            });
            if (!(after_digits && !has_vowel)) {
                total += countLetters(part);
            }
            part.clear();
        }
        after_digits = false;
    };
    std::size_t i = 0;
    while (i < word.size()) {
        CodePoint cp = decode(word, i);
        char32_t c = cp.value;
        if (isDigit(c)) {
            endPart();
            if (!in_number) {
                ++total;  // a group of digits is one syllable
                in_number = true;
            }
        } else if (isLetter(c)) {
            if (part.empty() && in_number) {
                after_digits = true;
            }
            in_number = false;
            if (c < 0x300 || c > 0x36F) {  // combining marks add nothing
                part.push_back(toLetter(c));
            }
        } else if (isApostrophe(c)) {
            // "don't" is one run of letters
        } else if ((c == '.' || c == ',') && in_number && i + 1 < word.size() &&
                   isDigit(static_cast<unsigned char>(word[i + 1]))) {
            // "2.5", "1,000": the same group of digits
        } else {
            endPart();
            in_number = false;
        }
        i += cp.length;
    }
    endPart();
    return total;
}

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
        CodePoint cp = decode(text, i);
        char32_t c = cp.value;
        if (isLineBreak(c)) {
            endSentence();
            line_start = true;
            i += cp.length;
            continue;
        }
        if (isSpace(c)) {
            i += cp.length;
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
            i += cp.length;
            continue;
        }

        // A run of . ! ? … and the quotes or brackets that close it.
        std::size_t run_start = i;
        int dots = 0;
        bool ellipsis = false;
        while (i < text.size() && isTerminator(decode(text, i).value)) {
            CodePoint t = decode(text, i);
            dots += t.value == '.' ? 1 : 0;
            ellipsis = ellipsis || t.value == 0x2026;
            i += t.length;
        }
        ellipsis = ellipsis || dots >= 3;
        std::size_t after = i;
        while (after < text.size() && isCloser(decode(text, after).value)) {
            after += decode(text, after).length;
        }
        if (after < text.size()) {
            char32_t next = decode(text, after).value;
            if (!isSpace(next) && !isLineBreak(next)) {
                continue;  // "e.g.," or "Hi!there": not an end
            }
        }
        // The first letter of the next word decides for abbreviations and an ellipsis.
        std::size_t k = after;
        while (k < text.size() && isSpace(decode(text, k).value)) {
            k += decode(text, k).length;
        }
        bool capital_next = k >= text.size() || isLineBreak(decode(text, k).value) ||
                            isUpper(decode(text, k).value) || !isWordChar(decode(text, k).value);
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
