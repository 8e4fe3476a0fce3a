// Damaged, cut, wrong and oversized picture files: each is an InputError that names the file.
#include "images/image_decode.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <random>
#include <string>

#include "core/errors.h"
#include "tests/support/image_makers.h"
#include "tests/support/test_support.h"

namespace hep {
namespace {

using namespace test;

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

// 16-bit interlaced PNGs take a path of their own in the decoder: cut or damaged anywhere, they
// are InputErrors all the same, and their size is checked from the header.
TEST(ImageDecode, DamagedSixteenBitInterlacedPngIsAnInputError) {
    const std::string png = writePng(sixteenBitPng(40, 120, PNG_COLOR_TYPE_RGB_ALPHA, true));
    for (const std::size_t size : {std::size_t{33}, std::size_t{45}, png.size() / 3, png.size() / 2,
                                   png.size() - 40, png.size() - 13}) {
        const std::string message = errorOf(png.substr(0, size), "cut.png");
        EXPECT_TRUE(contains(message, "cut.png: is a damaged or incomplete PNG picture"))
            << size << ": " << message;
    }

    std::mt19937 random(13);
    int errors = 0;
    for (int round = 0; round < 150; ++round) {
        std::string damaged = png;
        for (int flip = 0; flip < 1 + round % 8; ++flip) {
            damaged[33 + random() % (damaged.size() - 33)] = static_cast<char>(random());
        }
        try {
            expectWellFormed(decodeImage(damaged, "damaged"));
        } catch (const InputError& e) {
            ++errors;
            EXPECT_EQ(std::string(e.what()).rfind("damaged: is a damaged or incomplete PNG", 0), 0u)
                << e.what();
        }
    }
    EXPECT_GT(errors, 100);

    EXPECT_EQ(errorOf(withPngSize(png, 20000, 20000), "bomb.png"),
              "bomb.png: is too large: 20000 x 20000 pixels, 400 megapixels; at most 40");
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

}  // namespace
}  // namespace hep
