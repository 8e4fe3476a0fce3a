// Tests of the PDF writer: what poppler and qpdf read back from the file it writes (fonts, text
// where the layout put it, shapes, sizes, metadata, pictures stored once, dates).
#include "pdf/pdf_writer.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <limits>
#include <random>
#include <set>
#include <sstream>

#include "core/errors.h"
#include "hpdf_error_text.h"
#include "layout/export_error.h"
#include "layout/fonts.h"
#include "tests/pdf/pdf_writer_fixture.h"
#include "tests/support/test_support.h"

namespace hep {
namespace {

using test::CommandResult;
using test::PdfWriter;
using test::runCommand;
using test::sampleDocument;
using test::ScopedEnv;
using test::shellQuote;

CommandResult tool(const std::string& command, const std::filesystem::path& pdf,
                   const std::string& after = "") {
    return runCommand(command + " " + shellQuote(pdf.string()) + after);
}

std::string infoField(const std::string& pdfinfo, const std::string& field) {
    std::istringstream lines(pdfinfo);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind(field + ":", 0) == 0) {
            const std::size_t value = line.find_first_not_of(' ', field.size() + 1);
            return value == std::string::npos ? "" : line.substr(value);
        }
    }
    return {};
}

TEST_F(PdfWriter, QpdfFindsNoErrors) {
    const CommandResult check = tool("qpdf --check", write(sampleDocument()));
    EXPECT_EQ(check.exitCode, 0) << check.output << check.errors;
}

TEST_F(PdfWriter, BothFontsAreEmbedded) {
    const CommandResult fonts = tool("pdffonts", write(sampleDocument()));
    ASSERT_EQ(fonts.exitCode, 0) << fonts.errors;
    std::istringstream lines(fonts.output);
    std::string line;
    std::getline(lines, line);
    std::getline(lines, line);
    std::set<std::string> embedded;
    while (std::getline(lines, line)) {
        std::istringstream words(line);
        std::vector<std::string> columns{std::istream_iterator<std::string>(words), {}};
        ASSERT_GE(columns.size(), 6u) << line;
        EXPECT_EQ(columns[columns.size() - 5], "yes") << "not embedded: " << line;
        // libharu names them like "HPDFAA+DejaVuSans,Book": a subset tag, then the style.
        const std::string name = columns[0].substr(columns[0].find('+') + 1);
        embedded.insert(name.substr(0, name.find(',')));
    }
    EXPECT_EQ(embedded, (std::set<std::string>{"DejaVuSans", "DejaVuSans-Bold"})) << fonts.output;
}

TEST_F(PdfWriter, TextInSeveralLanguagesExtracts) {
    const CommandResult text = tool("pdftotext -q", write(sampleDocument()), " -");
    ASSERT_EQ(text.exitCode, 0) << text.errors;
    for (const char* expected : {"Your home exercise program", "Núñez", "Müller", "Łódź", "Nguyễn",
                                 "Thị", "Ελληνικά", "Русский", "Čeština", "Page 2 of 2"}) {
        EXPECT_NE(text.output.find(expected), std::string::npos) << expected << " in\n"
                                                                 << text.output;
    }
}

// The UTF-8 fonts' ToUnicode CMaps are ones poppler reads without a word: a map of bfranges
// (libharu wrote a CID range there, and poppler warned on every page).
TEST_F(PdfWriter, UnicodeFontsCarryAToUnicodeMapReadersAccept) {
    const auto file = write(sampleDocument());
    const CommandResult text = tool("pdftotext", file, " -");
    ASSERT_EQ(text.exitCode, 0) << text.errors;
    EXPECT_EQ(text.errors, "");
    EXPECT_TRUE(test::contains(text.output, "Nguyễn Thị Minh Khai")) << text.output;
    const auto qdf = file.parent_path() / "qdf.pdf";
    ASSERT_EQ(
        tool("qpdf --qdf --object-streams=disable", file, " " + shellQuote(qdf.string())).exitCode,
        0);
    const std::string expanded = test::readText(qdf);
    EXPECT_TRUE(test::contains(expanded, "/ToUnicode")) << "no UTF-8 font";
    EXPECT_TRUE(test::contains(expanded, "<4E00> <4EFF> <4E00>"));
    EXPECT_FALSE(test::contains(expanded, "begincidrange"));
}

TEST_F(PdfWriter, TextLandsWhereTheLayoutMeasuredIt) {
    Document doc;
    Page& page = doc.addPage(kLetter);
    const std::string word = "Stretching";
    page.ops.push_back(TextRun{100, 200, word, FontStyle::Regular, 20, 0});
    const CommandResult boxes = tool("pdftotext -q -bbox", write(doc), " -");
    ASSERT_EQ(boxes.exitCode, 0) << boxes.errors;
    const std::size_t at = boxes.output.find("<word ");
    ASSERT_NE(at, std::string::npos) << boxes.output;
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
    ASSERT_EQ(std::sscanf(boxes.output.c_str() + at,
                          "<word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\"", &xMin, &yMin,
                          &xMax, &yMax),
              4)
        << boxes.output;
    // poppler reports boxes with the origin top-left, like the Document.
    EXPECT_NEAR(xMin, 100, 0.05);
    EXPECT_NEAR(xMax - xMin, fontMetrics(FontStyle::Regular).textWidth(word, 20), 0.05);
    EXPECT_LT(yMin, 200);
    EXPECT_GT(yMax, 200);
    EXPECT_LT(yMax, 210);
}

// Renders page 1 at 72 dpi (one pixel per point) in gray and reads the pixels.
struct GrayBitmap {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> pixels;
    int at(double x, double y) const {
        return pixels[std::size_t(int(y)) * std::size_t(width) + std::size_t(int(x))];
    }
};

GrayBitmap rasterize(const std::filesystem::path& pdf) {
    const auto prefix = pdf.parent_path() / "page";
    const CommandResult result =
        runCommand("pdftoppm -gray -r 72 -f 1 -l 1 -singlefile " + shellQuote(pdf.string()) + " " +
                   shellQuote(prefix.string()));
    EXPECT_EQ(result.exitCode, 0) << result.errors;
    std::ifstream in(prefix.string() + ".pgm", std::ios::binary);
    GrayBitmap bitmap;
    std::string magic;
    int maxValue = 0;
    in >> magic >> bitmap.width >> bitmap.height >> maxValue;
    in.get();
    EXPECT_EQ(magic, "P5");
    bitmap.pixels.resize(std::size_t(bitmap.width) * bitmap.height);
    in.read(reinterpret_cast<char*>(bitmap.pixels.data()),
            static_cast<std::streamsize>(bitmap.pixels.size()));
    return bitmap;
}

TEST_F(PdfWriter, ShapesLandWhereTheDocumentPutsThem) {
    Document doc;
    doc.images["black"] = RgbImage{2, 2, std::vector<unsigned char>(12, 0), {}};
    Page& page = doc.addPage(kLetter);
    page.ops.push_back(Rect{100, 50, 40, 40, 0, 0, 0.0});             // filled, no outline
    page.ops.push_back(Line{300, 100, 400, 100, 4, 0});               // horizontal
    page.ops.push_back(Circle{200, 300, 30, 4, 0});                   // outline only
    page.ops.push_back(Path{{{400, 400}, {450, 450}}, 6, 0, false});  // diagonal
    page.ops.push_back(Image{50, 500, 20, 20, "black"});
    page.ops.push_back(Rect{300, 600, 100, 50, 2, 0, std::nullopt});  // outline only
    const GrayBitmap bitmap = rasterize(write(doc));
    ASSERT_EQ(bitmap.width, 612);
    ASSERT_EQ(bitmap.height, 792);
    const auto dark = [&](double x, double y) { return bitmap.at(x, y) < 64; };
    EXPECT_TRUE(dark(120, 70));
    EXPECT_FALSE(dark(120, 792 - 70));  // y is not upside down
    EXPECT_TRUE(dark(350, 100));
    EXPECT_FALSE(dark(350, 110));
    EXPECT_TRUE(dark(230, 300));
    EXPECT_FALSE(dark(200, 300));
    EXPECT_TRUE(dark(425, 425));
    EXPECT_FALSE(dark(440, 410));
    EXPECT_TRUE(dark(60, 510));
    EXPECT_FALSE(dark(60, 530));
    EXPECT_TRUE(dark(350, 600));
    EXPECT_FALSE(dark(350, 625));
}

// Positions are written to the nearest eighth of a point (PDF y grows upwards from the bottom of
// the 792-point page); sizes and line widths as they are.
TEST_F(PdfWriter, PositionsAreRoundedToAnEighthOfAPoint) {
    Document doc;
    Page& page = doc.addPage(kLetter);
    page.ops.push_back(TextRun{72.33, 100.06, "Bridge", FontStyle::Regular, 13.7, 0});
    page.ops.push_back(Line{10.01, 20.07, 30.2, 40.3, 0.77, 0});
    page.ops.push_back(Rect{100.44, 200.1, 40.33, 20.01, 1.3, 0, std::nullopt});
    const auto file = write(doc);
    const auto qdf = file.parent_path() / "qdf.pdf";
    const CommandResult expanded =
        tool("qpdf --qdf --object-streams=disable", file, " " + shellQuote(qdf.string()));
    ASSERT_EQ(expanded.exitCode, 0) << expanded.errors;
    const std::string content = test::readText(qdf);
    for (const char* expected : {"72.375 692 Td", "13.7 Tf", "10 771.875 m", "30.25 751.75 l",
                                 "0.77 w", "100.5 571.875 40.33 20.01 re", "1.3 w"}) {
        EXPECT_TRUE(test::contains(content, expected)) << expected;
    }
}

TEST_F(PdfWriter, PageSizes) {
    for (const auto& [size, label] : {std::pair{kLetter, "letter"}, std::pair{kA4, "A4"}}) {
        const CommandResult info = tool("pdfinfo", write(sampleDocument(size)));
        ASSERT_EQ(info.exitCode, 0) << info.errors;
        const std::string pageSize = infoField(info.output, "Page size");
        double width = 0, height = 0;
        ASSERT_EQ(std::sscanf(pageSize.c_str(), "%lf x %lf", &width, &height), 2) << pageSize;
        EXPECT_NEAR(width, size.width, 0.01) << pageSize;
        EXPECT_NEAR(height, size.height, 0.01) << pageSize;
        EXPECT_NE(pageSize.find(label), std::string::npos) << pageSize;
        EXPECT_EQ(infoField(info.output, "Pages"), "2");
    }
    const CommandResult a4 = tool("pdfinfo", write(sampleDocument(kA4)));
    EXPECT_EQ(infoField(a4.output, "Page size"), "595.276 x 841.89 pts (A4)");
}

TEST_F(PdfWriter, MetadataIsReadable) {
    Document doc = sampleDocument();
    doc.info.created = std::chrono::sys_days(std::chrono::year(2024) / 3 / 5) +
                       std::chrono::hours(13) + std::chrono::minutes(4) + std::chrono::seconds(5);
    const CommandResult info = tool("pdfinfo", write(doc));
    ASSERT_EQ(info.exitCode, 0) << info.errors;
    EXPECT_EQ(infoField(info.output, "Title"), "Your home exercise program: José Núñez");
    EXPECT_EQ(infoField(info.output, "Author"), "Anna Łódź, PT");
    EXPECT_EQ(infoField(info.output, "Subject"), "Home exercises");
    EXPECT_EQ(infoField(info.output, "Creator"), "HEP Studio tests");
    EXPECT_EQ(infoField(info.output, "CreationDate"), "Tue Mar  5 13:04:05 2024 UTC");
}

// Plain ASCII information is written without libharu's UTF-8 encoder; characters a PDF string
// must escape stay as they are.
TEST_F(PdfWriter, AsciiMetadataIsReadableToo) {
    Document doc = sampleDocument();
    doc.info.title = "Home exercise program for Ann (Annie) O\\Neil";
    doc.info.author = "Alex Rivera, PT";
    const CommandResult info = tool("pdfinfo", write(doc));
    ASSERT_EQ(info.exitCode, 0) << info.errors;
    EXPECT_EQ(infoField(info.output, "Title"), "Home exercise program for Ann (Annie) O\\Neil");
    EXPECT_EQ(infoField(info.output, "Author"), "Alex Rivera, PT");
    EXPECT_EQ(infoField(info.output, "Subject"), "Home exercises");
}

// Latin-1 letters (U+00A1..U+00FF) are written in PDFDocEncoding, one byte each, without the
// UTF-8 encoder; a soft hyphen or no-break space, whose PDFDocEncoding codes differ, is not.
TEST_F(PdfWriter, LatinMetadataIsWrittenInPdfDocEncoding) {
    Document doc = sampleDocument();
    doc.info.title = "¡Home exercise program for José Núñez ×÷ÿ!";
    doc.info.author = "Zoë Ångström, PT";
    const std::filesystem::path pdf = write(doc);
    const CommandResult info = tool("pdfinfo", pdf);
    ASSERT_EQ(info.exitCode, 0) << info.errors;
    EXPECT_EQ(infoField(info.output, "Title"), "¡Home exercise program for José Núñez ×÷ÿ!");
    EXPECT_EQ(infoField(info.output, "Author"), "Zoë Ångström, PT");
    const std::string bytes = test::readText(pdf);
    EXPECT_TRUE(test::contains(bytes, "/Author (Zo\\353 \\305ngstr\\366m, PT)")) << bytes;
    EXPECT_FALSE(test::contains(bytes, "<FEFF"));

    for (const std::string odd : {"José\u00ADNúñez", "José\u00A0Núñez"}) {
        doc.info.author = odd;
        const std::filesystem::path other = write(doc, "other.pdf");
        const CommandResult read = tool("pdfinfo", other);
        ASSERT_EQ(read.exitCode, 0) << read.errors;
        EXPECT_EQ(infoField(read.output, "Author"), odd);
        EXPECT_TRUE(test::contains(test::readText(other), "/Author <FEFF"));
    }
}

TEST_F(PdfWriter, MetadataThatIsNotUtf8IsRefusedByField) {
    Document doc = sampleDocument();
    doc.info.author = "Alex \xC3";
    try {
        renderPdf(doc);
        FAIL() << "no error";
    } catch (const ExportError& error) {
        EXPECT_TRUE(test::contains(error.what(), "the document author is not valid UTF-8"))
            << error.what();
    }
}

TEST_F(PdfWriter, ImageIsStoredOnceHoweverOftenItIsDrawn) {
    const std::size_t once = renderPdf(sampleDocument(kLetter, 1)).size();
    const std::size_t fiveTimes = renderPdf(sampleDocument(kLetter, 5)).size();
    const std::size_t imageBytes = std::size_t{64} * 48 * 3;
    EXPECT_GT(fiveTimes, once);
    EXPECT_LT(fiveTimes - once, 500u) << once << " vs " << fiveTimes;
    EXPECT_GT(once, imageBytes);  // the noise really is in there, uncompressed by nature

    const CommandResult list = tool("pdfimages -list", write(sampleDocument(kLetter, 5)));
    ASSERT_EQ(list.exitCode, 0) << list.errors;
    std::istringstream lines(list.output);
    std::string line;
    std::getline(lines, line);
    std::getline(lines, line);
    int draws = 0;
    std::set<std::string> objects;
    while (std::getline(lines, line)) {
        std::istringstream words(line);
        std::vector<std::string> columns{std::istream_iterator<std::string>(words), {}};
        ASSERT_GE(columns.size(), 12u) << line;
        ++draws;
        objects.insert(columns[10]);  // the "object" column
    }
    EXPECT_EQ(draws, 5) << list.output;
    EXPECT_EQ(objects.size(), 1u) << list.output;
}

TEST_F(PdfWriter, SameInputSameBytesWithSourceDateEpoch) {
    ScopedEnv epoch("SOURCE_DATE_EPOCH", "1700000000");
    const std::vector<unsigned char> first = renderPdf(sampleDocument());
    const std::vector<unsigned char> second = renderPdf(sampleDocument());
    EXPECT_EQ(first, second);
    const CommandResult info = tool("pdfinfo", write(sampleDocument()));
    EXPECT_EQ(infoField(info.output, "CreationDate"), "Tue Nov 14 22:13:20 2023 UTC");
    EXPECT_EQ(test::readBytes(dir_.path() / "handout.pdf"), first);

    // The document's own time wins over the environment.
    Document dated = sampleDocument();
    dated.info.created = std::chrono::sys_days(std::chrono::year(2020) / 1 / 2);
    const CommandResult datedInfo = tool("pdfinfo", write(dated, "dated.pdf"));
    EXPECT_EQ(infoField(datedInfo.output, "CreationDate"), "Thu Jan  2 00:00:00 2020 UTC");
}

TEST_F(PdfWriter, NoDateWithoutTimeOrSourceDateEpoch) {
    const CommandResult info = tool("pdfinfo", write(sampleDocument()));
    ASSERT_EQ(info.exitCode, 0) << info.errors;
    EXPECT_EQ(info.output.find("CreationDate"), std::string::npos) << info.output;
    EXPECT_EQ(renderPdf(sampleDocument()), renderPdf(sampleDocument()));
}

TEST_F(PdfWriter, MalformedSourceDateEpochIsAnError) {
    ScopedEnv epoch("SOURCE_DATE_EPOCH", "yesterday");
    try {
        renderPdf(sampleDocument());
        FAIL() << "must throw";
    } catch (const ExportError& error) {
        EXPECT_NE(std::string(error.what()).find("SOURCE_DATE_EPOCH"), std::string::npos);
    }
}

}  // namespace
}  // namespace hep
