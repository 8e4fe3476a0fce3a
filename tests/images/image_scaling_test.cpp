// Scaling pictures down to the long side limit while importing them (PNG and JPEG).
#include "images/image_decode.h"

#include <gtest/gtest.h>

#include <utility>

#include "tests/support/image_makers.h"

namespace hep {
namespace {

using namespace test;

TEST(ImageDecode, WidePngIsHalvedByAveraging) {
    // Every 2 x 2 block holds red 100/200 and green 20/60: the averages are exact.
    const std::string png = rgbPng(3200, 1000, [](int x, int y) {
        return Rgb{static_cast<unsigned char>(x % 2 == 0 ? 100 : 200),
                   static_cast<unsigned char>(y % 2 == 0 ? 20 : 60), 7};
    });
    const RgbImage image = decodeImage(png, "wide.png");
    ASSERT_EQ(image.width, 1600);
    ASSERT_EQ(image.height, 500);
    expectWellFormed(image);
    for (int y = 0; y < 500; ++y) {
        for (int x = 0; x < 1600; ++x) {
            ASSERT_EQ(pixel(image, x, y), (Rgb{150, 40, 7})) << x << "," << y;
        }
    }
}

TEST(ImageDecode, TallPngAndSmallerLimit) {
    const std::string png = rgbPng(1000, 3200, [](int, int) { return Rgb{1, 2, 3}; });
    RgbImage image = decodeImage(png, "tall.png");
    EXPECT_EQ(image.width, 500);
    EXPECT_EQ(image.height, 1600);
    image = decodeImage(png, "tall.png", 320);
    EXPECT_EQ(image.width, 100);
    EXPECT_EQ(image.height, 320);
    EXPECT_EQ(pixel(image, 99, 319), (Rgb{1, 2, 3}));
}

TEST(ImageDecode, FractionalScalingWeighsByCoveredArea) {
    PngSpec line = pngSpec(3, 1, PNG_COLOR_TYPE_GRAY);
    line.rows = {0, 90, 180};
    RgbImage image = decodeImage(writePng(line), "line.png", 2);
    ASSERT_EQ(image.width, 2);
    ASSERT_EQ(image.height, 1);
    EXPECT_EQ(pixel(image, 0, 0)[0], 30);   // (0 * 1 + 90 * 0.5) / 1.5
    EXPECT_EQ(pixel(image, 1, 0)[0], 150);  // (90 * 0.5 + 180 * 1) / 1.5

    // 3 x 3 to 2 x 2: each new pixel covers 1.5 x 1.5 old ones, of which 0.5 x 0.5 is the centre
    // pixel: each new pixel gets 90 * 0.25 / 2.25 = 10.
    PngSpec square = pngSpec(3, 3, PNG_COLOR_TYPE_GRAY);
    square.rows = {0, 0, 0, 0, 90, 0, 0, 0, 0};
    image = decodeImage(writePng(square), "square.png", 2);
    ASSERT_EQ(image.width, 2);
    ASSERT_EQ(image.height, 2);
    const std::pair<int, int> corners[] = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};
    for (const auto& [x, y] : corners) {
        EXPECT_EQ(pixel(image, x, y), (Rgb{10, 10, 10})) << x << "," << y;
    }
}

TEST(ImageDecode, SmallPictureIsNotScaledUp) {
    const auto colour = [](int x, int y) {
        return Rgb{static_cast<unsigned char>(x), static_cast<unsigned char>(y), 200};
    };
    const RgbImage image = decodeImage(rgbPng(100, 50, colour), "small.png");
    ASSERT_EQ(image.width, 100);
    ASSERT_EQ(image.height, 50);
    EXPECT_EQ(pixel(image, 99, 49), colour(99, 49));
    EXPECT_EQ(pixel(image, 37, 11), colour(37, 11));
    const RgbImage exact = decodeImage(rgbPng(1600, 3, colour), "exact.png");
    EXPECT_EQ(exact.width, 1600);
    EXPECT_EQ(exact.height, 3);
}

TEST(ImageDecode, WideJpegIsScaledDown) {
    const auto colour = [](int x, int) { return x < 1600 ? Rgb{200, 40, 40} : Rgb{40, 40, 200}; };
    // 3200 x 1000: halved while decoding; 3300 x 1000: halved, then averaged to 1600 x 485;
    // 1700 x 850: averaged only.
    struct Case {
        int width, height, expectedHeight;
    };
    for (const Case& c : {Case{3200, 1000, 500}, Case{3300, 1000, 485}, Case{1700, 850, 800}}) {
        SCOPED_TRACE(c.width);
        const int expectedHeight = c.expectedHeight;
        const RgbImage image = decodeImage(rgbJpeg(c.width, c.height, colour), "wide.jpg");
        ASSERT_EQ(image.width, 1600);
        ASSERT_EQ(image.height, expectedHeight);
        expectWellFormed(image);
        EXPECT_TRUE(near(pixel(image, 10, 10), Rgb{200, 40, 40}, 8));
        EXPECT_TRUE(near(pixel(image, 1590, expectedHeight - 10), Rgb{40, 40, 200}, 8));
    }
}

TEST(ImageDecode, JpegOrientationAppliesAfterScaling) {
    JpegSpec spec = jpegSpec(3200, 1000);
    for (int y = 0; y < 1000; ++y) {
        for (int x = 0; x < 3200; ++x) {
            const Rgb& c = x < 1600 ? kRed : kBlue;
            spec.samples.insert(spec.samples.end(), c.begin(), c.end());
        }
    }
    spec.app1 = {exifPayload(6, false)};
    const RgbImage image = decodeImage(writeJpeg(spec), "turned-wide.jpg");
    ASSERT_EQ(image.width, 500);
    ASSERT_EQ(image.height, 1600);
    EXPECT_TRUE(near(pixel(image, 10, 10), kRed, 8));  // the left half is now on top
    EXPECT_TRUE(near(pixel(image, 10, 1590), kBlue, 8));
}

}  // namespace
}  // namespace hep
