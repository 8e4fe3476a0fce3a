// Reading level of patient text: Flesch-Kincaid grade, Flesch reading ease and SMOG (HANDOUT.md).
#pragma once

#include <string_view>

namespace hep {

// The reading grades of text a patient reads (HANDOUT.md): aim at kAimedGrade or lower; above
// kHighestGrade the window and hep check warn.
inline constexpr double kAimedGrade = 6.0;
inline constexpr double kHighestGrade = 8.0;

// Counts and scores of a text. With no words every field is 0.
struct ReadabilityScores {
    int sentences = 0;
    int words = 0;
    int syllables = 0;
    int polysyllables = 0;    // words of 3 or more syllables
    double grade = 0;         // Flesch-Kincaid grade = 0.39 ASL + 11.8 ASW - 15.59
    double reading_ease = 0;  // Flesch reading ease = 206.835 - 1.015 ASL - 84.6 ASW
    double smog = 0;          // 1.0430 sqrt(polysyllables * 30 / sentences) + 3.1291
};

// The syllables of one English word, in any case and in UTF-8. Counts vowel groups (a e i o u y,
// and accented vowels such as "é"), with rules for a silent final "e" (but "table", "acre"),
// "-es" and "-ed" ("walked" 1, "rested" 2), silent "e" before "-ly", "-ment", "-ful", "-ness",
// "-less", "-ty" ("safely" 2), vowel pairs said apart ("idea", "radio", "lying", "being"), and a
// table of common words the rules miss ("people", "every"). Parts joined by hyphens or dots
// ("low-back", "e.g.") are counted apart and added. Apostrophes are ignored. At least 1 for a
// word with a letter; a numeral ("20", "2.5") counts 1 per group of digits ("0-10" is 2); 0 for
// text with neither letters nor digits.
int countSyllables(std::string_view word);

// Scores UTF-8 text.
// Words: runs of letters (any script; "Núñez" is one word) and digits. An apostrophe between
// letters ("don't") and a hyphen or dot between letters ("low-back", "e.g") join parts into one
// word; a dot or comma between digits ("2.5", "1,000") joins a numeral, which is a word of 1
// syllable. List markers at the start of a line ("-", "*", "•", "1.", "2)", "a)") are not words.
// Sentences: end at a run of . ! ? … (counted once) followed by a space, a line break, a closing
// quote or bracket, or the end of the text; also at every line break, so list items and lines
// without a period are sentences; text without a final period is still a sentence. A dot does not
// end a sentence after "e.g.", "i.e.", "cf.", "vs.", a title ("Dr.", "Mr.", "Mrs.", "Ms.",
// "Prof.", "St.") or a capital initial ("M. Núñez"), nor after "etc.", "a.m.", "p.m.", "approx.",
// "min.", "sec.", "hr.", "wk." and the like unless a capitalised word follows; nor does an
// ellipsis ("...") before a lowercase word. Colons and semicolons do not end sentences. A sentence
// needs at least one word.
ReadabilityScores scoreText(std::string_view text);

}  // namespace hep
