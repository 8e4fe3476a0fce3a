// The ToUnicode CMap put in place of libharu's for UTF-8 fonts.
#include "to_unicode_cmap.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace hep {
namespace {

// Each high byte but the surrogates' maps its 256 codes to the same code points, in sections of
// at most 100 ranges, each range within one high byte.
TEST(ToUnicodeCmap, MapsEveryCodeToItsOwnCodePoint) {
    std::istringstream lines(identityToUnicodeCmap());
    int ranges = 0, sections = 0, declared = 0, inSection = 0;
    unsigned expected = 0;
    for (std::string line; std::getline(lines, line);) {
        if (line.find("beginbfrange") != std::string::npos) {
            ++sections;
            declared = std::stoi(line);
            inSection = 0;
            EXPECT_LE(declared, 100);
        } else if (line == "endbfrange") {
            EXPECT_EQ(inSection, declared);
        } else if (line.size() == 20 && line[0] == '<') {
            if (expected == 0xD8) {
                expected = 0xE0;
            }
            char want[24];
            std::snprintf(want, sizeof want, "<%02X00> <%02XFF> <%02X00>", expected, expected,
                          expected);
            EXPECT_EQ(line, want);
            ++expected;
            ++ranges;
            ++inSection;
        }
    }
    EXPECT_EQ(ranges, 248);
    EXPECT_EQ(sections, 3);
    EXPECT_EQ(expected, 0x100u);
}

TEST(ToUnicodeCmap, KnowsLibharusCmapOfUtf8Fonts) {
    const std::string libharu =
        "/CMapName /UTF-8 def\r\n/CMapType 1 def\r\n1 begincodespacerange\r\n<0000> <FFFF>\r\n"
        "endcodespacerange\r\n\r\n1 begincidrange\r\n<0000> <FFFF> 0\r\nendcidrange\r\n";
    EXPECT_TRUE(isLibharuUtf8ToUnicode(libharu));
    EXPECT_FALSE(isLibharuUtf8ToUnicode(identityToUnicodeCmap()));
    EXPECT_FALSE(isLibharuUtf8ToUnicode("/CMapName /GBK-EUC-H def 1 begincidrange"));
}

}  // namespace
}  // namespace hep
