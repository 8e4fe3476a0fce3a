// Flattening nested composite glyphs: the whole DejaVu fonts come out one level deep with every
// glyph's outline where it was, the other tables untouched, and damaged fonts refused.
#include "composite_glyphs.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "layout/export_error.h"
#include "layout/fonts.h"
#include "tests/pdf/ttf_reader.h"
#include "tests/support/test_support.h"

namespace hep {
namespace {

using test::Ttf;

std::vector<unsigned char> tableOf(const Ttf& font, const std::string& tag) {
    const Ttf::Table& table = font.table(tag);
    return {font.data().begin() + table.offset, font.data().begin() + table.offset + table.length};
}

TEST(CompositeGlyphs, TheDejaVuFontsComeOutOneLevelDeepWithTheSameOutlines) {
    for (const FontStyle style : {FontStyle::Regular, FontStyle::Bold}) {
        const std::filesystem::path file = fontMetrics(style).file();
        const std::vector<unsigned char> bytes = test::readBytes(file);
        EXPECT_EQ(Ttf(bytes).compositeDepth(), 4);
        const std::vector<unsigned char> flat = flattenCompositeGlyphs(bytes, file);

        const Ttf full(bytes);
        const Ttf flattened(flat);
        EXPECT_EQ(flattened.compositeDepth(), 1);
        ASSERT_EQ(flattened.glyphCount(), full.glyphCount());
        int emptied = 0;
        std::size_t mostParts = 0;
        for (std::uint32_t id = 0; id < full.glyphCount(); ++id) {
            const std::vector<unsigned char> glyph = flattened.glyph(id);
            if (glyph.empty() && !full.glyph(id).empty()) {
                // Only inner composites that no character maps to.
                EXPECT_FALSE(Ttf::components(full.glyph(id)).empty()) << "glyph " << id;
                ++emptied;
                continue;
            }
            ASSERT_EQ(flattened.outline(id), full.outline(id)) << "glyph " << id;
            mostParts = std::max(mostParts, Ttf::components(glyph).size());
        }
        EXPECT_GT(emptied, 10);
        EXPECT_GE(flattened.u16(flattened.table("maxp").offset + 28), mostParts);
        EXPECT_EQ(flattened.u16(flattened.table("head").offset + 50), 1u);  // long loca

        // Everything else is as it was: names, metrics, cmap, hinting.
        EXPECT_EQ(flattened.tags().size(), full.tags().size());
        for (const std::string& tag : full.tags()) {
            if (tag != "glyf" && tag != "loca" && tag != "head" && tag != "maxp") {
                EXPECT_EQ(tableOf(flattened, tag), tableOf(full, tag)) << tag;
            }
        }
        std::vector<unsigned char> head = tableOf(flattened, "head");
        std::vector<unsigned char> fullHead = tableOf(full, "head");
        for (std::vector<unsigned char>* h : {&head, &fullHead}) {
            std::fill(h->begin() + 8, h->begin() + 12, 0);  // checkSumAdjustment
            (*h)[51] = 0;                                   // indexToLocFormat
        }
        EXPECT_EQ(head, fullHead);

        // A font without nested composites comes back as it is.
        EXPECT_EQ(flattenCompositeGlyphs(flat, file), flat);
    }
}

TEST(CompositeGlyphs, DamagedFontsAreRefusedNamingTheFile) {
    const std::vector<unsigned char> text = {'n', 'o', 't', ' ', 'a', ' ', 'f', 'o', 'n', 't'};
    const auto expectRefused = [](const std::function<void()>& call) {
        try {
            call();
            FAIL() << "must throw";
        } catch (const ExportError& error) {
            EXPECT_NE(std::string(error.what()).find("/fonts/Broken.ttf"), std::string::npos)
                << error.what();
        }
    };
    expectRefused([&] { flattenCompositeGlyphs(text, "/fonts/Broken.ttf"); });
    // The glyph data cut off: loca points past the end of glyf.
    const std::filesystem::path file = fontMetrics(FontStyle::Regular).file();
    std::vector<unsigned char> bytes = test::readBytes(file);
    const Ttf full(bytes);
    const Ttf::Table& glyf = full.table("glyf");
    for (std::size_t i = 0; i < full.tags().size(); ++i) {
        if (full.tags()[i] == "glyf") {
            const std::size_t length = 12 + 16 * i + 12;  // its length in the directory
            const std::uint32_t shorter = glyf.length / 2;
            bytes[length] = static_cast<unsigned char>(shorter >> 24);
            bytes[length + 1] = static_cast<unsigned char>(shorter >> 16);
            bytes[length + 2] = static_cast<unsigned char>(shorter >> 8);
            bytes[length + 3] = static_cast<unsigned char>(shorter);
        }
    }
    EXPECT_THROW(flattenCompositeGlyphs(bytes, file), ExportError);
}

}  // namespace
}  // namespace hep
