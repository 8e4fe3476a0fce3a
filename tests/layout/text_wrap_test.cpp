#include "layout/text_wrap.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "layout/block.h"
#include "layout/export_error.h"
#include "text/utf8.h"

namespace hep {
namespace {

using Lines = std::vector<std::string>;

const FontMetrics& regular() {
    return fontMetrics(FontStyle::Regular);
}

double width(std::string_view text, double size = 14) {
    return regular().textWidth(text, size);
}

TEST(WrapText, BreaksAtSpacesWhereTheLineIsFull) {
    const std::string text = "Do these 5 exercises every day. Move slowly.";
    // Exactly wide enough for "Do these 5 exercises": the line may touch the limit.
    const double exact = width("Do these 5 exercises");
    EXPECT_EQ(wrapText(text, regular(), 14, exact),
              (Lines{"Do these 5 exercises", "every day. Move", "slowly."}));
    // A hair narrower and "exercises" moves down.
    EXPECT_EQ(wrapText(text, regular(), 14, exact - 0.001),
              (Lines{"Do these 5", "exercises every day.", "Move slowly."}));
    EXPECT_EQ(wrapText(text, regular(), 14, 1000), (Lines{text}));
}

TEST(WrapText, CollapsesSpacesAndHonoursHardBreaks) {
    EXPECT_EQ(wrapText("  Hold   for\t20 seconds.  ", regular(), 14, 1000),
              (Lines{"Hold for 20 seconds."}));
    EXPECT_EQ(wrapText("Stop if:\nit hurts more\n\nCall us", regular(), 14, 1000),
              (Lines{"Stop if:", "it hurts more", "", "Call us"}));
    EXPECT_EQ(wrapText("Line one\r\nLine two", regular(), 14, 1000),
              (Lines{"Line one", "Line two"}));
    EXPECT_EQ(wrapText("a\n   \nb", regular(), 14, 1000), (Lines{"a", "", "b"}));
}

TEST(WrapText, EmptyAndBlankTextGiveNoLines) {
    EXPECT_TRUE(wrapText("", regular(), 14, 100).empty());
    EXPECT_TRUE(wrapText("      ", regular(), 14, 100).empty());
    EXPECT_TRUE(wrapText(" \t \n  \n ", regular(), 14, 100).empty());
}

TEST(WrapText, BreaksAWordWiderThanTheLineBetweenCharacters) {
    const std::string word(300, 'x');
    const double max = 100;
    const Lines lines = wrapText(word, regular(), 14, max);
    ASSERT_GT(lines.size(), 1u);
    std::string joined;
    for (const std::string& line : lines) {
        EXPECT_LE(width(line), max);
        joined += line;
    }
    EXPECT_EQ(joined, word);
    // Every line but the last is full: one more character would not fit.
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        EXPECT_GT(width(lines[i] + "x"), max);
    }
    // A long word after a short one starts on its own line; the word after it joins its tail.
    const std::string longWord(lines[0].size() * 2 + 2, 'x');
    EXPECT_EQ(wrapText("Go " + longWord + " now", regular(), 14, max),
              (Lines{"Go", lines[0], lines[0], "xx now"}));
}

TEST(WrapText, NeverSplitsAMultiByteCharacterOrACombiningMark) {
    // Each "ễ" is 3 bytes; "e" + U+0301 is a letter with a combining accent.
    std::string word;
    for (int i = 0; i < 60; ++i) {
        word += i % 2 == 0 ? "\xE1\xBB\x85" : "e\xCC\x81";
    }
    for (double max = 12; max < 80; max += 3.7) {
        const Lines lines = wrapText(word, regular(), 14, max);
        std::string joined;
        for (const std::string& line : lines) {
            EXPECT_TRUE(isValidUtf8(line)) << max;
            EXPECT_NE(decodeUtf8(line, 0).codePoint, char32_t{0x301}) << max;
            EXPECT_LE(width(line), max);
            joined += line;
        }
        EXPECT_EQ(joined, word);
    }
    const Lines polish = wrapText("Łódź żółć", regular(), 14, width("Łód"));
    EXPECT_EQ(polish, (Lines{"Łód", "ź", "żół", "ć"}));
}

TEST(WrapText, RefusesALineNarrowerThanACharacter) {
    EXPECT_THROW(wrapText("W", regular(), 14, 1), ExportError);
    EXPECT_THROW(wrapText("word", regular(), 14, 0), ExportError);
    EXPECT_THROW(wrapText("word", regular(), 0, 100), ExportError);
}

TEST(WrapText, RandomTextKeepsEveryWordAndFits) {
    const std::vector<std::string> pieces = {
        "a", "b", "e", "m", "W", "1",  ".", ",",        "é", "ñ", "ü", "Ł", "ó",  "ź",  "ż", "ễ",
        "ư", "ơ", "Đ", "Ω", "Ж", "中", "😀", "\xCC\x81", "☐", " ", " ", " ", "  ", "\t", "\n"};
    std::mt19937 random(20240611);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::uniform_int_distribution<int> length(0, 400);
    std::uniform_real_distribution<double> maxWidth(40, 400);  // "Ж" at 24 pt is 28.6
    std::uniform_int_distribution<int> sizes(10, 24);
    const auto words = [](std::string_view text) {
        std::string out;
        for (const char c : text) {
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                out += c;
            }
        }
        return out;
    };
    for (int round = 0; round < 500; ++round) {
        std::string text;
        for (int i = length(random); i > 0; --i) {
            text += pieces[pick(random)];
        }
        const double max = maxWidth(random);
        const double size = sizes(random);
        const FontMetrics& font = round % 2 == 0 ? regular() : fontMetrics(FontStyle::Bold);
        const Lines lines = wrapText(text, font, size, max);
        std::string joined;
        for (const std::string& line : lines) {
            EXPECT_LE(font.textWidth(line, size), max) << text;
            EXPECT_TRUE(isValidUtf8(line));
            EXPECT_EQ(line.find("  "), std::string::npos);
            if (!line.empty()) {
                EXPECT_NE(line.front(), ' ');
                EXPECT_NE(line.back(), ' ');
            }
            joined += line;
        }
        ASSERT_EQ(words(joined), words(text)) << "round " << round;
    }
}

TEST(MissingGlyphs, FindsWhatDejaVuCannotDraw) {
    EXPECT_TRUE(findMissingGlyphs("Núñez, Łódź, Nguyễn: Ω Ж ☐ ✓", regular()).empty());
    EXPECT_TRUE(findMissingGlyphs("tabs\tand\nbreaks\r\n", regular()).empty());
    EXPECT_EQ(findMissingGlyphs("Hi 😀 中文 😀 x", regular()),
              (std::vector<char32_t>{0x1F600, 0x4E2D, 0x6587}));
    EXPECT_EQ(findMissingGlyphs("bad \xFF byte", regular()), (std::vector<char32_t>{0xFFFD}));
    EXPECT_EQ(findMissingGlyphs(std::string("nul\0x", 5), regular()), (std::vector<char32_t>{0}));
}

TEST(MissingGlyphs, ReplacesThemWithAMarkTheFontHas) {
    EXPECT_TRUE(regular().hasGlyph(0xFFFD));
    EXPECT_EQ(replacementMark(regular()), char32_t{0xFFFD});
    EXPECT_EQ(replaceMissingGlyphs("Hi 😀 中\xFF!\nok", regular()),
              "Hi \xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD!\nok");
    EXPECT_EQ(replaceMissingGlyphs("Núñez", regular()), "Núñez");
    EXPECT_TRUE(findMissingGlyphs(replaceMissingGlyphs("😀 中 \x80", regular()), regular()).empty());
}

std::string withoutSpaces(std::string text) {
    std::erase_if(text, [](char c) { return c == ' ' || c == '\n'; });
    return text;
}

// Whether a line holds more than one word.
bool severalWords(const LaidOutLine& line) {
    return std::any_of(line.pieces.begin(), line.pieces.end(), [](const auto& piece) {
        return piece.first.find(' ') != std::string::npos;
    });
}

// The width of a line's first word, which may run over pieces of both faces.
double firstWordWidth(const LaidOutLine& line, double size) {
    double width = 0;
    for (const auto& [text, font] : line.pieces) {
        const auto space = text.find(' ');
        width += fontMetrics(font).textWidth(text.substr(0, space), size);
        if (space != std::string::npos) {
            break;
        }
    }
    return width;
}

// Random paragraphs over words of both faces, spaces or none between spans, line breaks, and
// words wider than the line, broken at six widths: no line is wider than the width, nothing is
// lost, each line ends only where its next word would not fit (when no line break is given),
// and a paragraph measured once counts the same lines. (A word wider than the line starts a
// new one; its first piece fills that line, so the check of full lines skips such lines.)
TEST(BreakSpans, FillsEachLineAndLosesNothing) {
    const std::vector<std::string> words{
        "Do",      "this", "10",     "times.", "Rest,", "then",
        "repeat.", "\n",   "Ilıklı", "Nguyễn", "hold",  "Supercalifragilisticexpialidocious",
        "a"};
    std::mt19937 random(11);
    for (int n = 0; n < 400; ++n) {
        std::vector<Span> spans;
        std::string all;
        const int count = static_cast<int>(random() % 3) + 1;
        for (int k = 0; k < count; ++k) {
            std::string text = random() % 2 ? " " : "";
            const int length = static_cast<int>(random() % 14);
            for (int w = 0; w < length; ++w) {
                const std::string& word = words[random() % words.size()];
                text += word + (random() % 5 ? " " : "");
            }
            spans.push_back({text, random() % 3 ? FontStyle::Regular : FontStyle::Bold});
            all += text;
        }
        const bool hard_breaks = all.find('\n') != std::string::npos;
        const double size = random() % 2 ? 14 : 18;
        const MeasuredParagraph measured(spans, size);
        for (double limit : {24.0, 40.0, 95.5, 133.0, 240.0, 504.0}) {
            const auto lines = breakSpans(spans, size, [&](std::size_t) { return limit; });
            EXPECT_EQ(measured.lineCount(limit), lines.size()) << n << " at " << limit;
            std::string printed;
            for (std::size_t i = 0; i < lines.size(); ++i) {
                double width = 0;
                for (const auto& [text, font] : lines[i].pieces) {
                    width += fontMetrics(font).textWidth(text, size);
                    printed += text;
                }
                EXPECT_LE(width, limit + 1e-9) << n << " line " << i << " at " << limit;
                EXPECT_NEAR(width, lines[i].width, 1e-9) << n << " line " << i;
                // A line's first word is whole when a space or the paragraph's end follows it (a
                // word wider than the line starts a new one, and its first piece fills it).
                if (!hard_breaks && i + 1 < lines.size() &&
                    (i + 2 == lines.size() || severalWords(lines[i + 1]))) {
                    const FontStyle next = lines[i + 1].pieces.front().second;
                    EXPECT_GT(width + fontMetrics(next).textWidth(" ", size) +
                                  firstWordWidth(lines[i + 1], size),
                              limit)
                        << n << ": the first word of line " << i + 1 << " fits on line " << i
                        << " at " << limit;
                }
            }
            EXPECT_EQ(withoutSpaces(printed), withoutSpaces(all)) << n << " at " << limit;
        }
    }
}

}  // namespace
}  // namespace hep
