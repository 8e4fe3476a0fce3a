// Decoding JPEG pictures: baseline, progressive, gray, CMYK and YCCK, and too many scans.
#include "images/image_decode.h"

#include <gtest/gtest.h>

#include <array>
#include <string>

#include "tests/support/image_makers.h"

namespace hep {
namespace {

using namespace test;

TEST(ImageDecode, RgbJpegIsCloseToItsColours) {
    const RgbImage image = decodeImage(writeJpeg(quadrantJpeg()), "quadrants.jpg");
    ASSERT_EQ(image.width, 64);
    ASSERT_EQ(image.height, 32);
    expectWellFormed(image);
    EXPECT_TRUE(near(pixel(image, 16, 8), kRed, 8));
    EXPECT_TRUE(near(pixel(image, 48, 8), kGreen, 8));
    EXPECT_TRUE(near(pixel(image, 16, 24), kBlue, 8));
    EXPECT_TRUE(near(pixel(image, 48, 24), kYellow, 8));
}

TEST(ImageDecode, ProgressiveJpeg) {
    JpegSpec spec = quadrantJpeg();
    spec.progressive = true;
    const std::string jpeg = writeJpeg(spec);
    ASSERT_NE(jpeg.find("\xFF\xC2"), std::string::npos);  // SOF2: progressive
    const RgbImage image = decodeImage(jpeg, "progressive.jpg");
    ASSERT_EQ(image.width, 64);
    ASSERT_EQ(image.height, 32);
    EXPECT_TRUE(near(pixel(image, 16, 8), kRed, 8));
    EXPECT_TRUE(near(pixel(image, 48, 24), kYellow, 8));
}

TEST(ImageDecode, JpegWithTooManyScansIsRefused) {
    JpegSpec spec = quadrantJpeg();
    spec.oneScanPerCoefficient = true;  // 1 + 3 * 63 scans, valid but a way to waste time
    const std::string message = errorOf(writeJpeg(spec), "scans.jpg");
    EXPECT_EQ(message, "scans.jpg: is a damaged JPEG picture (it has more than 100 scans)");
}

TEST(ImageDecode, GrayJpeg) {
    JpegSpec spec = jpegSpec(16, 8, JCS_GRAYSCALE, JCS_GRAYSCALE);
    spec.samples.assign(std::size_t{16} * 8, 90);
    const RgbImage image = decodeImage(writeJpeg(spec), "gray.jpg");
    ASSERT_EQ(image.width, 16);
    EXPECT_TRUE(near(pixel(image, 5, 5), Rgb{90, 90, 90}, 2));
}

// 32 x 32 in CMYK inks (255 = full ink): cyan, black / white, red (magenta + yellow).
JpegSpec cmykJpeg(J_COLOR_SPACE stored, bool inverted, bool adobeMarker) {
    JpegSpec spec = jpegSpec(32, 32, JCS_CMYK, stored);
    spec.adobeMarker = adobeMarker;
    using Ink = std::array<unsigned char, 4>;
    for (int y = 0; y < 32; ++y) {
        for (int x = 0; x < 32; ++x) {
            Ink ink = y < 16 ? (x < 16 ? Ink{255, 0, 0, 0} : Ink{0, 0, 0, 255})
                             : (x < 16 ? Ink{0, 0, 0, 0} : Ink{0, 255, 255, 0});
            for (unsigned char& value : ink) {
                value = inverted ? static_cast<unsigned char>(255 - value) : value;
            }
            spec.samples.insert(spec.samples.end(), ink.begin(), ink.end());
        }
    }
    return spec;
}

void expectCmykQuadrants(const RgbImage& image) {
    ASSERT_EQ(image.width, 32);
    ASSERT_EQ(image.height, 32);
    EXPECT_TRUE(near(pixel(image, 8, 8), Rgb{0, 255, 255}, 12));
    EXPECT_TRUE(near(pixel(image, 24, 8), Rgb{0, 0, 0}, 12));
    EXPECT_TRUE(near(pixel(image, 8, 24), Rgb{255, 255, 255}, 12));
    EXPECT_TRUE(near(pixel(image, 24, 24), Rgb{255, 0, 0}, 12));
}

TEST(ImageDecode, AdobeCmykJpegIsReadAsInverted) {
    const std::string jpeg = writeJpeg(cmykJpeg(JCS_CMYK, true, true));
    ASSERT_NE(jpeg.find("Adobe"), std::string::npos);
    expectCmykQuadrants(decodeImage(jpeg, "adobe-cmyk.jpg"));
}

TEST(ImageDecode, PlainCmykJpegWithoutAdobeMarker) {
    const std::string jpeg = writeJpeg(cmykJpeg(JCS_CMYK, false, false));
    ASSERT_EQ(jpeg.find("Adobe"), std::string::npos);
    expectCmykQuadrants(decodeImage(jpeg, "cmyk.jpg"));
}

TEST(ImageDecode, YcckJpeg) {
    expectCmykQuadrants(decodeImage(writeJpeg(cmykJpeg(JCS_YCCK, true, true)), "ycck.jpg"));
}

}  // namespace
}  // namespace hep
