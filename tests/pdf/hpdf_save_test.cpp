// Saving a libharu document: HpdfDocument::save() gives the bytes libharu's own memory stream
// would, leaves no file open or behind, and can be called again.
#include <gtest/gtest.h>
#include <hpdf.h>

#include <filesystem>
#include <string>
#include <vector>

#include "font_subset.h"
#include "hpdf_document.h"
#include "layout/fonts.h"

namespace hep {
namespace {

// A page of text in a subset font, as the handout draws it.
void fill(HpdfDocument& pdf) {
    pdf.check(HPDF_UseUTFEncodings(pdf.get()), "use UTF encodings");
    pdf.check(HPDF_SetCurrentEncoder(pdf.get(), "UTF-8"), "select UTF-8");
    const std::string text = "Bridge: hold for 5 seconds. Nguyễn Văn Bảo";
    CharacterSet characters;
    characters.addText(text);
    const char* name =
        pdf.loadTrueTypeFont(subsetFont(FontStyle::Regular, characters), "load the font");
    const HPDF_Font font = pdf.checkHandle(HPDF_GetFont(pdf.get(), name, "UTF-8"), "font");
    const HPDF_Page page = pdf.checkHandle(HPDF_AddPage(pdf.get()), "add a page");
    pdf.check(HPDF_Page_BeginText(page), "begin");
    pdf.check(HPDF_Page_SetFontAndSize(page, font, 14), "font");
    pdf.check(HPDF_Page_TextOut(page, 54, 700, text.c_str()), "text");
    pdf.check(HPDF_Page_EndText(page), "end");
    pdf.check(HPDF_Page_MoveTo(page, 54, 690), "move");
    pdf.check(HPDF_Page_LineTo(page, 558, 690), "line");
    pdf.check(HPDF_Page_Stroke(page), "stroke");
}

// What libharu's memory stream holds after HPDF_SaveToStream.
std::vector<unsigned char> streamed(HpdfDocument& pdf) {
    pdf.check(HPDF_SaveToStream(pdf.get()), "save to the stream");
    std::vector<unsigned char> bytes(HPDF_GetStreamSize(pdf.get()));
    HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
    const HPDF_STATUS status = HPDF_ReadFromStream(pdf.get(), bytes.data(), &size);
    EXPECT_TRUE(status == HPDF_OK || status == HPDF_STREAM_EOF);
    bytes.resize(size);
    return bytes;
}

std::size_t openFileCount() {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& entry :
         std::filesystem::directory_iterator("/proc/self/fd")) {
        ++n;
    }
    return n;
}

TEST(HpdfSave, GivesTheBytesOfLibharusOwnStream) {
    std::vector<unsigned char> expected;
    {
        HpdfDocument pdf;
        fill(pdf);
        expected = streamed(pdf);
    }
    ASSERT_GT(expected.size(), 1000u);
    const std::size_t files = openFileCount();
    HpdfDocument pdf;
    fill(pdf);
    const auto bytesOf = [](const HpdfDocument::Saved& saved) {
        return std::vector<unsigned char>(saved.bytes().begin(), saved.bytes().end());
    };
    HpdfDocument::Saved saved = pdf.save();
    EXPECT_EQ(bytesOf(saved), expected);
    EXPECT_EQ(bytesOf(pdf.save()), expected) << "a second save gives the same bytes";
    EXPECT_EQ(openFileCount(), files + 1) << "only libharu's font file stays open until freed";
    // Moved, the bytes stay where they are.
    const HpdfDocument::Saved moved(std::move(saved));
    EXPECT_EQ(bytesOf(moved), expected);
}

}  // namespace
}  // namespace hep
