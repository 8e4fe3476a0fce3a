// A font whose text fits WinAnsiEncoding is written one byte a character, as a simple TrueType
// font, and prints and extracts as the same text written in UTF-8; any other text takes UTF-8.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "font_encoding.h"
#include "hpdf_document.h"
#include "image_codecs.h"
#include "layout/export_error.h"
#include "pdf/pdf_writer.h"
#include "tests/pdf/font_test_tools.h"
#include "tests/support/test_support.h"
#include "text/utf8.h"

namespace hep {
namespace {

using test::charactersOf;
using test::requireTool;
using test::runCommand;
using test::shellQuote;

// Every kind of character a Western handout prints: letters with marks, the bullet, the middle
// dot, curly quotes, dashes and the signs WinAnsiEncoding keeps at codes 128 to 159.
constexpr const char* kWestern = "Café – “Núñez” • 5 € ™ · ½ — ‘Ÿ’ Ø ß ¿";

TEST(FontEncoding, WesternTextTakesOneByteACharacter) {
    HpdfDocument pdf;
    const FontEncoding encoding = FontEncoding::forCharacters(pdf.get(), charactersOf(kWestern));
    EXPECT_TRUE(encoding.singleByte());
    EXPECT_STREQ(encoding.name(), "WinAnsiEncoding");
    EXPECT_EQ(encoding.encode("Aé€•’“·½"), "A\xE9\x80\x95\x92\x93\xB7\xBD");
    EXPECT_EQ(encoding.encode(""), "");
    // Characters above U+FFFF are drawn as spaces, in either encoding.
    EXPECT_EQ(encoding.encode("a\U0001F600b"), "a b");
    // A font that draws nothing can take the cheap encoding too.
    EXPECT_TRUE(FontEncoding::forCharacters(pdf.get(), CharacterSet()).singleByte());
}

TEST(FontEncoding, OtherLettersTakeUtf8AndAreWrittenAsTheyAre) {
    HpdfDocument pdf;
    // A no-break space and a soft hyphen have WinAnsi codes, but a viewer would look for the
    // glyphs of a space and a hyphen there.
    for (const char* text : {"Nguyễn Văn Bảo", "Łódź", "Ελληνικά", "☐ ✓", "Café ≤ 5",
                             "Ana\u00a0Lima", "Ana\u00adLima"}) {
        const FontEncoding encoding = FontEncoding::forCharacters(pdf.get(), charactersOf(text));
        EXPECT_FALSE(encoding.singleByte()) << text;
        EXPECT_STREQ(encoding.name(), "UTF-8") << text;
        EXPECT_EQ(encoding.encode(text), text);
    }
}

TEST(FontEncoding, ACharacterWithoutACodeIsRefusedByName) {
    HpdfDocument pdf;
    const FontEncoding encoding = FontEncoding::forCharacters(pdf.get(), charactersOf("abc"));
    ASSERT_TRUE(encoding.singleByte());
    try {
        encoding.encode("Łódź");
        FAIL() << "no error";
    } catch (const ExportError& error) {
        EXPECT_TRUE(test::contains(error.what(), "U+0141")) << error.what();
        EXPECT_FALSE(test::contains(error.what(), "Łódź")) << error.what();
    }
    // Text that is not UTF-8 is refused too, not written as it is.
    EXPECT_THROW(encoding.encode("ab\xC3"), ExportError);
    EXPECT_THROW(encoding.encode("\xFF"
                                 "ab"),
                 ExportError);
}

// Every character WinAnsiEncoding gives a printable glyph, but the no-break space and the soft
// hyphen: printable ASCII, then codes 128 to 255, in lines of up to 56.
std::vector<std::string> everyWinAnsiCharacter() {
    std::string all;
    for (char c = ' '; c <= '~'; ++c) {
        all += c;
    }
    all +=
        "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿"
        "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ";
    std::vector<std::string> lines(1);
    for (std::size_t pos = 0, count = 0; pos < all.size(); ++count) {
        const Utf8Char ch = decodeUtf8(all, pos);
        if (count > 0 && count % 56 == 0) {
            lines.emplace_back();
        }
        lines.back() += all.substr(pos, ch.size);
        pos += ch.size;
    }
    return lines;
}

// Page 1 holds the Western text and every WinAnsi character in both fonts; page 2 holds
// `other`, whose characters decide the fonts' encodings.
Document westernDocument(const std::string& other) {
    Document doc;
    Page& page = doc.addPage(kLetter);
    page.ops.push_back(TextRun{54, 90, kWestern, FontStyle::Regular, 14, 0});
    page.ops.push_back(TextRun{54, 120, kWestern, FontStyle::Bold, 14, 0});
    double y = 160;
    for (const std::string& line : everyWinAnsiCharacter()) {
        page.ops.push_back(TextRun{54, y, line, FontStyle::Regular, 12, 0});
        page.ops.push_back(TextRun{54, y + 20, line, FontStyle::Bold, 12, 0});
        y += 45;
    }
    doc.addPage(kLetter).ops.push_back(TextRun{54, 90, other, FontStyle::Regular, 14, 0});
    doc.pages.back().ops.push_back(TextRun{54, 120, other, FontStyle::Bold, 14, 0});
    return doc;
}

RgbImage firstPage(const std::filesystem::path& pdf) {
    const std::string prefix = (pdf.parent_path() / pdf.stem()).string();
    const test::CommandResult drawn = runCommand("pdftoppm -q -f 1 -l 1 -singlefile -png -r 100 " +
                                                 shellQuote(pdf) + " " + shellQuote(prefix));
    EXPECT_EQ(drawn.exitCode, 0) << drawn.errors;
    const std::vector<unsigned char> png = test::readBytes(prefix + ".png");
    return decodePng(std::string_view(reinterpret_cast<const char*>(png.data()), png.size()),
                     prefix + ".png", 1 << 24);
}

TEST(FontEncoding, BothEncodingsPrintAndExtractTheSameText) {
    requireTool("pdftoppm", "poppler-utils");
    requireTool("pdftotext", "poppler-utils");
    requireTool("pdffonts", "poppler-utils");
    test::TempDir dir;
    const auto western = dir.path() / "western.pdf";
    const auto unicode = dir.path() / "unicode.pdf";
    writePdf(westernDocument("e"), western);
    writePdf(westernDocument("ễ"), unicode);

    const test::CommandResult simple = runCommand("pdffonts " + shellQuote(western));
    EXPECT_EQ(std::count(simple.output.begin(), simple.output.end(), '\n'), 4) << simple.output;
    EXPECT_TRUE(test::contains(simple.output, "TrueType          WinAnsi")) << simple.output;
    const test::CommandResult type0 = runCommand("pdffonts " + shellQuote(unicode));
    EXPECT_TRUE(test::contains(type0.output, "CID TrueType")) << type0.output;
    EXPECT_FALSE(test::contains(type0.output, "WinAnsi")) << type0.output;

    for (const auto& file : {western, unicode}) {
        const test::CommandResult text =
            runCommand("pdftotext -q -f 1 -l 1 " + shellQuote(file) + " -");
        EXPECT_TRUE(test::contains(text.output, std::string(kWestern) + "\n" + kWestern + "\n"))
            << file << "\n"
            << text.output;
        for (const std::string& line : everyWinAnsiCharacter()) {
            const std::string trimmed = line.substr(line.find_first_not_of(' '));
            EXPECT_TRUE(test::contains(text.output, trimmed)) << file << ": " << line;
        }
    }
    const RgbImage a = firstPage(western);
    const RgbImage b = firstPage(unicode);
    const auto dark =
        std::count_if(a.pixels.begin(), a.pixels.end(), [](unsigned char v) { return v < 128; });
    EXPECT_GT(dark, 3000) << "page 1 is blank";
    EXPECT_EQ(a.width, b.width);
    EXPECT_TRUE(a.pixels == b.pixels) << "the two encodings print page 1 differently";
}

// A font's encoding follows its own text: the regular font stays single-byte when only the bold
// text needs UTF-8.
TEST(FontEncoding, EachFontChoosesForItsOwnText) {
    requireTool("pdffonts", "poppler-utils");
    requireTool("pdftotext", "poppler-utils");
    test::TempDir dir;
    Document doc;
    Page& page = doc.addPage(kA4);
    page.ops.push_back(TextRun{54, 90, "For: María José Núñez", FontStyle::Regular, 14, 0});
    page.ops.push_back(TextRun{54, 120, "Nguyễn Văn Bảo", FontStyle::Bold, 14, 0});
    const auto file = dir.path() / "mixed.pdf";
    writePdf(doc, file);
    const test::CommandResult fonts = runCommand("pdffonts " + shellQuote(file));
    std::string regular, bold;
    for (std::size_t start = 0; start < fonts.output.size();) {
        const std::size_t end = fonts.output.find('\n', start);
        const std::string line = fonts.output.substr(start, end - start);
        (test::contains(line, "Bold") ? bold : regular) += line;
        start = end == std::string::npos ? end : end + 1;
    }
    EXPECT_TRUE(test::contains(regular, "DejaVuSans,Book")) << fonts.output;
    EXPECT_TRUE(test::contains(regular, "WinAnsi")) << fonts.output;
    EXPECT_TRUE(test::contains(bold, "CID TrueType")) << fonts.output;
    const test::CommandResult text = runCommand("pdftotext -q " + shellQuote(file) + " -");
    EXPECT_EQ(text.output, "For: María José Núñez\nNguyễn Văn Bảo\n\n\f") << text.output;
}

}  // namespace
}  // namespace hep
