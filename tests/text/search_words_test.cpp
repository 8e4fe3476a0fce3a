// The words a search compares: split at punctuation, lower case, Latin accents folded.
#include "text/search_words.h"

#include <gtest/gtest.h>

namespace hep {
namespace {

using Words = std::vector<std::string>;

TEST(SearchWords, SplitAtWhatIsNotALetterOrDigit) {
    EXPECT_EQ(searchWords("Knee-to-chest, 2x/day"), (Words{"knee", "to", "chest", "2x", "day"}));
    EXPECT_EQ(searchWords("  "), Words{});
    EXPECT_EQ(searchWords("don\xE2\x80\x99t\xC2\xA0stop\xE2\x80\x94now"),  // ’, no-break space, —
              (Words{"don", "t", "stop", "now"}));
}

TEST(SearchWords, FoldCaseAndLatinAccents) {
    EXPECT_EQ(searchWords("Núñez ÉLAN Straße Łódź"), (Words{"nunez", "elan", "strase", "lodz"}));
    EXPECT_EQ(searchWords("Œuvre ĳ"), (Words{"ouvre", "i"}));
}

TEST(SearchWords, KeepOtherScriptsAsTheyAre) {
    EXPECT_EQ(searchWords("колено knee"), (Words{"колено", "knee"}));
    EXPECT_EQ(searchWords("\xFF"
                          "abc"),
              (Words{"\xEF\xBF\xBD"
                     "abc"}));  // invalid byte: U+FFFD
}

}  // namespace
}  // namespace hep
