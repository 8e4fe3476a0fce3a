// Test pictures made in memory (PNG with libpng, JPEG with libjpeg) and checks of decoded pixels.
#pragma once

#include <cstdio>  // jpeglib.h needs FILE and size_t first

#include <jpeglib.h>
#include <png.h>

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "images/rgb_image.h"

namespace hep::test {

using Rgb = std::array<unsigned char, 3>;

// ---- PNG ---------------------------------------------------------------------------------------

struct PngSpec {
    int width = 0;
    int height = 0;
    int colorType = PNG_COLOR_TYPE_RGB;
    int bitDepth = 8;
    bool interlaced = false;
    std::vector<unsigned char> rows;  // packed rows as PNG stores them (16-bit: big-endian)
    std::vector<png_color> palette;
    std::vector<png_byte> paletteAlpha;  // tRNS of a palette picture
};

PngSpec pngSpec(int width, int height, int colorType = PNG_COLOR_TYPE_RGB, int bitDepth = 8);

// The PNG file of the spec (interlaced with Adam7 when spec.interlaced).
std::string writePng(const PngSpec& spec);

// An 8-bit RGB PNG whose pixel (x, y) is colour(x, y).
template <typename Colour>
std::string rgbPng(int width, int height, Colour colour) {
    PngSpec spec = pngSpec(width, height);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const Rgb c = colour(x, y);
            spec.rows.insert(spec.rows.end(), c.begin(), c.end());
        }
    }
    return writePng(spec);
}

// Sample `channel` (0-2 colour, gray 0) of pixel (x, y) of sixteenBitPng: every row differs.
std::uint16_t sixteenBitSample(int x, int y, int channel);

// The alpha of pixel (x, y) of sixteenBitPng: transparent where (x + y) % 7 == 0, half (0x8000)
// where it is 3, opaque elsewhere.
std::uint16_t sixteenBitAlpha(int x, int y);

// A 16-bit PNG (RGB, RGB_ALPHA, GRAY or GRAY_ALPHA) made of the samples above.
PngSpec sixteenBitPng(int width, int height, int colorType, bool interlaced);

// ---- JPEG --------------------------------------------------------------------------------------

struct JpegSpec {
    int width = 0;
    int height = 0;
    J_COLOR_SPACE input = JCS_RGB;     // JCS_RGB, JCS_GRAYSCALE or JCS_CMYK samples
    J_COLOR_SPACE stored = JCS_YCbCr;  // colour space inside the file
    std::vector<unsigned char> samples;
    bool progressive = false;
    bool oneScanPerCoefficient = false;  // a valid progressive file with 190 scans
    bool adobeMarker = true;             // for CMYK: libjpeg writes one unless told not to
    std::vector<std::string> app1;       // APP1 segments (payloads)
};

JpegSpec jpegSpec(int width, int height, J_COLOR_SPACE input = JCS_RGB,
                  J_COLOR_SPACE stored = JCS_YCbCr);

// The JPEG file of the spec (quality 95, 4:4:4).
std::string writeJpeg(const JpegSpec& spec);

template <typename Colour>
std::string rgbJpeg(int width, int height, Colour colour, bool progressive = false) {
    JpegSpec spec = jpegSpec(width, height);
    spec.progressive = progressive;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const Rgb c = colour(x, y);
            spec.samples.insert(spec.samples.end(), c.begin(), c.end());
        }
    }
    return writeJpeg(spec);
}

inline const Rgb kRed{220, 30, 30};
inline const Rgb kGreen{30, 200, 40};
inline const Rgb kBlue{30, 40, 210};
inline const Rgb kYellow{230, 220, 40};

// 64 x 32: red top left, green top right, blue bottom left, yellow bottom right.
JpegSpec quadrantJpeg();

// ---- Patching headers --------------------------------------------------------------------------

// The PNG with other dimensions in its IHDR, and the IHDR CRC made right again.
std::string withPngSize(std::string png, std::uint32_t width, std::uint32_t height);

// The JPEG with other dimensions in its SOF segment.
std::string withJpegSize(std::string jpeg, unsigned width, unsigned height);

// ---- EXIF --------------------------------------------------------------------------------------

// An APP1 Exif payload whose IFD0 holds Make ("HEP") and then Orientation.
std::string exifPayload(int orientation, bool little);

// ---- Checking results --------------------------------------------------------------------------

Rgb pixel(const RgbImage& image, int x, int y);

::testing::AssertionResult near(const Rgb& actual, const Rgb& expected, int tolerance);

void expectWellFormed(const RgbImage& image);

// The message of the InputError that decoding gives, or "(no error)".
std::string errorOf(std::string_view bytes, const std::string& source);

}  // namespace hep::test
