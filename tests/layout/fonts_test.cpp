#include "layout/fonts.h"

#include <gtest/gtest.h>

#include <fstream>

#include "layout/export_error.h"
#include "tests/support/test_support.h"

namespace hep {
namespace {

using test::ScopedEnv;
using test::TempDir;

TEST(Fonts, FindsDejaVuInTheSystemFolder) {
    ScopedEnv env("HEP_FONT_DIR", std::nullopt);
    EXPECT_EQ(findFontFile(FontStyle::Regular), "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    EXPECT_EQ(findFontFile(FontStyle::Bold),
              "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");
}

TEST(Fonts, HepFontDirWins) {
    TempDir dir;
    std::filesystem::copy_file("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                               dir.path() / "DejaVuSans.ttf");
    ScopedEnv env("HEP_FONT_DIR", dir.path().string());
    EXPECT_EQ(findFontFile(FontStyle::Regular), dir.path() / "DejaVuSans.ttf");
    try {
        findFontFile(FontStyle::Bold);
        FAIL() << "a missing font must throw";
    } catch (const ExportError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("fonts-dejavu-core"), std::string::npos) << message;
        EXPECT_NE(message.find((dir.path() / "DejaVuSans-Bold.ttf").string()), std::string::npos)
            << message;
        EXPECT_NE(message.find("HEP_FONT_DIR"), std::string::npos) << message;
    }
}

TEST(Fonts, MissingFontNamesTheDebianPackage) {
    TempDir dir;
    ScopedEnv env("HEP_FONT_DIR", dir.path().string());
    try {
        findFontFile(FontStyle::Regular);
        FAIL() << "a missing font must throw";
    } catch (const ExportError& error) {
        EXPECT_NE(std::string(error.what()).find("fonts-dejavu-core"), std::string::npos)
            << error.what();
    }
}

TEST(Fonts, DamagedOrWrongFontFilesThrowNamingTheFile) {
    TempDir dir;
    const auto file = dir.path() / "broken.ttf";
    {
        std::ofstream out(file, std::ios::binary);
        out << "OTTO and nothing else";
    }
    try {
        FontMetrics metrics(file);
        FAIL() << "a CFF font must be refused";
    } catch (const ExportError& error) {
        EXPECT_NE(std::string(error.what()).find(file.string()), std::string::npos);
        EXPECT_NE(std::string(error.what()).find("CFF"), std::string::npos);
    }
    // A real font cut in half: tables reach past the end.
    std::vector<unsigned char> bytes =
        test::readBytes("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    bytes.resize(bytes.size() / 2);
    test::writeBytes(file, bytes);
    EXPECT_THROW(FontMetrics{file}, ExportError);
    EXPECT_THROW(FontMetrics{dir.path() / "absent.ttf"}, ExportError);
    // An empty file and a folder cannot be mapped: refused, naming the file.
    test::writeBytes(file, {});
    for (const auto& bad : {file, dir.path()}) {
        try {
            FontMetrics metrics(bad);
            FAIL() << bad << " must be refused";
        } catch (const ExportError& error) {
            EXPECT_NE(std::string(error.what()).find(bad.string()), std::string::npos);
        }
    }
}

TEST(FontMetrics, KnownWidthsAndMetrics) {
    const FontMetrics& regular = fontMetrics(FontStyle::Regular);
    EXPECT_EQ(regular.unitsPerEm(), 2048);
    // libharu: "Hello" is 2531 thousandths of the size.
    EXPECT_EQ(regular.widthUnits("Hello"), 2531);
    EXPECT_DOUBLE_EQ(regular.textWidth("Hello", 10), 25.31);
    EXPECT_DOUBLE_EQ(regular.textWidth("", 14), 0.0);
    EXPECT_NEAR(regular.ascent(1000), 1901.0 * 1000 / 2048, 1e-9);
    EXPECT_NEAR(regular.descent(1000), 483.0 * 1000 / 2048, 1e-9);
    EXPECT_GT(fontMetrics(FontStyle::Bold).textWidth("Hello", 10), regular.textWidth("Hello", 10));
}

TEST(FontMetrics, CachedAccessorLoadsOnce) {
    EXPECT_EQ(&fontMetrics(FontStyle::Regular), &fontMetrics(FontStyle::Regular));
    EXPECT_EQ(&fontMetrics(FontStyle::Bold), &fontMetrics(FontStyle::Bold));
    EXPECT_NE(&fontMetrics(FontStyle::Regular), &fontMetrics(FontStyle::Bold));
    EXPECT_EQ(fontMetrics(FontStyle::Bold).file().filename(), "DejaVuSans-Bold.ttf");
}

TEST(FontMetrics, KnowsWhichCharactersItCanDraw) {
    const FontMetrics& font = fontMetrics(FontStyle::Regular);
    for (const char32_t cp :
         {U'A', U' ', char32_t{0xE9}, char32_t{0xF1}, char32_t{0x141}, char32_t{0x17A},
          char32_t{0x1EC5}, char32_t{0x3A9}, char32_t{0x416}, char32_t{0x2610}, char32_t{0xFFFD}}) {
        EXPECT_TRUE(font.hasGlyph(cp)) << std::hex << static_cast<unsigned>(cp);
    }
    // Chinese, Devanagari, Thai: not in DejaVu Sans. Emoji and other characters beyond U+FFFF:
    // libharu draws a space. Control characters: nothing to draw.
    for (const char32_t cp :
         {char32_t{0x4E2D}, char32_t{0x0915}, char32_t{0x0E01}, char32_t{0x1F600},
          char32_t{0x1D400}, U'\t', U'\n', char32_t{0}, char32_t{0x7F}, char32_t{0x85}}) {
        EXPECT_FALSE(font.hasGlyph(cp)) << std::hex << static_cast<unsigned>(cp);
    }
    // DejaVu maps some characters above U+FFFF in its format 12 cmap, even a few emoji, but
    // libharu cannot reach them: glyphIndex sees them, hasGlyph says no.
    EXPECT_NE(font.glyphIndex(0x1D538), 0);
    EXPECT_NE(font.glyphIndex(0x1F600), 0);
    EXPECT_FALSE(font.hasGlyph(0x1D538));
    EXPECT_EQ(font.glyphIndex(0x1D400), 0);
    EXPECT_EQ(font.glyphIndex(0x4E2D), 0);
}

TEST(FontMetrics, BeyondTheBmpMeasuresAsASpaceLikeLibharu) {
    const FontMetrics& font = fontMetrics(FontStyle::Regular);
    EXPECT_EQ(font.widthUnits("\xF0\x9F\x98\x80"), font.widthUnits(" "));
}

}  // namespace
}  // namespace hep
