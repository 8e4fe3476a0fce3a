// Font subsets cut with HarfBuzz: valid TrueType files that measure, map and draw their characters
// exactly like the full DejaVu fonts, hold nothing else, and make the handout PDF small.
#include "font_subset.h"

#include <gtest/gtest.h>
#include <hpdf.h>

#include <algorithm>
#include <cstring>
#include <set>

#include "hpdf_document.h"
#include "layout/export_error.h"
#include "layout/handout_layout.h"
#include "pdf/pdf_writer.h"
#include "tests/pdf/font_test_tools.h"
#include "tests/pdf/ttf_reader.h"
#include "tests/support/handout_fixtures.h"
#include "tests/support/test_support.h"
#include "text/utf8.h"

namespace hep {
namespace {

using test::charactersOf;
using test::requireTool;
using test::runCommand;
using test::shellQuote;
using test::Ttf;

const char* const kTexts[] = {
    "Hello, world! Do these 5 exercises every day.",
    "Núñez, José María; Françoise Müller; Søren Ærø; Ångström; œuvre; Straße",
    "Łódź, Wrocław, Gdańsk, Kraków: źdźbło, żółć, gęślą jaźń, ŻÓŁĆ",
    "Nguyễn Thị Minh Khai, Trần Hưng Đạo, Phạm Văn Đồng, người, được, ướt, ộ",
    "Ελληνικά, Русский язык, Українська, Čeština, Română: ș ț, Türkçe: ğ ı ş",
    "“Quotes” — dashes – ellipsis… bullet • ☐ ☑ ✓ ½ ° ± × ÷ € £ ¥ © ®",
};

std::string allTexts() {
    std::string all;
    for (const char* text : kTexts) {
        all += text;
    }
    return all;
}

std::u32string decode(std::string_view text) {
    std::u32string result;
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Char ch = decodeUtf8(text, pos);
        result.push_back(ch.codePoint);
        pos += ch.size;
    }
    return result;
}

Ttf fullFont(FontStyle style) {
    return Ttf(test::readBytes(fontMetrics(style).file()));
}

std::filesystem::path saveFont(const test::TempDir& dir, const std::vector<unsigned char>& font,
                               const std::string& name = "subset.ttf") {
    auto file = dir.path() / name;
    test::writeBytes(file, font);
    return file;
}

TEST(CharacterSet, CollectsCodePointsInOrder) {
    CharacterSet characters;
    EXPECT_TRUE(characters.empty());
    characters.addText("zéa\xFF");
    characters.add(U'a');
    characters.add(U'😀');  // libharu draws a space for it
    EXPECT_FALSE(characters.empty());
    EXPECT_TRUE(characters.contains(U' '));
    EXPECT_FALSE(characters.contains(U'😀'));
    EXPECT_EQ(characters.codePoints(), (std::vector<char32_t>{U' ', U'a', U'z', U'é', 0xFFFD}));
}

TEST(FontSubset, IsAValidTrueTypeFile) {
    for (const FontStyle style : {FontStyle::Regular, FontStyle::Bold}) {
        const Ttf font(subsetFont(style, charactersOf(allTexts())));
        const std::vector<unsigned char>& data = font.data();
        EXPECT_EQ(font.u32(0), 0x00010000u);
        // The tables libharu embeds, and no others.
        std::vector<std::string> tags = font.tags();
        EXPECT_TRUE(std::is_sorted(tags.begin(), tags.end()));
        EXPECT_EQ(tags,
                  (std::vector<std::string>{"OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea",
                                            "hmtx", "loca", "maxp", "name", "post", "prep"}));
        EXPECT_EQ(font.u16(6), 8u * 16);  // searchRange for 13 tables
        for (const std::string& tag : font.tags()) {
            const Ttf::Table& table = font.table(tag);
            EXPECT_EQ(table.offset % 4, 0u) << tag;
            ASSERT_LE(table.offset + table.length, data.size()) << tag;
            std::vector<unsigned char> copy(data.begin() + table.offset,
                                            data.begin() + table.offset + table.length);
            if (tag == "head") {  // checkSumAdjustment is left out of head's own checksum
                std::fill(copy.begin() + 8, copy.begin() + 12, 0);
            }
            EXPECT_EQ(test::trueTypeChecksum(copy.data(), copy.size()), table.checksum) << tag;
        }
        EXPECT_EQ(test::trueTypeChecksum(data.data(), data.size()), 0xB1B0AFBAu);
        const std::uint32_t glyphs = font.glyphCount();
        const std::uint32_t metrics = font.u16(font.table("hhea").offset + 34);
        EXPECT_LE(metrics, glyphs);
        EXPECT_EQ(font.table("hmtx").length, 4 * metrics + 2 * (glyphs - metrics));
        const bool longLoca = font.u16(font.table("head").offset + 50) != 0;
        EXPECT_EQ(font.table("loca").length, (longLoca ? 4 : 2) * (glyphs + 1));
        EXPECT_EQ(font.u32(font.table("post").offset), 0x00030000u);
        // libharu reads the Windows Unicode BMP subtable, format 4.
        const std::size_t cmap = font.table("cmap").offset;
        bool windowsBmp = false;
        for (std::uint32_t i = 0; i < font.u16(cmap + 2); ++i) {
            const std::size_t record = cmap + 4 + 8 * std::size_t{i};
            windowsBmp = windowsBmp || (font.u16(record) == 3 && font.u16(record + 2) == 1 &&
                                        font.u16(cmap + font.u32(record + 4)) == 4);
        }
        EXPECT_TRUE(windowsBmp);
    }
}

TEST(FontSubset, FreeTypeReadsTheNamesAndExactlyTheCharacters) {
    requireTool("fc-query", "fontconfig");
    test::TempDir dir;
    const char* const names[] = {"DejaVu Sans|Book|", "DejaVu Sans|Bold|"};
    for (const FontStyle style : {FontStyle::Regular, FontStyle::Bold}) {
        const auto file = saveFont(dir, subsetFont(style, charactersOf("Núñez 1-3")));
        const test::CommandResult query =
            runCommand("fc-query --format='%{family}|%{style}|%{charset}' " + shellQuote(file));
        ASSERT_EQ(query.exitCode, 0) << query.errors;
        // The characters, plus H and x for libharu's cap and x heights.
        EXPECT_EQ(query.output,
                  std::string(names[style == FontStyle::Bold]) + "20 2d 31 33 48 4e 65 78 7a f1 fa")
            << query.output;
    }
}

TEST(FontSubset, MeasuresEveryCharacterLikeTheFullFont) {
    test::TempDir dir;
    for (const FontStyle style : {FontStyle::Regular, FontStyle::Bold}) {
        const FontMetrics& full = fontMetrics(style);
        for (const char* text : kTexts) {
            const FontMetrics subset(saveFont(dir, subsetFont(style, charactersOf(text))));
            EXPECT_EQ(subset.unitsPerEm(), full.unitsPerEm());
            EXPECT_EQ(subset.ascent(1000), full.ascent(1000));
            EXPECT_EQ(subset.descent(1000), full.descent(1000));
            EXPECT_EQ(subset.lineGap(1000), full.lineGap(1000));
            EXPECT_EQ(subset.widthUnits(text), full.widthUnits(text)) << text;
            for (const char32_t cp : decode(text)) {
                EXPECT_TRUE(subset.hasGlyph(cp)) << codePointName(cp) << " in " << text;
                EXPECT_EQ(subset.charWidthUnits(cp), full.charWidthUnits(cp))
                    << codePointName(cp) << " in " << text;
            }
        }
    }
}

TEST(FontSubset, HoldsOnlyTheGlyphsOfTheText) {
    test::TempDir dir;
    const std::string text = "Núñez, ½";
    const std::vector<unsigned char> bytes = subsetFont(FontStyle::Regular, charactersOf(text));
    const FontMetrics subset(saveFont(dir, bytes));
    const FontMetrics& full = fontMetrics(FontStyle::Regular);
    CharacterSet expected = charactersOf(text);
    expected.add(U'H');
    expected.add(U'x');
    std::set<std::uint16_t> mapped{0};
    for (char32_t cp = 0; cp < 0xFFFF; ++cp) {
        if (expected.contains(cp)) {
            EXPECT_NE(subset.glyphIndex(cp), 0) << codePointName(cp);
            mapped.insert(subset.glyphIndex(cp));
        } else if (subset.glyphIndex(cp) != 0) {
            ADD_FAILURE() << codePointName(cp) << " is not in the text but has a glyph";
        }
    }
    EXPECT_FALSE(subset.hasGlyph(U'a'));
    EXPECT_EQ(mapped.size(), 11u);  // .notdef and one glyph per character
    EXPECT_LT(subset.glyphCount(), 20);
    EXPECT_GT(full.glyphCount(), 5000);
    EXPECT_LT(bytes.size(), 12000u);
    // Every glyph with an outline is reachable: mapped or a component of one.
    const Ttf font(bytes);
    std::set<std::uint32_t> reached(mapped.begin(), mapped.end());
    for (std::uint32_t id = 0; id < font.glyphCount(); ++id) {
        const std::vector<unsigned char> glyph = font.glyph(id);
        for (const std::size_t pos : Ttf::components(glyph)) {
            reached.insert((glyph[pos] << 8) | glyph[pos + 1]);
        }
    }
    for (std::uint32_t id = 0; id < font.glyphCount(); ++id) {
        EXPECT_TRUE(font.glyph(id).empty() || reached.count(id) != 0) << "glyph " << id;
    }
}

TEST(FontSubset, GlyphsHaveTheFullFontsOutlinesWithCompositesOneLevelDeep) {
    test::TempDir dir;
    for (const FontStyle style : {FontStyle::Regular, FontStyle::Bold}) {
        const Ttf full = fullFont(style);
        const FontMetrics& fullMetrics = fontMetrics(style);
        for (const std::string& text : std::vector<std::string>{"é", "ộ", "ễ", allTexts()}) {
            const std::vector<unsigned char> bytes = subsetFont(style, charactersOf(text));
            const Ttf subset(bytes);
            const FontMetrics subsetMetrics(saveFont(dir, bytes));
            EXPECT_EQ(subset.outline(0), full.outline(0));
            for (const char32_t cp : decode(text)) {
                EXPECT_EQ(subset.outline(subsetMetrics.glyphIndex(cp)),
                          full.outline(fullMetrics.glyphIndex(cp)))
                    << codePointName(cp);
            }
            // libharu embeds the direct components of the glyphs drawn, not theirs.
            EXPECT_EQ(subset.compositeDepth(), 1) << text;
            if (text.size() < 4) {
                // Composites in DejaVu (ộ and ễ nest one in another): the letter and its accents
                // are separate glyphs, not mapped to characters of their own in the subset.
                const std::uint32_t glyph = subsetMetrics.glyphIndex(decode(text)[0]);
                EXPECT_GE(subset.outline(glyph).size(), 2u) << text;
                EXPECT_FALSE(Ttf::components(subset.glyph(glyph)).empty()) << text;
                EXPECT_FALSE(subsetMetrics.hasGlyph(U'e'));
                EXPECT_FALSE(subsetMetrics.hasGlyph(U'o'));
            }
        }
    }
}

TEST(FontSubset, LibharuMeasuresAndDescribesItLikeTheFullFont) {
    for (const FontStyle style : {FontStyle::Regular, FontStyle::Bold}) {
        HpdfDocument pdf;
        pdf.check(HPDF_UseUTFEncodings(pdf.get()), "use UTF encodings");
        pdf.check(HPDF_SetCurrentEncoder(pdf.get(), "UTF-8"), "select UTF-8");
        const std::string fullName = fontMetrics(style).file().string();
        const HPDF_Font full = pdf.checkHandle(
            HPDF_GetFont(
                pdf.get(),
                pdf.checkHandle(HPDF_LoadTTFontFromFile(pdf.get(), fullName.c_str(), HPDF_FALSE),
                                "load the full font"),
                "UTF-8"),
            "get the full font");

        HpdfDocument other;  // a font of the same name cannot be loaded twice in one document
        other.check(HPDF_UseUTFEncodings(other.get()), "use UTF encodings");
        other.check(HPDF_SetCurrentEncoder(other.get(), "UTF-8"), "select UTF-8");
        const char* name =
            other.loadTrueTypeFont(subsetFont(style, charactersOf(allTexts())), "load a subset");
        const HPDF_Font subset =
            other.checkHandle(HPDF_GetFont(other.get(), name, "UTF-8"), "get the subset");
        EXPECT_STREQ(HPDF_Font_GetFontName(subset), HPDF_Font_GetFontName(full));
        for (const char* text : kTexts) {
            const auto units = [&](HPDF_Font font) {
                return HPDF_Font_TextWidth(font, reinterpret_cast<const HPDF_BYTE*>(text),
                                           static_cast<HPDF_UINT>(std::strlen(text)))
                    .width;
            };
            EXPECT_EQ(units(subset), units(full)) << text;
            EXPECT_EQ(static_cast<long>(units(subset)), fontMetrics(style).widthUnits(text));
        }
        // The PDF font descriptor: cap height and x height come from the glyphs of H and x.
        EXPECT_EQ(HPDF_Font_GetCapHeight(subset), HPDF_Font_GetCapHeight(full));
        EXPECT_EQ(HPDF_Font_GetXHeight(subset), HPDF_Font_GetXHeight(full));
        EXPECT_EQ(HPDF_Font_GetAscent(subset), HPDF_Font_GetAscent(full));
        EXPECT_EQ(HPDF_Font_GetDescent(subset), HPDF_Font_GetDescent(full));
        const HPDF_Box a = HPDF_Font_GetBBox(subset);
        const HPDF_Box b = HPDF_Font_GetBBox(full);
        EXPECT_EQ(std::vector<float>({a.left, a.bottom, a.right, a.top}),
                  std::vector<float>({b.left, b.bottom, b.right, b.top}));
        // Loading a font of the same name again gives the first one.
        EXPECT_EQ(other.loadTrueTypeFont(subsetFont(style, charactersOf("a")), "load again"), name);
    }
}

TEST(FontSubset, PdfPassesQpdfAndTheTextExtracts) {
    requireTool("qpdf", "qpdf");
    requireTool("pdftotext", "poppler-utils");
    requireTool("pdffonts", "poppler-utils");
    test::TempDir dir;
    Document doc;
    Page& page = doc.addPage(kA4);
    double y = 72;
    for (const char* text : kTexts) {
        page.ops.push_back(TextRun{40, y, text, FontStyle::Regular, 11, 0});
        page.ops.push_back(TextRun{40, y + 20, text, FontStyle::Bold, 11, 0});
        y += 50;
    }
    const auto file = dir.path() / "languages.pdf";
    writePdf(doc, file);
    const test::CommandResult check = runCommand("qpdf --check " + shellQuote(file));
    EXPECT_EQ(check.exitCode, 0) << check.output << check.errors;
    const test::CommandResult text = runCommand("pdftotext -q " + shellQuote(file) + " -");
    ASSERT_EQ(text.exitCode, 0) << text.errors;
    for (const char* expected : kTexts) {
        std::size_t first = text.output.find(expected);
        EXPECT_NE(first, std::string::npos) << expected << " in\n" << text.output;
        EXPECT_NE(text.output.find(expected, first + 1), std::string::npos) << "bold " << expected;
    }
    const test::CommandResult fonts = runCommand("pdffonts " + shellQuote(file));
    EXPECT_NE(fonts.output.find("+DejaVuSans,Book"), std::string::npos) << fonts.output;
    EXPECT_NE(fonts.output.find("+DejaVuSans-Bold"), std::string::npos) << fonts.output;
}

TEST(FontSubset, HandoutPdfIsSmall) {
    test::ScopedEnv epoch("SOURCE_DATE_EPOCH", "1764000000");
    const Handout handout = layoutHandout(test::programOf(10), test::builtinInputs());
    const std::vector<unsigned char> pdf = renderPdf(handout.document);
    // With the whole fonts embedded it was 205 KB; the subsets hold a few hundred glyphs.
    EXPECT_LT(pdf.size(), 80u * 1024) << pdf.size();
    EXPECT_EQ(renderPdf(handout.document), pdf);
}

TEST(FontSubset, DamagedFontsAndOtherMetricsAreRefused) {
    test::TempDir dir;
    EXPECT_THROW(FontSubsetter(dir.path() / "absent.ttf"), ExportError);
    test::writeText(dir.path() / "text.ttf", "not a font at all");
    try {
        FontSubsetter subsetter(dir.path() / "text.ttf");
        FAIL() << "must throw";
    } catch (const ExportError& error) {
        EXPECT_NE(std::string(error.what()).find("text.ttf"), std::string::npos) << error.what();
    }
    std::vector<unsigned char> half = test::readBytes(fontMetrics(FontStyle::Regular).file());
    half.resize(half.size() / 2);
    test::writeBytes(dir.path() / "half.ttf", half);
    EXPECT_THROW(FontSubsetter(dir.path() / "half.ttf"), ExportError);

    const FontSubsetter regular(fontMetrics(FontStyle::Regular).file());
    EXPECT_EQ(regular.glyphCount(), fontMetrics(FontStyle::Regular).glyphCount());
    try {
        regular.subset(fontMetrics(FontStyle::Bold), charactersOf("Hello"));
        FAIL() << "the bold metrics do not measure the regular file";
    } catch (const ExportError& error) {
        EXPECT_NE(std::string(error.what()).find("changed"), std::string::npos) << error.what();
    }
}

}  // namespace
}  // namespace hep
