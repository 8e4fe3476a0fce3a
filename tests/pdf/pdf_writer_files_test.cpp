// Tests of how the PDF writer treats the file and its errors: private to the user, written whole
// or not at all (the old file kept, no temporary left), and libharu's errors in plain words.
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

using test::directoryEntries;
using test::PdfWriter;
using test::sampleDocument;

TEST_F(PdfWriter, FileIsPrivateToTheUser) {
    const mode_t oldMask = ::umask(0);
    const auto file = dir_.path() / "handout.pdf";
    test::writeBytes(file, {'o', 'l', 'd'});
    std::filesystem::permissions(file, std::filesystem::perms(0644));
    writePdf(sampleDocument(), file);
    ::umask(oldMask);
    EXPECT_EQ(test::fileMode(file), 0600u);
    EXPECT_EQ(directoryEntries(dir_.path()), (std::vector<std::string>{"handout.pdf"}));
}

TEST_F(PdfWriter, MissingFolderThrowsAndLeavesNothingBehind) {
    const auto missing = dir_.path() / "no such folder";
    try {
        writePdf(sampleDocument(), missing / "handout.pdf");
        FAIL() << "must throw";
    } catch (const StorageError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find(missing.string()), std::string::npos) << message;
        EXPECT_NE(message.find("does not exist"), std::string::npos) << message;
    }
    EXPECT_TRUE(directoryEntries(dir_.path()).empty());
}

TEST_F(PdfWriter, FolderThatIsAFileOrNotWritableIsAClearError) {
    const auto notAFolder = dir_.path() / "notes.txt";
    test::writeBytes(notAFolder, {'x'});
    try {
        writePdf(sampleDocument(), notAFolder / "handout.pdf");
        FAIL() << "must throw";
    } catch (const StorageError& error) {
        EXPECT_NE(std::string(error.what()).find(notAFolder.string()), std::string::npos)
            << error.what();
    }
    if (::geteuid() != 0) {  // root writes anywhere; the permission case needs a normal user
        const auto locked = dir_.path() / "locked";
        std::filesystem::create_directory(locked);
        std::filesystem::permissions(locked, std::filesystem::perms(0500));
        try {
            writePdf(sampleDocument(), locked / "handout.pdf");
            FAIL() << "must throw";
        } catch (const StorageError& error) {
            const std::string message = error.what();
            EXPECT_NE(message.find(locked.string()), std::string::npos) << message;
            EXPECT_NE(message.find("not writable"), std::string::npos) << message;
        }
        std::filesystem::permissions(locked, std::filesystem::perms(0700));
        EXPECT_TRUE(directoryEntries(locked).empty());
    }
    const std::vector<std::string> expected = ::geteuid() != 0
                                                  ? std::vector<std::string>{"locked", "notes.txt"}
                                                  : std::vector<std::string>{"notes.txt"};
    EXPECT_EQ(directoryEntries(dir_.path()), expected);
}

TEST_F(PdfWriter, FailedRenderLeavesTheOldFileIntact) {
    const auto file = dir_.path() / "handout.pdf";
    const std::vector<unsigned char> old = {'o', 'l', 'd', ' ', 'P', 'D', 'F'};
    test::writeBytes(file, old);

    std::vector<Document> broken;
    broken.push_back(sampleDocument());
    broken.back().pages[0].ops.push_back(Image{0, 0, 10, 10, "no such image"});
    broken.push_back(sampleDocument());
    broken.back().pages[0].ops.push_back(Line{0, 0, 10, 10, 1, 2.0});  // gray above 1
    broken.push_back(sampleDocument());
    broken.back().pages[0].ops.push_back(TextRun{72, 72, "Smile 😀", FontStyle::Regular, 14, 0});
    broken.push_back(sampleDocument());
    broken.back().pages[0].ops.push_back(
        Circle{std::numeric_limits<double>::quiet_NaN(), 10, 5, 1, 0});
    broken.push_back(sampleDocument());
    broken.back().images["figure"].pixels.pop_back();
    broken.push_back(Document{});

    for (const Document& doc : broken) {
        EXPECT_THROW(writePdf(doc, file), ExportError);
        EXPECT_EQ(test::readBytes(file), old);
        EXPECT_EQ(directoryEntries(dir_.path()), (std::vector<std::string>{"handout.pdf"}));
    }
}

TEST_F(PdfWriter, FailedRenameRemovesTheTemporaryFile) {
    const auto folder = dir_.path() / "handout.pdf";  // a folder where the file should go
    std::filesystem::create_directory(folder);
    EXPECT_THROW(writePdf(sampleDocument(), folder), StorageError);
    EXPECT_EQ(directoryEntries(dir_.path()), (std::vector<std::string>{"handout.pdf"}));
    EXPECT_TRUE(std::filesystem::is_directory(folder));
}

TEST(PdfWriterErrors, LibharuErrorsSayWhatFailed) {
    Document doc;
    Page& page = doc.addPage(kLetter);
    page.ops.push_back(Line{0, 0, 10, 10, 1, 0});
    page.ops.push_back(Line{0, 0, 10, 10, 1, 1.5});
    try {
        renderPdf(doc);
        FAIL() << "must throw";
    } catch (const ExportError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("page 1, drawing 2 (line)"), std::string::npos) << message;
        EXPECT_NE(message.find("gray"), std::string::npos) << message;
        EXPECT_NE(message.find("0x1056"), std::string::npos) << message;
        EXPECT_NE(message.find("out of range"), std::string::npos) << message;
    }
    doc.pages[0].ops[1] = TextRun{72, 72, "Huge", FontStyle::Regular, 700, 0};
    try {
        renderPdf(doc);
        FAIL() << "must throw";
    } catch (const ExportError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("page 1, drawing 2 (text)"), std::string::npos) << message;
        EXPECT_NE(message.find("0x1050"), std::string::npos) << message;
        EXPECT_NE(message.find("font size"), std::string::npos) << message;
    }
    // libharu would draw this one; the writer refuses it.
    doc.pages[0].ops[1] = Circle{100, 100, -5, 1, 0};
    EXPECT_THROW(renderPdf(doc), ExportError);
    EXPECT_NE(describeHpdfError(0x1017, 0).find("0x1017"), std::string::npos);
    EXPECT_NE(describeHpdfError(0x1017, 0).find("could not be opened"), std::string::npos);
    EXPECT_NE(describeHpdfError(0x1999, 3).find("detail 3"), std::string::npos);
}

TEST(PdfWriterErrors, TextMustBeDrawable) {
    Document doc;
    doc.addPage(kLetter).ops.push_back(TextRun{72, 72, "bad \xFF", FontStyle::Regular, 14, 0});
    EXPECT_THROW(renderPdf(doc), ExportError);
    doc.pages[0].ops[0] = TextRun{72, 72, "中文", FontStyle::Bold, 14, 0};
    try {
        renderPdf(doc);
        FAIL() << "must throw";
    } catch (const ExportError& error) {
        EXPECT_NE(std::string(error.what()).find("U+4E2D"), std::string::npos) << error.what();
    }
}

}  // namespace
}  // namespace hep
