// Numbers typed by a person: used as typed, or refused with what is wrong; never clamped.
#include "core/number_input.h"

#include <gtest/gtest.h>

#include "text/utf8.h"

namespace hep {
namespace {

TEST(NumberInput, DigitsWithinBoundsAreTheNumber) {
    EXPECT_EQ(readNumberInput("12", 0, 100).value, 12);
    EXPECT_EQ(readNumberInput(" 45 ", 0, 600).value, 45);
    EXPECT_EQ(readNumberInput("0", 0, 10).value, 0);
    EXPECT_EQ(readNumberInput("007", 0, 10).value, 7);
    EXPECT_EQ(readNumberInput("600", 0, 600).value, 600);
    EXPECT_TRUE(readNumberInput("12", 0, 100).problem.empty());
}

TEST(NumberInput, TooLargeIsRefusedNotClamped) {
    auto big = readNumberInput("9999", 0, 600, "seconds");
    EXPECT_FALSE(big.value.has_value());
    EXPECT_EQ(big.problem, "9999 is more than 600 seconds, the most");
    auto huge = readNumberInput("99999999999999999999999", 0, 100);
    EXPECT_FALSE(huge.value.has_value());
    EXPECT_EQ(huge.problem, "99999999999999999... is more than 100, the most");
    EXPECT_EQ(readNumberInput("601", 0, 600).problem, "601 is more than 600, the most");
}

TEST(NumberInput, BelowTheLeastIsRefused) {
    auto small = readNumberInput("0", 1, 10);
    EXPECT_FALSE(small.value.has_value());
    EXPECT_EQ(small.problem, "0 is less than 1, the least");
}

TEST(NumberInput, SignsLettersAndFractionsAreNotNumbers) {
    for (const char* text : {"-", "-3", "+3", "1.5", "12a", "x", "1 2", "½", "١٢"}) {
        auto read = readNumberInput(text, 0, 100);
        EXPECT_FALSE(read.value.has_value()) << text;
        EXPECT_EQ(read.problem,
                  "\"" + std::string(text) + "\" is not a whole number: type digits only")
            << text;
    }
}

TEST(NumberInput, EmptyIsNotZero) {
    auto empty = readNumberInput("  ", 0, 12);
    EXPECT_FALSE(empty.value.has_value());
    EXPECT_EQ(empty.problem, "is empty: type a number from 0 to 12");
}

TEST(NumberInput, LongPastedTextIsQuotedShortAndWhole) {
    std::string pasted(500, 'x');
    pasted = "ééé" + pasted;
    auto read = readNumberInput(pasted, 0, 100);
    EXPECT_FALSE(read.value.has_value());
    EXPECT_TRUE(isValidUtf8(read.problem));
    EXPECT_LT(read.problem.size(), 80u);
    EXPECT_EQ(read.problem.rfind("\"éééxxxxxxxxxxxxxx...\"", 0), 0u) << read.problem;
}

TEST(ShortenForMessage, CutsByCharactersWithDots) {
    EXPECT_EQ(shortenForMessage("short", 10), "short");
    EXPECT_EQ(shortenForMessage("exactly10!", 10), "exactly10!");
    EXPECT_EQ(shortenForMessage("eleven chars", 10), "eleven ...");
    EXPECT_EQ(shortenForMessage("ééééééééééé", 10), "ééééééé...");
}

}  // namespace
}  // namespace hep
