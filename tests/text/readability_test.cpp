// Tests of syllable, word and sentence counting and the readability formulas.
#include "text/readability.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace hep {
namespace {

TEST(CountSyllablesTest, HandCountedWords) {
    const std::vector<std::pair<std::string, int>> words = {
        // plain words and a silent final "e"
        {"cat", 1},
        {"walk", 1},
        {"the", 1},
        {"be", 1},
        {"she", 1},
        {"time", 1},
        {"breathe", 1},
        {"squeeze", 1},
        {"straight", 1},
        {"balance", 2},
        {"stomach", 2},
        {"buttocks", 2},
        {"exercise", 3},
        {"position", 3},
        {"motion", 2},
        // "-le" and "-re" after a consonant are said
        {"table", 2},
        {"ankle", 2},
        {"little", 2},
        {"gentle", 2},
        {"muscle", 2},
        {"acre", 2},
        {"comfortable", 4},
        // "-ed" and "-es"
        {"walked", 1},
        {"raised", 1},
        {"stretched", 1},
        {"relaxed", 2},
        {"rested", 2},
        {"needed", 2},
        {"lifted", 2},
        {"cycled", 2},
        {"times", 1},
        {"makes", 1},
        {"minutes", 2},
        {"boxes", 2},
        {"pieces", 2},
        {"changes", 2},
        {"tables", 2},
        {"muscles", 2},
        {"exercises", 4},
        // "y"
        {"you", 1},
        {"yes", 1},
        {"eye", 1},
        {"tummy", 2},
        {"body", 2},
        {"player", 2},
        {"lying", 2},
        // silent "e" before a suffix, and compounds
        {"gently", 2},
        {"slowly", 2},
        {"safely", 2},
        {"safety", 2},
        {"movement", 2},
        {"movements", 2},
        {"careful", 2},
        {"carefully", 3},
        {"comfortably", 4},
        {"evenly", 3},
        {"sometimes", 2},
        {"something", 2},
        {"therefore", 2},
        {"basically", 3},
        // vowels said apart, and vowels said together
        {"area", 3},
        {"idea", 3},
        {"ideas", 3},
        {"quiet", 2},
        {"diet", 2},
        {"client", 2},
        {"easier", 3},
        {"anxiety", 4},
        {"radio", 3},
        {"period", 3},
        {"usual", 3},
        {"usually", 4},
        {"special", 2},
        {"being", 2},
        {"going", 2},
        {"seeing", 2},
        {"breathing", 2},
        {"towel", 2},
        {"knee", 1},
        {"knees", 1},
        {"toe", 1},
        {"toes", 1},
        {"shoe", 1},
        {"shoes", 1},
        {"lie", 1},
        {"lies", 1},
        {"catalogue", 3},
        {"fatigue", 2},
        {"argue", 2},
        {"physiotherapy", 6},
        {"physiotherapist", 6},
        // the exception table
        {"people", 2},
        {"every", 2},
        {"everyone", 3},
        {"everything", 3},
        {"diabetes", 4},
        {"science", 2},
        // case, apostrophes, hyphens and dots
        {"Exercise", 3},
        {"EXERCISE", 3},
        {"don't", 1},
        {"it's", 1},
        {"low-back", 2},
        {"sit-to-stand", 3},
        {"e.g.", 2},
    };
    ASSERT_GE(words.size(), 40u);
    for (const auto& [word, syllables] : words) {
        EXPECT_EQ(countSyllables(word), syllables) << word;
    }
}

TEST(CountSyllablesTest, NonAsciiLetters) {
    EXPECT_EQ(countSyllables("Núñez"), 2);
    EXPECT_EQ(countSyllables("José"), 2);  // a final "é" is said
    EXPECT_EQ(countSyllables("café"), 2);
    EXPECT_EQ(countSyllables("María"), 3);  // an accent splits "ía"
    EXPECT_EQ(countSyllables("Zoë"), 2);    // so does a diaeresis
    EXPECT_EQ(countSyllables("naïve"), 2);
    EXPECT_EQ(countSyllables("Müller"), 2);
    EXPECT_EQ(countSyllables("Søren"), 2);
    EXPECT_EQ(countSyllables("Иван"), 1);  // letters without Latin vowels: at least 1
    EXPECT_EQ(countSyllables("東京"), 1);
}

TEST(CountSyllablesTest, NumeralsAndEmptyText) {
    EXPECT_EQ(countSyllables("20"), 1);
    EXPECT_EQ(countSyllables("2.5"), 1);
    EXPECT_EQ(countSyllables("1,000"), 1);
    EXPECT_EQ(countSyllables("0-10"), 2);  // two groups of digits
    EXPECT_EQ(countSyllables("3rd"), 1);
    EXPECT_EQ(countSyllables(""), 0);
    EXPECT_EQ(countSyllables("..."), 0);
}

TEST(ScoreTextTest, EmptyTextGivesZeros) {
    for (const char* text : {"", "   \n\n  ", "...", " - \n * "}) {
        ReadabilityScores s = scoreText(text);
        EXPECT_EQ(s.sentences, 0) << '"' << text << '"';
        EXPECT_EQ(s.words, 0);
        EXPECT_EQ(s.syllables, 0);
        EXPECT_EQ(s.polysyllables, 0);
        EXPECT_EQ(s.grade, 0);
        EXPECT_EQ(s.reading_ease, 0);
        EXPECT_EQ(s.smog, 0);
    }
}

TEST(ScoreTextTest, ShortInstructions) {
    // Lie(1) on(1) your(1) back(1). Bend(1) your(1) knees(1). Hold(1) for(1) 5(1) seconds(2).
    ReadabilityScores s = scoreText("Lie on your back. Bend your knees. Hold for 5 seconds.");
    EXPECT_EQ(s.sentences, 3);
    EXPECT_EQ(s.words, 11);
    EXPECT_EQ(s.syllables, 12);
    EXPECT_EQ(s.polysyllables, 0);
    EXPECT_NEAR(s.grade, 0.39 * 11 / 3 + 11.8 * 12 / 11 - 15.59, 1e-9);
    EXPECT_NEAR(s.grade, -1.2873, 1e-4);
    EXPECT_NEAR(s.reading_ease, 110.8224, 1e-4);
    EXPECT_NEAR(s.smog, 3.1291, 1e-4);
}

TEST(ScoreTextTest, LongWords) {
    // Exercise(3) every(2) day(1). Do(1) the(1) exercises(4) slowly(2) and(1) comfortably(4).
    // Your(1) physiotherapist(6) will(1) help(1) you(1).
    ReadabilityScores s = scoreText(
        "Exercise every day. Do the exercises slowly and comfortably. Your physiotherapist will "
        "help you.");
    EXPECT_EQ(s.sentences, 3);
    EXPECT_EQ(s.words, 14);
    EXPECT_EQ(s.syllables, 29);
    EXPECT_EQ(s.polysyllables, 4);
    EXPECT_NEAR(s.grade, 10.6729, 1e-4);
    EXPECT_NEAR(s.reading_ease, 26.8555, 1e-4);
    EXPECT_NEAR(s.smog, 9.7256, 1e-4);
}

TEST(ScoreTextTest, SmogOfAKnownCase) {
    // 10 sentences, 3 words of 3 or more syllables: sqrt(3 * 30 / 10) = 3, SMOG = 3 * 1.043 +
    // 3.1291. Syllables: 2 + 5 + 5 + 2 + 4 + 1 + 4 + 1 + 3 + 5 = 32 in 20 words.
    ReadabilityScores s = scoreText(
        "Sit down. Relax your shoulders. Exercise daily. Stand up. Walk carefully. Rest. Use a "
        "towel. Breathe. Go slowly. Be comfortable.");
    EXPECT_EQ(s.sentences, 10);
    EXPECT_EQ(s.words, 20);
    EXPECT_EQ(s.syllables, 32);
    EXPECT_EQ(s.polysyllables, 3);
    EXPECT_NEAR(s.smog, 6.2581, 1e-4);
    EXPECT_NEAR(s.grade, 0.39 * 2 + 11.8 * 1.6 - 15.59, 1e-9);
}

TEST(ScoreTextTest, TextWithoutFinalPeriodIsASentence) {
    ReadabilityScores s = scoreText("Lie on your back");
    EXPECT_EQ(s.sentences, 1);
    EXPECT_EQ(s.words, 4);
    EXPECT_EQ(s.syllables, 4);
    EXPECT_NEAR(s.grade, -2.23, 1e-9);
    EXPECT_NEAR(s.reading_ease, 118.175, 1e-9);
}

TEST(ScoreTextTest, LinesAndListItemsAreSentences) {
    EXPECT_EQ(scoreText("Lie on your back\nBend your knees").sentences, 2);
    ReadabilityScores list = scoreText("- Lie down\n- Bend your knees\n\n* Rest\n• Relax\n");
    EXPECT_EQ(list.sentences, 4);
    EXPECT_EQ(list.words, 7);  // the markers are not words
    ReadabilityScores numbered = scoreText("1. Lie down.\n2) Rest.\n(3) Relax.\na) Go.");
    EXPECT_EQ(numbered.sentences, 4);
    EXPECT_EQ(numbered.words, 5);
    EXPECT_EQ(numbered.syllables, 6);
    // A line that ends in a period and the line break after it end one sentence, not two.
    EXPECT_EQ(scoreText("Lie down.\r\nRest.\n\n").sentences, 2);
}

TEST(ScoreTextTest, SentenceEnds) {
    EXPECT_EQ(scoreText("Stop!!! Do not push through pain?! Rest...").sentences, 3);
    EXPECT_EQ(scoreText("He said \"Stop.\" Then rest.").sentences, 2);
    EXPECT_EQ(scoreText("Rest (not too long.) Then walk.").sentences, 2);
    EXPECT_EQ(scoreText("Wait... then go.").sentences, 1);  // an ellipsis before lowercase
    EXPECT_EQ(scoreText("Go on: lift, hold; lower.").sentences, 1);
}

TEST(ScoreTextTest, DecimalsAndAbbreviationsDoNotSplit) {
    // Hold(1) 2.5(1) kg(1), e.g(2) a(1) bag(1) of(1) rice(1). Dr(1) Núñez(2) will(1) check(1)
    // it(1).
    ReadabilityScores s = scoreText("Hold 2.5 kg, e.g. a bag of rice. Dr. Núñez will check it.");
    EXPECT_EQ(s.sentences, 2);
    EXPECT_EQ(s.words, 13);
    EXPECT_EQ(s.syllables, 15);
    EXPECT_NEAR(s.grade, 0.5604, 1e-4);
    EXPECT_NEAR(s.reading_ease, 102.6221, 1e-4);

    EXPECT_EQ(scoreText("Use a band, i.e. a long strip of rubber.").sentences, 1);
    EXPECT_EQ(scoreText("Call M. Núñez today.").sentences, 1);
    EXPECT_EQ(scoreText("Walk 10 min. Rest 2 min. then walk again.").sentences, 2);
    EXPECT_EQ(scoreText("Do it at 8 a.m. Then rest.").sentences, 2);
    EXPECT_EQ(scoreText("Hold for approx. 5 seconds.").sentences, 1);
    EXPECT_EQ(scoreText("Lift 1,000 times. Rest 1.5 hours.").words, 6);
}

TEST(ScoreTextTest, WordsWithApostrophesAndHyphens) {
    // Don't(1) arch(1) your(1) low-back(2) area(3); it's(1) 0(1) 10(1) on(1) a(1) 10(1) point(1)
    // scale(1): a hyphen joins letters only.
    ReadabilityScores s =
        scoreText("Don't arch your low-back area; it's 0-10 on a 10-point scale.");
    EXPECT_EQ(s.sentences, 1);
    EXPECT_EQ(s.words, 13);
    EXPECT_EQ(s.syllables, 16);
    EXPECT_EQ(s.polysyllables, 1);
}

TEST(ScoreTextTest, NonAsciiNames) {
    // Núñez(2) and(1) Søren(2) met(1) Zoë(2) and(1) Иван(1). Curly apostrophes join words.
    ReadabilityScores s = scoreText("Núñez and Søren met Zoë and Иван. Zoë’s knee hurts.");
    EXPECT_EQ(s.sentences, 2);
    EXPECT_EQ(s.words, 10);
    EXPECT_EQ(s.syllables, 14);
    // A letter outside ASCII is never a word break or a sentence end.
    EXPECT_EQ(scoreText("Ask Ñusta Ibáñez.").words, 3);
    EXPECT_EQ(scoreText("Ask Ñusta Ibáñez.").syllables, 1 + 2 + 3);
}

TEST(ScoreTextTest, MalformedUtf8DoesNotCrash) {
    ReadabilityScores s = scoreText("Lie \xff\xfe down. \xc3");
    EXPECT_EQ(s.sentences, 1);
    EXPECT_EQ(s.words, 2);
}

}  // namespace
}  // namespace hep
