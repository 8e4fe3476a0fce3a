// The syllables of a word, for the reading grade: vowel groups, a silent final "e", accents that
// are said, and a small table of the words the rules miss.
#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "text/readability.h"
#include "text/utf8.h"
#include "text_classes.h"

namespace hep {

namespace {

using namespace text;

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
        Utf8Char cp = decodeUtf8(word, i);
        char32_t c = cp.codePoint;
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
        i += cp.size;
    }
    endPart();
    return total;
}

}  // namespace hep
