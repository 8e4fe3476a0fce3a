// Loading picture files: the file named in messages, its bytes deciding the format, arguments.
#include "images/image_decode.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>
#include <string>

#include "core/errors.h"
#include "tests/support/image_makers.h"
#include "tests/support/test_support.h"

namespace hep {
namespace {

using namespace test;

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

}  // namespace
}  // namespace hep
