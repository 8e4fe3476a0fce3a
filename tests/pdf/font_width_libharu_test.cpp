// FontMetrics against libharu itself: the widths the layout measures must be the widths the PDF
// gets.
#include <gtest/gtest.h>
#include <hpdf.h>
#include <hpdf_font.h>

#include <cstring>

#include "hpdf_document.h"
#include "layout/fonts.h"
#include "text/utf8.h"

namespace hep {
namespace {

const char* const kSamples[] = {
    "Hello, world!",
    "Do these 5 exercises every day. Move slowly.",
    "Hold for 20 seconds. Do this 3 times on each side. Do this 2 times a day.",
    "Núñez, José María; Françoise Müller; Søren Ærø; Ångström; œuvre; Straße",
    "Łódź, Wrocław, Gdańsk, Kraków: źdźbło, żółć, gęślą jaźń, ŻÓŁĆ",
    "Nguyễn Thị Minh Khai, Trần Hưng Đạo, Phạm Văn Đồng, người, được, ướt",
    "Ελληνικά, Русский язык, Українська, Čeština, Română: ș ț, Türkçe: ğ ı ş",
    "“Quotes” — dashes – ellipsis… bullet • ☐ ☑ ✓ ½ ° ± × ÷ € £ ¥ © ®",
    "e\xCC\x81 a\xCC\x8A combining marks",
    "中文 and देवनागरी are not in DejaVu Sans",
    "emoji 😀 becomes a space in libharu",
    "tabs\tand\rcontrol characters",
    "",
    "W",
    "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii",
    "MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM",
};

class LibharuFonts : public ::testing::Test {
  protected:
    void SetUp() override {
        pdf_.check(HPDF_SetCompressionMode(pdf_.get(), HPDF_COMP_ALL), "compress");
        pdf_.check(HPDF_UseUTFEncodings(pdf_.get()), "use UTF encodings");
        pdf_.check(HPDF_SetCurrentEncoder(pdf_.get(), "UTF-8"), "select UTF-8");
    }

    // Loads the font as the PDF writer does.
    HPDF_Font load(FontStyle style) {
        const std::string file = fontMetrics(style).file().string();
        const char* name = pdf_.checkHandle(
            HPDF_LoadTTFontFromFile(pdf_.get(), file.c_str(), HPDF_TRUE), "load font");
        return pdf_.checkHandle(HPDF_GetFont(pdf_.get(), name, "UTF-8"), "get font");
    }

    static long libharuUnits(HPDF_Font font, std::string_view text) {
        return static_cast<long>(
            HPDF_Font_TextWidth(font, reinterpret_cast<const HPDF_BYTE*>(text.data()),
                                static_cast<HPDF_UINT>(text.size()))
                .width);
    }

    HpdfDocument pdf_;
};

TEST_F(LibharuFonts, SampleStringsMeasureTheSame) {
    for (const FontStyle style : {FontStyle::Regular, FontStyle::Bold}) {
        const HPDF_Font font = load(style);
        const FontMetrics& metrics = fontMetrics(style);
        for (const char* sample : kSamples) {
            for (const double size : {10.0, 14.0, 18.0, 36.0}) {
                const double libharu =
                    static_cast<double>(libharuUnits(font, sample)) * size / 1000;
                EXPECT_NEAR(metrics.textWidth(sample, size), libharu, 0.01)
                    << sample << " at " << size << " pt";
            }
            EXPECT_EQ(metrics.widthUnits(sample), libharuUnits(font, sample)) << sample;
        }
    }
}

TEST_F(LibharuFonts, EveryBmpCharacterMeasuresTheSame) {
    for (const FontStyle style : {FontStyle::Regular, FontStyle::Bold}) {
        const HPDF_Font font = load(style);
        const FontMetrics& metrics = fontMetrics(style);
        int mismatches = 0;
        for (char32_t cp = 1; cp <= 0xFFFF; ++cp) {
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                continue;
            }
            std::string text;
            appendUtf8(text, cp);
            if (metrics.charWidthUnits(cp) != libharuUnits(font, text) && ++mismatches <= 10) {
                ADD_FAILURE() << codePointName(cp) << ": " << metrics.charWidthUnits(cp)
                              << " vs libharu " << libharuUnits(font, text);
            }
        }
        EXPECT_EQ(mismatches, 0);
    }
}

TEST_F(LibharuFonts, GlyphIndexesMatchLibharusCmap) {
    for (const FontStyle style : {FontStyle::Regular, FontStyle::Bold}) {
        const FontMetrics& metrics = fontMetrics(style);
        // The font definition the PDF writer's font draws with. (HPDF_GetTTFontDefFromFile
        // would load another copy, which HPDF_Free does not free in 2.3.0.)
        const HPDF_Font font = load(style);
        const HPDF_FontDef def = static_cast<HPDF_FontAttr>(font->attr)->fontdef;
        int mismatches = 0;
        for (char32_t cp = 0; cp < 0xFFFF; ++cp) {
            const auto theirs = HPDF_TTFontDef_GetGlyphid(def, static_cast<HPDF_UINT16>(cp));
            if (metrics.glyphIndex(cp) != theirs && ++mismatches <= 10) {
                ADD_FAILURE() << codePointName(cp) << ": glyph " << metrics.glyphIndex(cp)
                              << " vs libharu " << theirs;
            }
        }
        EXPECT_EQ(mismatches, 0);
    }
}

TEST_F(LibharuFonts, AscentAndDescentMatchLibharu) {
    const HPDF_Font font = load(FontStyle::Regular);
    const FontMetrics& metrics = fontMetrics(FontStyle::Regular);
    // libharu truncates to thousandths of the size.
    EXPECT_NEAR(metrics.ascent(1000), HPDF_Font_GetAscent(font), 1.0);
    EXPECT_NEAR(-metrics.descent(1000), HPDF_Font_GetDescent(font), 1.0);
}

}  // namespace
}  // namespace hep
