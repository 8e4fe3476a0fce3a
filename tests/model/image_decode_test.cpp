#include "model/image_decode.h"

#include <jpeglib.h>
#include <png.h>
#include <cstdio>  // jpeglib.h needs FILE and size_t first
#include <cstdlib>
#include <cstring>

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <random>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "model/errors.h"
#include "model/image_codecs.h"
#include "tests/support/test_support.h"

namespace hep {
namespace {

// ---- Making test pictures in memory with libpng and libjpeg ------------------------------------

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

PngSpec pngSpec(int width, int height, int colorType = PNG_COLOR_TYPE_RGB, int bitDepth = 8) {
    PngSpec spec;
    spec.width = width;
    spec.height = height;
    spec.colorType = colorType;
    spec.bitDepth = bitDepth;
    return spec;
}

void appendPngData(png_structp png, png_bytep data, std::size_t length) {
    static_cast<std::string*>(png_get_io_ptr(png))->append(reinterpret_cast<char*>(data), length);
}

void failPng(png_structp, png_const_charp message) {
    throw std::runtime_error(std::string("test PNG writer: ") + message);
}

void ignorePngWarning(png_structp, png_const_charp) {}

std::string writePng(const PngSpec& spec) {
    png_structp png =
        png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, &failPng, &ignorePngWarning);
    png_infop info = png_create_info_struct(png);
    std::string out;
    png_set_write_fn(png, &out, &appendPngData, nullptr);
    png_set_IHDR(png, info, static_cast<png_uint_32>(spec.width),
                 static_cast<png_uint_32>(spec.height), spec.bitDepth, spec.colorType,
                 spec.interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (!spec.palette.empty()) {
        png_set_PLTE(png, info, spec.palette.data(), static_cast<int>(spec.palette.size()));
    }
    if (!spec.paletteAlpha.empty()) {
        png_set_tRNS(png, info, spec.paletteAlpha.data(),
                     static_cast<int>(spec.paletteAlpha.size()), nullptr);
    }
    png_write_info(png, info);
    const std::size_t rowBytes = spec.rows.size() / static_cast<std::size_t>(spec.height);
    std::vector<png_bytep> rows;
    rows.reserve(static_cast<std::size_t>(spec.height));
    for (int y = 0; y < spec.height; ++y) {
        rows.push_back(const_cast<png_bytep>(spec.rows.data()) + rowBytes * y);
    }
    png_write_image(png, rows.data());  // handles interlacing
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return out;
}

// An 8-bit RGB PNG whose pixel (x, y) is colour(x, y).
template <typename Colour>
std::string rgbPng(int width, int height, Colour colour) {
    PngSpec spec = pngSpec(width, height);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const std::array<unsigned char, 3> c = colour(x, y);
            spec.rows.insert(spec.rows.end(), c.begin(), c.end());
        }
    }
    return writePng(spec);
}

[[noreturn]] void failJpeg(j_common_ptr cinfo) {
    char message[JMSG_LENGTH_MAX] = {};
    (*cinfo->err->format_message)(cinfo, message);
    throw std::runtime_error(std::string("test JPEG writer: ") + message);
}

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
                  J_COLOR_SPACE stored = JCS_YCbCr) {
    JpegSpec spec;
    spec.width = width;
    spec.height = height;
    spec.input = input;
    spec.stored = stored;
    return spec;
}

std::string writeJpeg(const JpegSpec& spec) {
    jpeg_compress_struct cinfo{};
    jpeg_error_mgr errors{};
    cinfo.err = jpeg_std_error(&errors);
    errors.error_exit = &failJpeg;
    jpeg_create_compress(&cinfo);
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&cinfo, &buffer, &size);
    const int components = spec.input == JCS_GRAYSCALE ? 1 : spec.input == JCS_CMYK ? 4 : 3;
    cinfo.image_width = static_cast<JDIMENSION>(spec.width);
    cinfo.image_height = static_cast<JDIMENSION>(spec.height);
    cinfo.input_components = components;
    cinfo.in_color_space = spec.input;
    jpeg_set_defaults(&cinfo);
    jpeg_set_colorspace(&cinfo, spec.stored);
    jpeg_set_quality(&cinfo, 95, TRUE);
    for (int i = 0; i < cinfo.num_components; ++i) {
        cinfo.comp_info[i].h_samp_factor = 1;  // 4:4:4, so that colours keep sharp edges
        cinfo.comp_info[i].v_samp_factor = 1;
    }
    if (!spec.adobeMarker) {
        cinfo.write_Adobe_marker = FALSE;
    }
    std::vector<jpeg_scan_info> scans;
    if (spec.progressive) {
        jpeg_simple_progression(&cinfo);
    }
    if (spec.oneScanPerCoefficient) {
        jpeg_scan_info dc{};
        dc.comps_in_scan = cinfo.num_components;
        for (int c = 0; c < cinfo.num_components; ++c) {
            dc.component_index[c] = c;
        }
        scans.push_back(dc);
        for (int c = 0; c < cinfo.num_components; ++c) {
            for (int k = 1; k < DCTSIZE2; ++k) {
                jpeg_scan_info ac{};
                ac.comps_in_scan = 1;
                ac.component_index[0] = c;
                ac.Ss = k;
                ac.Se = k;
                scans.push_back(ac);
            }
        }
        cinfo.scan_info = scans.data();
        cinfo.num_scans = static_cast<int>(scans.size());
    }
    jpeg_start_compress(&cinfo, TRUE);
    for (const std::string& payload : spec.app1) {
        jpeg_write_marker(&cinfo, JPEG_APP0 + 1, reinterpret_cast<const JOCTET*>(payload.data()),
                          static_cast<unsigned>(payload.size()));
    }
    const std::size_t rowBytes = static_cast<std::size_t>(spec.width) * components;
    while (cinfo.next_scanline < cinfo.image_height) {
        JSAMPROW row = const_cast<JSAMPROW>(spec.samples.data()) + rowBytes * cinfo.next_scanline;
        jpeg_write_scanlines(&cinfo, &row, 1);
    }
    jpeg_finish_compress(&cinfo);
    jpeg_destroy_compress(&cinfo);
    std::string out(reinterpret_cast<char*>(buffer), size);
    std::free(buffer);
    return out;
}

using Rgb = std::array<unsigned char, 3>;

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

// ---- Checking results ---------------------------------------------------------------------------

Rgb pixel(const RgbImage& image, int x, int y) {
    const std::size_t at = (static_cast<std::size_t>(y) * image.width + x) * 3;
    return {image.pixels.at(at), image.pixels.at(at + 1), image.pixels.at(at + 2)};
}

std::string show(const Rgb& c) {
    return "(" + std::to_string(c[0]) + ", " + std::to_string(c[1]) + ", " + std::to_string(c[2]) +
           ")";
}

::testing::AssertionResult near(const Rgb& actual, const Rgb& expected, int tolerance) {
    for (int i = 0; i < 3; ++i) {
        if (std::abs(int{actual[i]} - int{expected[i]}) > tolerance) {
            return ::testing::AssertionFailure()
                   << show(actual) << " is not within " << tolerance << " of " << show(expected);
        }
    }
    return ::testing::AssertionSuccess();
}

void expectWellFormed(const RgbImage& image) {
    EXPECT_GT(image.width, 0);
    EXPECT_GT(image.height, 0);
    EXPECT_EQ(image.pixels.size(), static_cast<std::size_t>(image.width) * image.height * 3);
}

// The message of the InputError that decoding gives, or "(no error)".
std::string errorOf(std::string_view bytes, const std::string& source) {
    try {
        const RgbImage image = decodeImage(bytes, source);
        expectWellFormed(image);
    } catch (const InputError& e) {
        return e.what();
    }
    return "(no error)";
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// ---- Patching headers ---------------------------------------------------------------------------

std::uint32_t crc32(std::string_view bytes) {
    std::uint32_t crc = 0xFFFFFFFFu;
    for (const char c : bytes) {
        crc ^= static_cast<unsigned char>(c);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

void putBigEndian32(std::string& bytes, std::size_t at, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) {
        bytes[at + i] = static_cast<char>((value >> (24 - 8 * i)) & 0xFF);
    }
}

// The PNG with other dimensions in its IHDR, and the IHDR CRC made right again.
std::string withPngSize(std::string png, std::uint32_t width, std::uint32_t height) {
    EXPECT_EQ(png.substr(12, 4), "IHDR");
    putBigEndian32(png, 16, width);
    putBigEndian32(png, 20, height);
    putBigEndian32(png, 29, crc32(std::string_view(png).substr(12, 17)));
    return png;
}

// The JPEG with other dimensions in its SOF segment.
std::string withJpegSize(std::string jpeg, unsigned width, unsigned height) {
    std::size_t at = 2;
    while (at + 9 < jpeg.size()) {
        EXPECT_EQ(static_cast<unsigned char>(jpeg[at]), 0xFF);
        const auto marker = static_cast<unsigned char>(jpeg[at + 1]);
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 &&
            marker != 0xCC) {
            jpeg[at + 5] = static_cast<char>(height >> 8);
            jpeg[at + 6] = static_cast<char>(height & 0xFF);
            jpeg[at + 7] = static_cast<char>(width >> 8);
            jpeg[at + 8] = static_cast<char>(width & 0xFF);
            return jpeg;
        }
        const std::size_t length = static_cast<unsigned char>(jpeg[at + 2]) * 256u +
                                   static_cast<unsigned char>(jpeg[at + 3]);
        at += 2 + length;
    }
    ADD_FAILURE() << "no SOF marker";
    return jpeg;
}

// ---- EXIF
// -----------------------------------------------------------------------------------------

void put(std::string& out, std::uint32_t value, int bytes, bool little) {
    for (int i = 0; i < bytes; ++i) {
        const int shift = little ? 8 * i : 8 * (bytes - 1 - i);
        out += static_cast<char>((value >> shift) & 0xFF);
    }
}

// An APP1 Exif payload whose IFD0 holds Make ("HEP") and then Orientation.
std::string exifPayload(int orientation, bool little) {
    std::string out("Exif\0\0", 6);
    out += little ? "II" : "MM";
    put(out, 42, 2, little);
    put(out, 8, 4, little);  // IFD0 right after the header
    put(out, 2, 2, little);  // two entries
    put(out, 0x010F, 2, little);
    put(out, 2, 2, little);  // ASCII
    put(out, 4, 4, little);
    out += std::string("HEP\0", 4);
    put(out, 0x0112, 2, little);
    put(out, 3, 2, little);  // SHORT
    put(out, 1, 4, little);
    put(out, static_cast<std::uint32_t>(orientation), 2, little);
    put(out, 0, 2, little);  // padding of the value field
    put(out, 0, 4, little);  // no next IFD
    return out;
}

const Rgb kRed{220, 30, 30};
const Rgb kGreen{30, 200, 40};
const Rgb kBlue{30, 40, 210};
const Rgb kYellow{230, 220, 40};

// 64 x 32: red top left, green top right, blue bottom left, yellow bottom right.
JpegSpec quadrantJpeg() {
    JpegSpec spec = jpegSpec(64, 32);
    for (int y = 0; y < 32; ++y) {
        for (int x = 0; x < 64; ++x) {
            const Rgb& c = y < 16 ? (x < 32 ? kRed : kGreen) : (x < 32 ? kBlue : kYellow);
            spec.samples.insert(spec.samples.end(), c.begin(), c.end());
        }
    }
    return spec;
}

// ---- PNG
// ------------------------------------------------------------------------------------------

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

// ---- JPEG
// -----------------------------------------------------------------------------------------

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

// ---- EXIF orientation
// -----------------------------------------------------------------------------

TEST(ImageDecode, EveryExifOrientationInBothByteOrders) {
    struct Expected {
        int orientation;
        Rgb topLeft, topRight, bottomLeft, bottomRight;
    };
    const Expected cases[] = {
        {1, kRed, kGreen, kBlue, kYellow},  // as stored
        {2, kGreen, kRed, kYellow, kBlue},  // mirrored left-right
        {3, kYellow, kBlue, kGreen, kRed},  // turned 180 degrees
        {4, kBlue, kYellow, kRed, kGreen},  // mirrored top-bottom
        {5, kRed, kBlue, kGreen, kYellow},  // mirrored along the main diagonal
        {6, kBlue, kRed, kYellow, kGreen},  // turned 90 degrees clockwise
        {7, kYellow, kGreen, kBlue, kRed},  // mirrored along the other diagonal
        {8, kGreen, kYellow, kRed, kBlue},  // turned 90 degrees anticlockwise
    };
    for (const bool little : {true, false}) {
        for (const Expected& e : cases) {
            SCOPED_TRACE("orientation " + std::to_string(e.orientation) + (little ? " II" : " MM"));
            JpegSpec spec = quadrantJpeg();
            spec.app1 = {exifPayload(e.orientation, little)};
            const RgbImage image = decodeImage(writeJpeg(spec), "turned.jpg");
            const bool turned = e.orientation >= 5;
            ASSERT_EQ(image.width, turned ? 32 : 64);
            ASSERT_EQ(image.height, turned ? 64 : 32);
            const int right = image.width - 1;
            const int bottom = image.height - 1;
            EXPECT_TRUE(near(pixel(image, 0, 0), e.topLeft, 24));
            EXPECT_TRUE(near(pixel(image, right, 0), e.topRight, 24));
            EXPECT_TRUE(near(pixel(image, 0, bottom), e.bottomLeft, 24));
            EXPECT_TRUE(near(pixel(image, right, bottom), e.bottomRight, 24));
        }
    }
}

TEST(ImageDecode, ExifAfterAnXmpSegmentIsFound) {
    JpegSpec spec = quadrantJpeg();
    spec.app1 = {std::string("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>", 41),
                 exifPayload(6, true)};
    const RgbImage image = decodeImage(writeJpeg(spec), "xmp.jpg");
    EXPECT_EQ(image.width, 32);
    EXPECT_EQ(image.height, 64);
}

TEST(ImageDecode, ExifOrientationParserSurvivesMalformedData) {
    EXPECT_EQ(exifOrientation(exifPayload(6, true)), 6);
    EXPECT_EQ(exifOrientation(exifPayload(8, false)), 8);

    const auto patched = [](int at, std::uint32_t value, int bytes) {
        std::string payload = exifPayload(6, true);
        for (int i = 0; i < bytes; ++i) {
            payload[at + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
        }
        return payload;
    };
    // Offsets below count from the start of the payload; the TIFF header starts at 6.
    EXPECT_EQ(exifOrientation(patched(10, 0xFFFFFFFF, 4)), 1);  // IFD0 offset far past the end
    EXPECT_EQ(exifOrientation(patched(10, 0xFFFFFFF8, 4)), 1);  // one that would wrap around
    EXPECT_EQ(exifOrientation(patched(10, 37, 4)), 1);          // IFD0 at the very last byte
    EXPECT_EQ(exifOrientation(patched(14, 0xFFFF, 2)), 6);      // found before the bad count ends
    EXPECT_EQ(exifOrientation(patched(8, 43, 2)), 1);           // not 42
    EXPECT_EQ(exifOrientation(patched(30, 4, 2)), 1);           // LONG, not SHORT
    EXPECT_EQ(exifOrientation(patched(32, 1000000, 4)), 1);     // count of values
    EXPECT_EQ(exifOrientation(patched(36, 9, 2)), 1);           // no such orientation
    EXPECT_EQ(exifOrientation(patched(36, 0, 2)), 1);
    EXPECT_EQ(exifOrientation(patched(6, 0x5858, 2)), 1);  // "XX" byte order

    // Many entries declared, none of them present.
    std::string manyEntries = exifPayload(6, true).substr(0, 16);
    manyEntries[14] = '\xFF';
    manyEntries[15] = '\xFF';
    EXPECT_EQ(exifOrientation(manyEntries), 1);
    // Cut anywhere: never a read past the end (ASan), orientation found only when whole.
    const std::string whole = exifPayload(3, false);
    for (std::size_t size = 0; size < whole.size(); ++size) {
        const int found = exifOrientation(whole.substr(0, size));
        EXPECT_TRUE(found == 1 || (found == 3 && size >= 40)) << size;
    }
    EXPECT_EQ(exifOrientation("Exif"), 1);
    EXPECT_EQ(exifOrientation(""), 1);
    EXPECT_EQ(exifOrientation(std::string("Exif\0\0MM", 8)), 1);

    // A JPEG with a broken Exif segment still decodes, as stored.
    JpegSpec spec = quadrantJpeg();
    spec.app1 = {patched(10, 0xFFFFFFF0, 4)};
    const RgbImage image = decodeImage(writeJpeg(spec), "broken-exif.jpg");
    EXPECT_EQ(image.width, 64);
    EXPECT_EQ(image.height, 32);
}

// ---- Scaling
// --------------------------------------------------------------------------------------

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

// ---- Damaged, wrong and oversized files
// -----------------------------------------------------------

TEST(ImageDecode, TruncatedPngIsAnInputErrorWherever) {
    std::mt19937 random(7);
    const std::string png = rgbPng(64, 64, [&](int, int) {
        return Rgb{static_cast<unsigned char>(random()), static_cast<unsigned char>(random()),
                   static_cast<unsigned char>(random())};
    });
    // Up to the end of the image data; after it only IEND (12 bytes) remains.
    for (const std::size_t size :
         {std::size_t{4}, std::size_t{8}, std::size_t{20}, std::size_t{33}, std::size_t{45},
          png.size() / 3, png.size() / 2, png.size() - 40, png.size() - 13}) {
        const std::string message = errorOf(png.substr(0, size), "cut.png");
        EXPECT_TRUE(contains(message, "cut.png: is a damaged or incomplete PNG picture"))
            << size << ": " << message;
    }
}

TEST(ImageDecode, TruncatedJpegIsAnInputErrorWherever) {
    JpegSpec spec = quadrantJpeg();
    spec.app1 = {exifPayload(6, true)};
    for (const bool progressive : {false, true}) {
        spec.progressive = progressive;
        const std::string jpeg = writeJpeg(spec);
        for (const std::size_t size :
             {std::size_t{2}, std::size_t{3}, std::size_t{4}, std::size_t{20}, std::size_t{60},
              std::size_t{200}, jpeg.size() / 2, jpeg.size() - 100, jpeg.size() - 10,
              jpeg.size() - 2}) {
            const std::string message = errorOf(jpeg.substr(0, size), "cut.jpg");
            EXPECT_TRUE(contains(message, "cut.jpg: is an incomplete JPEG picture") ||
                        contains(message, "cut.jpg: is a damaged or unsupported JPEG picture"))
                << progressive << " " << size << ": " << message;
        }
        EXPECT_EQ(errorOf(jpeg.substr(0, jpeg.size() / 2), "cut.jpg"),
                  "cut.jpg: is an incomplete JPEG picture: the file ends too early (it may have "
                  "been cut off while downloading or copying)");
    }
}

TEST(ImageDecode, CorruptedBytesNeverCrash) {
    std::mt19937 random(11);
    const std::string jpeg = writeJpeg(quadrantJpeg());
    JpegSpec progressiveSpec = quadrantJpeg();
    progressiveSpec.progressive = true;
    const std::string progressive = writeJpeg(progressiveSpec);
    const std::string png = rgbPng(40, 30, [](int x, int y) {
        return Rgb{static_cast<unsigned char>(x * 6), static_cast<unsigned char>(y * 8), 9};
    });
    int errors = 0;
    for (const std::string* original : {&jpeg, &progressive, &png}) {
        for (int round = 0; round < 150; ++round) {
            std::string damaged = *original;
            for (int flip = 0; flip < 1 + round % 8; ++flip) {
                damaged[4 + random() % (damaged.size() - 4)] = static_cast<char>(random());
            }
            try {
                const RgbImage image = decodeImage(damaged, "damaged");
                expectWellFormed(image);
                EXPECT_LE(std::max(image.width, image.height), kMaxImageSide);
            } catch (const InputError& e) {
                ++errors;
                EXPECT_EQ(std::string(e.what()).rfind("damaged: ", 0), 0u) << e.what();
            }
        }
    }
    EXPECT_GT(errors, 100);  // most damage is noticed
}

TEST(ImageDecode, EmptyRandomTextAndOtherFormatsAreNamed) {
    EXPECT_EQ(errorOf("", "empty.jpg"), "empty.jpg: is an empty file (0 bytes), not a picture");

    std::mt19937 random(3);
    std::string noise(4096, '\0');
    for (char& c : noise) {
        c = static_cast<char>(random());
    }
    noise[0] = '\x01';
    EXPECT_EQ(errorOf(noise, "noise.png"),
              "noise.png: is not a PNG or JPEG picture (its content is not a known picture "
              "format); save the picture as PNG or JPEG and try again");

    const std::string notAPicture =
        ", not a PNG or JPEG picture; save it as PNG or JPEG and try again";
    EXPECT_EQ(errorOf("Bridge: 3 sets of 10.\r\nHold 5 seconds.\n", "notes.png"),
              "notes.png: is a text file" + notAPicture);
    EXPECT_EQ(errorOf(std::string("GIF89a\x10\x00\x10\x00\x80\x00\x00", 13), "logo.gif"),
              "logo.gif: is a GIF image" + notAPicture);
    EXPECT_EQ(errorOf(std::string("\0\0\0\x18"
                                  "ftypheic\0\0\0\0",
                                  16),
                      "IMG_0001.jpg"),
              "IMG_0001.jpg: is a HEIC photo (the iPhone photo format)" + notAPicture);
    EXPECT_EQ(errorOf(std::string("RIFF\x10\0\0\0WEBPVP8 ", 16), "web.jpg"),
              "web.jpg: is a WebP image" + notAPicture);
    EXPECT_EQ(errorOf("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "scan.png"),
              "scan.png: is a PDF document" + notAPicture);
    EXPECT_EQ(errorOf("<!DOCTYPE html><html><body>Not found</body></html>", "download.jpg"),
              "download.jpg: is a web page (HTML)" + notAPicture);
}

TEST(ImageDecode, ShortFilesOfAnyKindAreInputErrors) {
    // Beginnings of every signature that is looked at, cut short.
    for (const std::string& bytes :
         {std::string("\x89"), std::string("\x89P"), std::string("\x89PNG"), std::string("\xFF"),
          std::string("\xFF\xD8"), std::string("\xFF\xD8\xFF"), std::string("RIFF"),
          std::string("RIFF\0\0\0\0WE", 10), std::string("\0\0\0\0ft", 6),
          std::string("\0\0\0\0ftyp", 8), std::string("\0\0\0\0ftyphe", 10), std::string("BM"),
          std::string("GIF8"), std::string("II*"), std::string("%PD"), std::string("PK"),
          std::string(1, '\0'), std::string("x")}) {
        const std::string message = errorOf(bytes, "short.bin");
        EXPECT_EQ(message.rfind("short.bin: ", 0), 0u) << message;
    }
    EXPECT_EQ(errorOf("x", "x.png"),
              "x.png: is a text file, not a PNG or JPEG picture; save it as "
              "PNG or JPEG and try again");
}

TEST(ImageDecode, DecompressionBombsAreRefusedFromTheHeader) {
    const std::string png = rgbPng(8, 8, [](int, int) { return Rgb{1, 2, 3}; });
    const std::string jpeg = writeJpeg(quadrantJpeg());
    const std::string huge = "is too large: 20000 x 20000 pixels, 400 megapixels; at most 40";
    EXPECT_EQ(errorOf(withPngSize(png, 20000, 20000), "bomb.png"), "bomb.png: " + huge);
    EXPECT_EQ(errorOf(withJpegSize(jpeg, 20000, 20000), "bomb.jpg"), "bomb.jpg: " + huge);
    EXPECT_EQ(errorOf(withJpegSize(jpeg, 12000, 9000), "camera.jpg"),
              "camera.jpg: is too large: 12000 x 9000 pixels, 108 megapixels; at most 40");
    // Just over the limit shows as over it.
    EXPECT_EQ(errorOf(withPngSize(png, 8000, 5001), "big.png"),
              "big.png: is too large: 8000 x 5001 pixels, 40.1 megapixels; at most 40");
    // PNG allows up to 2^31 - 1 per side; libpng refuses more than 1000000 itself.
    EXPECT_TRUE(
        contains(errorOf(withPngSize(png, 0x7FFFFFFF, 0x7FFFFFFF), "max.png"), "max.png: "));
}

TEST(ImageDecode, ZeroSizedPicturesAreRefused) {
    const std::string png = rgbPng(8, 8, [](int, int) { return Rgb{1, 2, 3}; });
    const std::string jpeg = writeJpeg(quadrantJpeg());
    EXPECT_TRUE(contains(errorOf(withPngSize(png, 0, 8), "zero.png"),
                         "zero.png: is a damaged or incomplete PNG picture"));
    EXPECT_TRUE(contains(errorOf(withJpegSize(jpeg, 64, 0), "zero.jpg"),
                         "zero.jpg: is a damaged or unsupported JPEG picture"));
}

TEST(ImageDecode, FilesOverTheLimitAreRefused) {
    const std::string tooBig(kMaxImageFileBytes + 1, '\xFF');
    EXPECT_EQ(errorOf(tooBig, "huge.jpg"),
              "huge.jpg: is too large (25.1 MB); a picture can be at most 25 MB");

    test::TempDir dir;
    const std::filesystem::path sparse = dir / "sparse.jpg";
    test::writeBytes(sparse, {});
    std::filesystem::resize_file(sparse, std::uintmax_t{26} * 1024 * 1024);  // sparse: no data
    try {
        loadImageFile(sparse);
        ADD_FAILURE() << "no error";
    } catch (const InputError& e) {
        EXPECT_EQ(std::string(e.what()),
                  sparse.string() + ": is too large (26.0 MB); a picture can be at most 25 MB");
    }
}

TEST(ImageDecode, LoadImageFileReadsAndNamesTheFile) {
    test::TempDir dir;
    const std::filesystem::path file = dir / "logo.png";
    const std::string png = rgbPng(3200, 10, [](int, int) { return Rgb{9, 8, 7}; });
    test::writeText(file, png);
    const RgbImage image = loadImageFile(file);
    EXPECT_EQ(image.width, 1600);
    EXPECT_EQ(image.height, 5);
    EXPECT_EQ(pixel(image, 0, 0), (Rgb{9, 8, 7}));

    test::writeText(file, png.substr(0, 100));
    EXPECT_THROW(
        {
            try {
                loadImageFile(file);
            } catch (const InputError& e) {
                EXPECT_EQ(std::string(e.what()).rfind(file.string() + ": ", 0), 0u) << e.what();
                throw;
            }
        },
        InputError);
    EXPECT_THROW(loadImageFile(dir / "missing.png"), InputError);
}

// A file's name does not decide how it is read: a PNG named .jpg and a JPEG named .png are read
// as what they are; a GIF named .png is refused as a GIF.
TEST(ImageDecode, MislabelledFilesAreReadByTheirBytes) {
    test::TempDir dir;
    const std::string png = rgbPng(4, 2, [](int, int) { return Rgb{200, 10, 10}; });
    test::writeText(dir / "photo.jpg", png);
    EXPECT_EQ(pixel(loadImageFile(dir / "photo.jpg"), 0, 0), (Rgb{200, 10, 10}));
    test::writeText(dir / "photo.png", writeJpeg(quadrantJpeg()));
    EXPECT_EQ(loadImageFile(dir / "photo.png").width,
              decodeImage(writeJpeg(quadrantJpeg()), "q").width);
    test::writeText(dir / "anim.png", std::string("GIF89a\x01\x00\x01\x00\x00\x00\x00;", 13));
    try {
        loadImageFile(dir / "anim.png");
        ADD_FAILURE() << "a GIF was read";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("a GIF image"), std::string::npos) << e.what();
    }
}

TEST(ImageDecode, MaxSideMustBePositive) {
    const std::string png = rgbPng(2, 2, [](int, int) { return Rgb{1, 2, 3}; });
    EXPECT_THROW(decodeImage(png, "a.png", 0), std::invalid_argument);
}

// ---- Encoding
// -------------------------------------------------------------------------------------

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
