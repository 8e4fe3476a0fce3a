// Font subsets: valid TrueType files that measure, map and draw their characters exactly like the
// full DejaVu fonts, hold nothing else, and make the handout PDF small.
#include "export/font_subset.h"

#include <gtest/gtest.h>
#include <hpdf.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <set>
#include <sstream>

#include "export/export_error.h"
#include "export/handout_layout.h"
#include "export/hpdf_document.h"
#include "export/pdf_writer.h"
#include "export/truetype_writer.h"
#include "model/utf8.h"
#include "tests/export/handout_fixtures.h"
#include "tests/support/test_support.h"

namespace hep {
namespace {

using test::runCommand;
using test::shellQuote;

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

CharacterSet charactersOf(std::string_view text) {
    CharacterSet characters;
    characters.addText(text);
    return characters;
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

void requireTool(const std::string& tool, const std::string& package) {
    const std::string missing = test::missingTool(tool, package);
    ASSERT_TRUE(missing.empty()) << missing;
}

// Just enough of a TrueType reader to look inside the subsets.
class Ttf {
  public:
    explicit Ttf(std::vector<unsigned char> data) : data_(std::move(data)) {
        for (std::uint32_t i = 0; i < u16(4); ++i) {
            const std::size_t record = 12 + 16 * i;
            tags_.emplace_back(reinterpret_cast<const char*>(&data_.at(record)), 4);
            tables_[tags_.back()] = {u32(record + 8), u32(record + 12), u32(record + 4)};
        }
    }

    struct Table {
        std::uint32_t offset = 0;
        std::uint32_t length = 0;
        std::uint32_t checksum = 0;
    };

    const std::vector<unsigned char>& data() const { return data_; }
    const std::vector<std::string>& tags() const { return tags_; }
    const Table& table(const std::string& tag) const { return tables_.at(tag); }
    std::uint32_t u16(std::size_t pos) const { return (data_.at(pos) << 8) | data_.at(pos + 1); }
    std::uint32_t u32(std::size_t pos) const { return (u16(pos) << 16) | u16(pos + 2); }
    std::uint32_t glyphCount() const { return u16(table("maxp").offset + 4); }

    // The glyph's bytes.
    std::vector<unsigned char> glyph(std::uint32_t id) const {
        const bool longLoca = u16(table("head").offset + 50) != 0;
        const std::size_t loca = table("loca").offset;
        const auto at = [&](std::size_t i) -> std::size_t {
            return longLoca ? u32(loca + 4 * i) : 2 * std::size_t{u16(loca + 2 * i)};
        };
        const auto begin = data_.begin() + table("glyf").offset;
        return {begin + static_cast<std::ptrdiff_t>(at(id)),
                begin + static_cast<std::ptrdiff_t>(at(id + 1))};
    }

    // Positions of the component glyph ids in a composite glyph (none for a simple one).
    static std::vector<std::size_t> components(const std::vector<unsigned char>& glyph) {
        std::vector<std::size_t> positions;
        if (glyph.empty() || (glyph[0] & 0x80) == 0) {
            return positions;
        }
        for (std::size_t pos = 10;;) {
            const std::uint32_t flags = (glyph.at(pos) << 8) | glyph.at(pos + 1);
            positions.push_back(pos + 2);
            pos += 4 + ((flags & 1) != 0 ? 4 : 2);
            pos += (flags & 8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0;
            if ((flags & 0x20) == 0) {
                return positions;
            }
        }
    }

  private:
    std::vector<unsigned char> data_;
    std::vector<std::string> tags_;
    std::map<std::string, Table> tables_;
};

Ttf fullFont(FontStyle style) {
    return Ttf(test::readBytes(fontMetrics(style).file()));
}

// The same outline: simple glyphs byte for byte, composite glyphs with the same flags, offsets
// and transforms and, recursively, the same components (whatever their new ids).
void expectSameGlyph(const Ttf& subset, std::uint32_t id, const Ttf& full, std::uint32_t fullId,
                     int* composites = nullptr) {
    ASSERT_LT(id, subset.glyphCount());
    std::vector<unsigned char> mine = subset.glyph(id);
    std::vector<unsigned char> theirs = full.glyph(fullId);
    ASSERT_GE(mine.size(), theirs.size()) << "glyph " << fullId;
    EXPECT_LE(mine.size() - theirs.size(), 3u) << "only padding may follow";
    theirs.resize(mine.size(), 0);
    const std::vector<std::size_t> components = Ttf::components(theirs);
    if (composites != nullptr && !components.empty()) {
        ++*composites;
    }
    for (const std::size_t pos : components) {
        const std::uint32_t subsetComponent = (mine[pos] << 8) | mine[pos + 1];
        const std::uint32_t fullComponent = (theirs[pos] << 8) | theirs[pos + 1];
        expectSameGlyph(subset, subsetComponent, full, fullComponent, composites);
        mine[pos] = theirs[pos];
        mine[pos + 1] = theirs[pos + 1];
    }
    EXPECT_EQ(mine, theirs) << "glyph " << fullId;
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
        EXPECT_EQ(font.tags(),
                  (std::vector<std::string>{"OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea",
                                            "hmtx", "loca", "maxp", "name", "post", "prep"}));
        EXPECT_EQ(font.u16(6), 8u * 16);  // searchRange for 13 tables
        EXPECT_EQ(data.size() % 4, 0u);
        for (const std::string& tag : font.tags()) {
            const Ttf::Table& table = font.table(tag);
            EXPECT_EQ(table.offset % 4, 0u) << tag;
            EXPECT_LE(table.offset + table.length, data.size()) << tag;
            std::vector<unsigned char> copy(data.begin() + table.offset,
                                            data.begin() + table.offset + table.length);
            if (tag == "head") {
                setU32(copy, 8, 0);  // checkSumAdjustment is left out of head's own checksum
            }
            EXPECT_EQ(trueTypeChecksum(copy.data(), copy.size()), table.checksum) << tag;
        }
        EXPECT_EQ(trueTypeChecksum(data.data(), data.size()), 0xB1B0AFBAu);
        const std::uint32_t glyphs = font.glyphCount();
        EXPECT_EQ(font.u16(font.table("hhea").offset + 34), glyphs);
        EXPECT_EQ(font.table("hmtx").length, 4 * glyphs);
        EXPECT_EQ(font.u16(font.table("head").offset + 50), 1u);  // long loca
        EXPECT_EQ(font.table("loca").length, 4 * (glyphs + 1));
        EXPECT_EQ(font.u32(font.table("post").offset), 0x00030000u);
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
    // Every glyph is reachable: mapped or a component of one.
    const Ttf font(bytes);
    std::set<std::uint32_t> reached(mapped.begin(), mapped.end());
    for (std::uint32_t id = 0; id < font.glyphCount(); ++id) {
        const std::vector<unsigned char> glyph = font.glyph(id);
        for (const std::size_t pos : Ttf::components(glyph)) {
            reached.insert((glyph[pos] << 8) | glyph[pos + 1]);
        }
    }
    EXPECT_EQ(reached.size(), font.glyphCount());
}

TEST(FontSubset, GlyphsAreTheFullFontsIncludingCompositesAndTheirComponents) {
    test::TempDir dir;
    for (const FontStyle style : {FontStyle::Regular, FontStyle::Bold}) {
        const Ttf full = fullFont(style);
        const FontMetrics& fullMetrics = fontMetrics(style);
        for (const std::string& text : std::vector<std::string>{"é", "ộ", allTexts()}) {
            const std::vector<unsigned char> bytes = subsetFont(style, charactersOf(text));
            const Ttf subset(bytes);
            const FontMetrics subsetMetrics(saveFont(dir, bytes));
            int composites = 0;
            expectSameGlyph(subset, 0, full, 0);
            for (const char32_t cp : decode(text)) {
                expectSameGlyph(subset, subsetMetrics.glyphIndex(cp), full,
                                fullMetrics.glyphIndex(cp), &composites);
            }
            if (text == "é" || text == "ộ") {
                // Both are composites in DejaVu: the letter and its accents are separate glyphs
                // that are not mapped to characters of their own in the subset.
                EXPECT_GE(composites, 1) << text;
                EXPECT_GE(subset.glyphCount(), 5u) << text;  // .notdef, H, x, the letter, parts
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
        EXPECT_THROW(other.loadTrueTypeFont(subsetFont(style, charactersOf("a")), "load again"),
                     ExportError);
    }
}

// The text drawn with a font embedded by libharu from the full file or from our subset.
std::filesystem::path drawText(const test::TempDir& dir, FontStyle style, bool useSubset,
                               const std::string& name) {
    HpdfDocument pdf;
    pdf.check(HPDF_SetCompressionMode(pdf.get(), HPDF_COMP_ALL), "compress");
    pdf.check(HPDF_UseUTFEncodings(pdf.get()), "use UTF encodings");
    pdf.check(HPDF_SetCurrentEncoder(pdf.get(), "UTF-8"), "select UTF-8");
    const std::string file = fontMetrics(style).file().string();
    const char* fontName =
        useSubset
            ? pdf.loadTrueTypeFont(subsetFont(style, charactersOf(allTexts())), "load")
            : pdf.checkHandle(HPDF_LoadTTFontFromFile(pdf.get(), file.c_str(), HPDF_TRUE), "load");
    const HPDF_Font font = pdf.checkHandle(HPDF_GetFont(pdf.get(), fontName, "UTF-8"), "font");
    const HPDF_Page page = pdf.checkHandle(HPDF_AddPage(pdf.get()), "add a page");
    pdf.check(HPDF_Page_SetWidth(page, 900), "width");
    pdf.check(HPDF_Page_SetHeight(page, 400), "height");
    float y = 370;
    for (const char* text : kTexts) {
        pdf.check(HPDF_Page_BeginText(page), "begin");
        pdf.check(HPDF_Page_SetFontAndSize(page, font, 16), "font");
        pdf.check(HPDF_Page_TextOut(page, 10, y, text), "text");
        pdf.check(HPDF_Page_EndText(page), "end");
        y -= 50;
    }
    auto out = dir.path() / name;
    pdf.check(HPDF_SaveToFile(pdf.get(), out.c_str()), "save");
    return out;
}

TEST(FontSubset, DrawsLikeTheFullFont) {
    requireTool("pdftoppm", "poppler-utils");
    test::TempDir dir;
    for (const FontStyle style : {FontStyle::Regular, FontStyle::Bold}) {
        std::vector<unsigned char> pictures[2];
        for (const bool useSubset : {false, true}) {
            const std::string name = useSubset ? "subset" : "full";
            const auto pdf = drawText(dir, style, useSubset, name + ".pdf");
            const auto prefix = dir.path() / name;
            const test::CommandResult render =
                runCommand("pdftoppm -q -gray -r 150 -singlefile " + shellQuote(pdf) + " " +
                           shellQuote(prefix.string()));
            ASSERT_EQ(render.exitCode, 0) << render.errors;
            pictures[useSubset] = test::readBytes(prefix.string() + ".pgm");
        }
        ASSERT_GT(pictures[0].size(), 100000u);
        const auto ink = std::count_if(pictures[0].begin() + 20, pictures[0].end(),
                                       [](unsigned char gray) { return gray < 128; });
        EXPECT_GT(ink, 10000);  // the text really is drawn
        EXPECT_TRUE(pictures[0] == pictures[1]) << "the subset draws differently";
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
