// Fonts reach libharu through its public API only: a private temporary file that is unlinked at
// once, which libharu keeps open and reads again when it saves; errors name the font and leave
// nothing behind; and the subset draws like the full font.
#include <gtest/gtest.h>
#include <hpdf.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "font_subset.h"
#include "hpdf_document.h"
#include "layout/export_error.h"
#include "layout/fonts.h"
#include "pdf/pdf_writer.h"
#include "tests/pdf/font_test_tools.h"
#include "tests/pdf/ttf_reader.h"
#include "tests/support/test_support.h"
#include "text/utf8.h"

namespace hep {
namespace {

using test::charactersOf;
using test::requireTool;
using test::runCommand;
using test::shellQuote;

// The files this process holds open whose path starts with `prefix`, as /proc/self/fd shows them.
std::vector<std::filesystem::path> openFiles(const std::string& prefix) {
    std::vector<std::filesystem::path> found;
    for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) {
        std::error_code error;
        const std::string target = std::filesystem::read_symlink(entry.path(), error).string();
        if (!error && target.rfind(prefix, 0) == 0) {
            found.push_back(entry.path());
        }
    }
    return found;
}

bool isEmpty(const std::filesystem::path& folder) {
    return std::filesystem::directory_iterator(folder) == std::filesystem::directory_iterator();
}

void useUtf8(HpdfDocument& pdf) {
    pdf.check(HPDF_UseUTFEncodings(pdf.get()), "use UTF encodings");
    pdf.check(HPDF_SetCurrentEncoder(pdf.get(), "UTF-8"), "select UTF-8");
}

TEST(FontLoading, TheTemporaryFileIsGoneAtOnceAndLibharuReadsItWhenSaving) {
    requireTool("pdftotext", "poppler-utils");
    requireTool("pdffonts", "poppler-utils");
    test::TempDir tmp;
    test::TempDir out;
    test::ScopedEnv tmpdir("TMPDIR", tmp.path().string());
    const std::string prefix = (tmp.path() / "hep-font-").string();
    const std::string text = "Nguyễn Văn Bảo";
    const auto file = out.path() / "name.pdf";
    {
        HpdfDocument pdf;
        useUtf8(pdf);
        const char* name = pdf.loadTrueTypeFont(subsetFont(FontStyle::Regular, charactersOf(text)),
                                                "load the font");
        EXPECT_TRUE(isEmpty(tmp.path()));
        // libharu holds the unlinked file open, private to the user.
        const std::vector<std::filesystem::path> open = openFiles(prefix);
        ASSERT_EQ(open.size(), 1u);
        EXPECT_NE(std::filesystem::read_symlink(open[0]).string().find("(deleted)"),
                  std::string::npos);
        struct stat info {};
        ASSERT_EQ(::stat(open[0].c_str(), &info), 0);
        EXPECT_EQ(info.st_mode & 0777, 0600u);

        const HPDF_Font font = pdf.checkHandle(HPDF_GetFont(pdf.get(), name, "UTF-8"), "font");
        const HPDF_Page page = pdf.checkHandle(HPDF_AddPage(pdf.get()), "add a page");
        pdf.check(HPDF_Page_BeginText(page), "begin");
        pdf.check(HPDF_Page_SetFontAndSize(page, font, 24), "font");
        pdf.check(HPDF_Page_TextOut(page, 72, 500, text.c_str()), "text");
        pdf.check(HPDF_Page_EndText(page), "end");
        pdf.check(HPDF_SaveToFile(pdf.get(), file.c_str()), "save");  // reads the glyphs
    }
    EXPECT_TRUE(openFiles(prefix).empty()) << "HPDF_Free closes it";
    EXPECT_TRUE(isEmpty(tmp.path()));
    const test::CommandResult extracted = runCommand("pdftotext -q " + shellQuote(file) + " -");
    EXPECT_NE(extracted.output.find(text), std::string::npos) << extracted.output;
    const test::CommandResult fonts = runCommand("pdffonts " + shellQuote(file));
    EXPECT_NE(fonts.output.find("+DejaVuSans,Book"), std::string::npos) << fonts.output;
    EXPECT_NE(fonts.output.find(" yes yes yes "), std::string::npos) << fonts.output;
}

TEST(FontLoading, ErrorsNameTheFontAndLeaveNothingBehind) {
    test::TempDir tmp;
    const std::string prefix = (tmp.path() / "hep-font-").string();
    const std::vector<unsigned char> font =
        subsetFont(FontStyle::Bold, charactersOf("Nguyễn Văn Bảo"));
    {
        test::ScopedEnv tmpdir("TMPDIR", (tmp.path() / "absent").string());
        HpdfDocument pdf;
        try {
            pdf.loadTrueTypeFont(font, "load the font /fonts/Bold.ttf");
            FAIL() << "must throw";
        } catch (const ExportError& error) {
            const std::string message = error.what();
            EXPECT_NE(message.find("Cannot load the font /fonts/Bold.ttf"), std::string::npos)
                << message;
            EXPECT_NE(message.find("TMPDIR"), std::string::npos) << message;
        }
        // The writer says which font: the message reaches the person exporting.
        Document doc;
        doc.addPage(kLetter).ops.push_back(TextRun{72, 72, "Bảo", FontStyle::Regular, 14, 0});
        try {
            renderPdf(doc);
            FAIL() << "must throw";
        } catch (const ExportError& error) {
            EXPECT_NE(std::string(error.what()).find(fontMetrics(FontStyle::Regular).file()),
                      std::string::npos)
                << error.what();
        }
    }
    test::ScopedEnv tmpdir("TMPDIR", tmp.path().string());
    HpdfDocument pdf;
    useUtf8(pdf);
    // A font that forbids embedding (OS/2 fsType 2): libharu refuses it. (libharu reads fonts
    // without bounds checks: junk crashes it, so only HarfBuzz's subsets reach it.)
    std::vector<unsigned char> restricted = font;
    const test::Ttf parsed(font);
    restricted[parsed.table("OS/2").offset + 9] = 0x02;
    try {
        pdf.loadTrueTypeFont(restricted, "load the font /fonts/Restricted.ttf");
        FAIL() << "must throw";
    } catch (const ExportError& error) {
        EXPECT_NE(
            std::string(error.what()).find("libharu failed to load the font /fonts/Restricted.ttf"),
            std::string::npos)
            << error.what();
    }
    EXPECT_THROW(pdf.loadTrueTypeFont({}, "load an empty font"), ExportError);
    EXPECT_TRUE(openFiles(prefix).empty());
    // A font of a name loaded already: libharu keeps the first and closes the second file.
    const char* name = pdf.loadTrueTypeFont(font, "load the font");
    EXPECT_EQ(pdf.loadTrueTypeFont(font, "load the font again"), name);
    EXPECT_EQ(openFiles(prefix).size(), 1u);
    EXPECT_TRUE(isEmpty(tmp.path()));
}

// The texts drawn with a font embedded by libharu from the full file or from our subset.
std::filesystem::path drawText(const test::TempDir& dir, FontStyle style, bool useSubset,
                               const std::vector<std::string>& texts, const std::string& name) {
    HpdfDocument pdf;
    pdf.check(HPDF_SetCompressionMode(pdf.get(), HPDF_COMP_ALL), "compress");
    useUtf8(pdf);
    CharacterSet characters;
    for (const std::string& text : texts) {
        characters.addText(text);
    }
    const std::string file = fontMetrics(style).file().string();
    const char* fontName =
        useSubset
            ? pdf.loadTrueTypeFont(subsetFont(style, characters), "load")
            : pdf.checkHandle(HPDF_LoadTTFontFromFile(pdf.get(), file.c_str(), HPDF_TRUE), "load");
    const HPDF_Font font = pdf.checkHandle(HPDF_GetFont(pdf.get(), fontName, "UTF-8"), "font");
    const HPDF_Page page = pdf.checkHandle(HPDF_AddPage(pdf.get()), "add a page");
    pdf.check(HPDF_Page_SetWidth(page, 900), "width");
    pdf.check(HPDF_Page_SetHeight(page, 400), "height");
    float y = 370;
    for (const std::string& text : texts) {
        pdf.check(HPDF_Page_BeginText(page), "begin");
        pdf.check(HPDF_Page_SetFontAndSize(page, font, 16), "font");
        pdf.check(HPDF_Page_TextOut(page, 10, y, text.c_str()), "text");
        pdf.check(HPDF_Page_EndText(page), "end");
        y -= 50;
    }
    auto out = dir.path() / name;
    pdf.check(HPDF_SaveToFile(pdf.get(), out.c_str()), "save");
    return out;
}

// The texts without the characters whose glyphs nest composites in the full font: libharu embeds
// those without their inner parts (font_marks_test.cpp checks them).
std::vector<std::string> drawnRightFromTheFullFont(FontStyle style) {
    const test::Ttf full(test::readBytes(fontMetrics(style).file()));
    std::vector<std::string> texts;
    for (const char* text : {
             "Hello, world! Do these 5 exercises every day.",
             "Núñez, José María; Françoise Müller; Søren Ærø; Ångström; œuvre; Straße",
             "Łódź, Wrocław, Gdańsk, Kraków: źdźbło, żółć, gęślą jaźń, ŻÓŁĆ",
             "Nguyễn Thị Minh Khai, Trần Hưng Đạo, Phạm Văn Đồng, người, được, ướt, ộ",
             "Ελληνικά, Русский язык, Українська, Čeština, Română: ș ț, Türkçe: ğ ı ş",
             "“Quotes” — dashes – ellipsis… bullet • ☐ ☑ ✓ ½ ° ± × ÷ € £ ¥ © ®",
         }) {
        std::string kept;
        for (std::size_t pos = 0; text[pos] != '\0';) {
            const Utf8Char ch = decodeUtf8(text, pos);
            const std::vector<unsigned char> glyph =
                full.glyph(fontMetrics(style).glyphIndex(ch.codePoint));
            const std::vector<std::size_t> parts = test::Ttf::components(glyph);
            if (std::all_of(parts.begin(), parts.end(), [&](std::size_t at) {
                    return test::Ttf::components(full.glyph((glyph[at] << 8) | glyph[at + 1]))
                        .empty();
                })) {
                kept.append(text + pos, ch.size);
            }
            pos += ch.size;
        }
        texts.push_back(kept);
    }
    return texts;
}

TEST(FontLoading, SubsetDrawsLikeTheFullFont) {
    requireTool("pdftoppm", "poppler-utils");
    test::TempDir dir;
    for (const FontStyle style : {FontStyle::Regular, FontStyle::Bold}) {
        const std::vector<std::string> texts = drawnRightFromTheFullFont(style);
        std::vector<unsigned char> pictures[2];
        for (const bool useSubset : {false, true}) {
            const std::string name = useSubset ? "subset" : "full";
            const auto pdf = drawText(dir, style, useSubset, texts, name + ".pdf");
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

}  // namespace
}  // namespace hep
