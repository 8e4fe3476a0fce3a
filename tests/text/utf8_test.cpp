#include "text/utf8.h"

#include <gtest/gtest.h>

namespace hep {
namespace {

TEST(Utf8, DecodesOneToFourByteCharacters) {
    const std::string text = "a\xC3\xA9\xE1\xBB\x85\xF0\x9F\x98\x80";  // a é ễ 😀
    Utf8Char ch = decodeUtf8(text, 0);
    EXPECT_EQ(ch.codePoint, U'a');
    EXPECT_EQ(ch.size, 1u);
    ch = decodeUtf8(text, 1);
    EXPECT_EQ(ch.codePoint, char32_t{0xE9});
    EXPECT_EQ(ch.size, 2u);
    ch = decodeUtf8(text, 3);
    EXPECT_EQ(ch.codePoint, char32_t{0x1EC5});
    EXPECT_EQ(ch.size, 3u);
    ch = decodeUtf8(text, 6);
    EXPECT_EQ(ch.codePoint, char32_t{0x1F600});
    EXPECT_EQ(ch.size, 4u);
    EXPECT_TRUE(isValidUtf8(text));
}

TEST(Utf8, RejectsMalformedSequencesOneByteAtATime) {
    for (const std::string bad : {"\x80", "\xC3", "\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80",
                                  "\xF4\x90\x80\x80", "\xFF", "\xC3\x41"}) {
        const Utf8Char ch = decodeUtf8(bad, 0);
        EXPECT_FALSE(ch.valid) << bad;
        EXPECT_EQ(ch.size, 1u);
        EXPECT_EQ(ch.codePoint, char32_t{0xFFFD});
        EXPECT_FALSE(isValidUtf8(bad));
    }
}

TEST(Utf8, EncodesAndRoundTrips) {
    for (const char32_t cp : {U'A', char32_t{0xE9}, char32_t{0x141}, char32_t{0x1EC5},
                              char32_t{0xFFFD}, char32_t{0x1F600}, char32_t{0x10FFFF}}) {
        std::string text;
        appendUtf8(text, cp);
        const Utf8Char ch = decodeUtf8(text, 0);
        EXPECT_TRUE(ch.valid);
        EXPECT_EQ(ch.codePoint, cp);
        EXPECT_EQ(ch.size, text.size());
    }
    std::string surrogate;
    appendUtf8(surrogate, 0xD800);
    EXPECT_EQ(surrogate, "\xEF\xBF\xBD");
}

TEST(Utf8, NamesCodePoints) {
    EXPECT_EQ(codePointName(0xE9), "U+00E9");
    EXPECT_EQ(codePointName(0x1F600), "U+1F600");
}

// Messages are one line a terminal prints as it is: a newline, ESC or BEL typed into a value
// or a key does not move the cursor, change colours or ring (issue 13, item 12).
TEST(OneLineMessage, ControlCharactersAreWrittenOut) {
    EXPECT_EQ(oneLineMessage("a\nb\tc\x1b[31md\x07"
                             "e\x7f"),
              "a\\nb\\tc\\x1b[31md\\x07e\\x7f");
    EXPECT_EQ(oneLineMessage("Núñez 😀"), "Núñez 😀");
}

}  // namespace
}  // namespace hep
