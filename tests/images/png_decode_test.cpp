// Decoding PNG pictures: colour types, bit depths, interlacing, transparency; and encodePng.
#include "images/image_decode.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "image_codecs.h"
#include "tests/support/image_makers.h"

namespace hep {
namespace {

using namespace test;

TEST(ImageDecode, RgbPngKeepsEveryPixel) {
    const auto colour = [](int x, int y) {
        return Rgb{static_cast<unsigned char>(x * 30), static_cast<unsigned char>(y * 50),
                   static_cast<unsigned char>(255 - x - y)};
    };
    const RgbImage image = decodeImage(rgbPng(8, 5, colour), "rgb.png");
    ASSERT_EQ(image.width, 8);
    ASSERT_EQ(image.height, 5);
    expectWellFormed(image);
    for (int y = 0; y < 5; ++y) {
        for (int x = 0; x < 8; ++x) {
            EXPECT_EQ(pixel(image, x, y), colour(x, y)) << x << "," << y;
        }
    }
}

TEST(ImageDecode, InterlacedPngGivesTheSamePixels) {
    const auto colour = [](int x, int y) {
        return Rgb{static_cast<unsigned char>(x * 20), static_cast<unsigned char>(y * 20), 77};
    };
    PngSpec spec = pngSpec(11, 9);
    spec.interlaced = true;
    for (int y = 0; y < 9; ++y) {
        for (int x = 0; x < 11; ++x) {
            const Rgb c = colour(x, y);
            spec.rows.insert(spec.rows.end(), c.begin(), c.end());
        }
    }
    const RgbImage image = decodeImage(writePng(spec), "interlaced.png");
    ASSERT_EQ(image.width, 11);
    ASSERT_EQ(image.height, 9);
    for (int y = 0; y < 9; ++y) {
        for (int x = 0; x < 11; ++x) {
            EXPECT_EQ(pixel(image, x, y), colour(x, y)) << x << "," << y;
        }
    }
}

TEST(ImageDecode, RgbaPngIsCompositedOverWhite) {
    PngSpec spec = pngSpec(4, 1, PNG_COLOR_TYPE_RGB_ALPHA);
    spec.rows = {10,  20, 30, 0,    // fully transparent: white
                 10,  20, 30, 255,  // opaque: as it is
                 255, 0,  0,  128,  // half red over white: pink
                 0,   0,  0,  0};   // transparent black: white too
    const RgbImage image = decodeImage(writePng(spec), "rgba.png");
    ASSERT_EQ(image.width, 4);
    EXPECT_EQ(pixel(image, 0, 0), (Rgb{255, 255, 255}));
    EXPECT_EQ(pixel(image, 1, 0), (Rgb{10, 20, 30}));
    const Rgb pink = pixel(image, 2, 0);
    EXPECT_EQ(pink[0], 255);
    EXPECT_GE(pink[1], 100);
    EXPECT_LE(pink[1], 200);
    EXPECT_EQ(pink[1], pink[2]);
    EXPECT_EQ(pixel(image, 3, 0), (Rgb{255, 255, 255}));
}

TEST(ImageDecode, SixteenBitPngIsReducedToEightBitsAsSrgb) {
    PngSpec spec = pngSpec(3, 1, PNG_COLOR_TYPE_RGB, 16);
    // 0x0000, 0xFFFF, 0x8080 (mid grey, 128 in 8 bits unless taken as linear light)
    spec.rows = {0x00, 0x00, 0xFF, 0xFF, 0x80, 0x80,   // pixel 0: 0, 255, 128
                 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,   // pixel 1: white
                 0x80, 0x80, 0x80, 0x80, 0x80, 0x80};  // pixel 2: mid grey
    const RgbImage image = decodeImage(writePng(spec), "deep.png");
    ASSERT_EQ(image.width, 3);
    EXPECT_EQ(pixel(image, 0, 0), (Rgb{0, 255, 128}));
    EXPECT_EQ(pixel(image, 1, 0), (Rgb{255, 255, 255}));
    EXPECT_EQ(pixel(image, 2, 0), (Rgb{128, 128, 128}));
}

TEST(ImageDecode, SixteenBitRgbaPngTransparentPixelIsWhite) {
    PngSpec spec = pngSpec(2, 1, PNG_COLOR_TYPE_RGB_ALPHA, 16);
    spec.rows = {0x12, 0x34, 0x56, 0x78, 0x9A, 0xBC, 0x00, 0x00,   // transparent
                 0x40, 0x40, 0x80, 0x80, 0xC0, 0xC0, 0xFF, 0xFF};  // opaque
    const RgbImage image = decodeImage(writePng(spec), "deep-alpha.png");
    EXPECT_EQ(pixel(image, 0, 0), (Rgb{255, 255, 255}));
    EXPECT_EQ(pixel(image, 1, 0), (Rgb{64, 128, 192}));
}

TEST(ImageDecode, PalettePngWithTransparency) {
    PngSpec spec = pngSpec(4, 2, PNG_COLOR_TYPE_PALETTE);
    spec.palette = {{200, 10, 10}, {10, 200, 10}, {10, 10, 200}, {0, 0, 0}};
    spec.paletteAlpha = {255, 255, 255, 0};  // entry 3 is fully transparent
    spec.rows = {0, 1, 2, 3,                 //
                 3, 2, 1, 0};
    const RgbImage image = decodeImage(writePng(spec), "palette.png");
    ASSERT_EQ(image.width, 4);
    ASSERT_EQ(image.height, 2);
    EXPECT_EQ(pixel(image, 0, 0), (Rgb{200, 10, 10}));
    EXPECT_EQ(pixel(image, 1, 0), (Rgb{10, 200, 10}));
    EXPECT_EQ(pixel(image, 2, 0), (Rgb{10, 10, 200}));
    EXPECT_EQ(pixel(image, 3, 0), (Rgb{255, 255, 255}));
    EXPECT_EQ(pixel(image, 0, 1), (Rgb{255, 255, 255}));
    EXPECT_EQ(pixel(image, 3, 1), (Rgb{200, 10, 10}));
}

TEST(ImageDecode, GrayPngs) {
    PngSpec gray = pngSpec(3, 1, PNG_COLOR_TYPE_GRAY);
    gray.rows = {0, 77, 255};
    RgbImage image = decodeImage(writePng(gray), "gray.png");
    EXPECT_EQ(pixel(image, 0, 0), (Rgb{0, 0, 0}));
    EXPECT_EQ(pixel(image, 1, 0), (Rgb{77, 77, 77}));
    EXPECT_EQ(pixel(image, 2, 0), (Rgb{255, 255, 255}));

    PngSpec oneBit = pngSpec(10, 1, PNG_COLOR_TYPE_GRAY, 1);
    oneBit.rows = {0b10110000, 0b01000000};
    image = decodeImage(writePng(oneBit), "bits.png");
    ASSERT_EQ(image.width, 10);
    const int expected[10] = {255, 0, 255, 255, 0, 0, 0, 0, 0, 255};
    for (int x = 0; x < 10; ++x) {
        EXPECT_EQ(pixel(image, x, 0)[0], expected[x]) << x;
    }

    PngSpec grayAlpha = pngSpec(2, 1, PNG_COLOR_TYPE_GRAY_ALPHA);
    grayAlpha.rows = {30, 0, 30, 255};
    image = decodeImage(writePng(grayAlpha), "gray-alpha.png");
    EXPECT_EQ(pixel(image, 0, 0), (Rgb{255, 255, 255}));
    EXPECT_EQ(pixel(image, 1, 0), (Rgb{30, 30, 30}));
}

// The rows in which two pictures of the same size differ, as "y1 y2 ... (n of height)", or "".
std::string differingRows(const RgbImage& actual, const RgbImage& expected) {
    const std::size_t rowBytes = static_cast<std::size_t>(actual.width) * 3;
    std::string rows;
    int count = 0;
    for (int y = 0; y < actual.height; ++y) {
        const auto at = static_cast<std::ptrdiff_t>(rowBytes * static_cast<std::size_t>(y));
        if (!std::equal(actual.pixels.begin() + at,
                        actual.pixels.begin() + at + static_cast<std::ptrdiff_t>(rowBytes),
                        expected.pixels.begin() + at)) {
            rows += std::to_string(y) + " ";
            ++count;
        }
    }
    return count == 0
               ? std::string()
               : rows + "(" + std::to_string(count) + " of " + std::to_string(actual.height) + ")";
}

// Adam7 puts each row together from up to 7 passes, so every pass must keep what the earlier
// ones put in. libpng's simplified API does not for 16-bit input read as 8 bits (it lost every
// even row here): photos from scanners and raw converters are often 16-bit, some interlaced.
TEST(ImageDecode, SixteenBitInterlacedPngGivesTheSamePixels) {
    const std::pair<int, const char*> types[] = {{PNG_COLOR_TYPE_RGB, "RGB"},
                                                 {PNG_COLOR_TYPE_RGB_ALPHA, "RGBA"},
                                                 {PNG_COLOR_TYPE_GRAY, "gray"},
                                                 {PNG_COLOR_TYPE_GRAY_ALPHA, "gray with alpha"}};
    for (const auto& [colorType, name] : types) {
        SCOPED_TRACE(name);
        const std::string plainPng = writePng(sixteenBitPng(40, 120, colorType, false));
        const std::string adam7Png = writePng(sixteenBitPng(40, 120, colorType, true));
        const RgbImage plain = decodeImage(plainPng, "plain.png");
        const RgbImage adam7 = decodeImage(adam7Png, "adam7.png");
        ASSERT_EQ(adam7.width, 40);
        ASSERT_EQ(adam7.height, 120);
        ASSERT_EQ(plain.pixels.size(), adam7.pixels.size());
        EXPECT_EQ(differingRows(adam7, plain), "") << "rows that differ from the non-interlaced";

        // 16-bit v is sRGB, so 8-bit round(v / 257); transparent is white. Opaque pixels of
        // pictures with alpha may be 1 off: libpng composes them in linear light.
        const bool colour = (colorType & PNG_COLOR_MASK_COLOR) != 0;
        const bool alpha = (colorType & PNG_COLOR_MASK_ALPHA) != 0;
        int wrong = 0;
        std::string first;
        for (int y = 0; y < 120; ++y) {
            for (int x = 0; x < 40; ++x) {
                const std::uint16_t a = alpha ? sixteenBitAlpha(x, y) : 0xFFFF;
                Rgb expected{255, 255, 255};
                if (a == 0xFFFF) {
                    for (int c = 0; c < 3; ++c) {
                        expected[c] = static_cast<unsigned char>(
                            (sixteenBitSample(x, y, colour ? c : 0) + 128) / 257);
                    }
                } else if (a != 0) {
                    continue;  // half transparent: as without interlacing, checked above
                }
                const auto result = near(pixel(adam7, x, y), expected, alpha ? 1 : 0);
                if (!result && wrong++ == 0) {
                    first = std::to_string(x) + "," + std::to_string(y) + ": " + result.message();
                }
            }
        }
        EXPECT_EQ(wrong, 0) << "first: " << first;

        // Scaled down afterwards, as every picture.
        EXPECT_TRUE(decodeImage(adam7Png, "adam7.png", 60).pixels ==
                    decodeImage(plainPng, "plain.png", 60).pixels);
    }
}

TEST(ImageDecode, EncodePngRoundTrips) {
    std::mt19937 random(5);
    RgbImage original;
    original.width = 37;
    original.height = 23;
    for (int i = 0; i < 37 * 23 * 3; ++i) {
        original.pixels.push_back(static_cast<unsigned char>(random()));
    }
    const std::string png = encodePng(original);
    EXPECT_EQ(png.substr(0, 8), "\x89PNG\r\n\x1A\n");
    const RgbImage decoded = decodeImage(png, "stored.png");
    EXPECT_EQ(decoded.width, original.width);
    EXPECT_EQ(decoded.height, original.height);
    EXPECT_EQ(decoded.pixels, original.pixels);

    RgbImage flat;
    flat.width = 800;
    flat.height = 600;
    flat.pixels.assign(std::size_t{800} * 600 * 3, 200);
    EXPECT_LT(encodePng(flat).size(), 10'000u);  // compact

    RgbImage wrong = original;
    wrong.pixels.pop_back();
    EXPECT_THROW(encodePng(wrong), std::invalid_argument);
    EXPECT_THROW(encodePng(RgbImage{}), std::invalid_argument);
}

}  // namespace
}  // namespace hep
