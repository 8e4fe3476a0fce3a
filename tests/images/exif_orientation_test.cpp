// EXIF orientation of JPEG photos: every orientation, where the Exif segment is, malformed data.
#include "images/image_decode.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "image_codecs.h"
#include "tests/support/image_makers.h"

namespace hep {
namespace {

using namespace test;

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

}  // namespace
}  // namespace hep
