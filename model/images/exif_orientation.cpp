// EXIF orientation: reading tag 0x0112 of IFD0 from a JPEG's APP1 segment, every offset checked,
// and turning the stored pixels upright.
#include <cstddef>
#include <cstdint>

#include "image_codecs.h"

namespace hep {

namespace {

constexpr std::uint16_t kOrientationTag = 0x0112;
constexpr std::uint16_t kTypeShort = 3;
constexpr std::uint64_t kEntryBytes = 12;

// Reads the TIFF structure in its byte order; every read is checked against the end.
class TiffReader {
  public:
    TiffReader(std::string_view tiff, bool littleEndian) : tiff_(tiff), little_(littleEndian) {}

    bool has(std::uint64_t offset, std::uint64_t bytes) const {
        return offset <= tiff_.size() && bytes <= tiff_.size() - offset;
    }
    std::uint32_t u16(std::uint64_t offset) const { return read(offset, 2); }
    std::uint32_t u32(std::uint64_t offset) const { return read(offset, 4); }

  private:
    // Callers check has(offset, bytes) first.
    std::uint32_t read(std::uint64_t offset, std::uint64_t bytes) const {
        std::uint32_t value = 0;
        for (std::uint64_t i = 0; i < bytes; ++i) {
            const std::uint64_t index = little_ ? bytes - 1 - i : i;
            value = (value << 8) | static_cast<unsigned char>(tiff_[offset + index]);
        }
        return value;
    }

    std::string_view tiff_;
    bool little_;
};

}  // namespace

int exifOrientation(std::string_view app1) {
    const std::string_view signature("Exif\0\0", 6);
    if (app1.substr(0, signature.size()) != signature) {
        return 1;
    }
    const std::string_view tiff = app1.substr(signature.size());
    bool little = false;
    if (tiff.substr(0, 2) == "II") {
        little = true;
    } else if (tiff.substr(0, 2) != "MM") {
        return 1;
    }
    const TiffReader reader(tiff, little);
    if (!reader.has(0, 8) || reader.u16(2) != 42) {
        return 1;
    }
    const std::uint64_t ifd = reader.u32(4);
    if (!reader.has(ifd, 2)) {
        return 1;
    }
    const std::uint32_t entries = reader.u16(ifd);
    for (std::uint32_t i = 0; i < entries; ++i) {
        const std::uint64_t entry = ifd + 2 + kEntryBytes * i;
        if (!reader.has(entry, kEntryBytes)) {
            return 1;
        }
        if (reader.u16(entry) != kOrientationTag) {
            continue;
        }
        // A SHORT with count 1 sits in the first two bytes of the value field.
        if (reader.u16(entry + 2) != kTypeShort || reader.u32(entry + 4) != 1) {
            return 1;
        }
        const std::uint32_t value = reader.u16(entry + 8);
        return value >= 1 && value <= 8 ? static_cast<int>(value) : 1;
    }
    return 1;
}

RgbImage applyOrientation(const RgbImage& image, int orientation) {
    if (orientation < 2 || orientation > 8) {
        return image;
    }
    const auto w = static_cast<std::ptrdiff_t>(image.width);
    const auto h = static_cast<std::ptrdiff_t>(image.height);
    // The upright pixel (x, y) is the stored pixel start + x * stepX + y * stepY (in pixels):
    // 2 mirrored left-right, 3 turned 180 degrees, 4 mirrored top-bottom, 5 mirrored along the
    // diagonal, 6 to be turned 90 degrees clockwise, 7 mirrored along the other diagonal,
    // 8 to be turned 90 degrees anticlockwise.
    struct Walk {
        std::ptrdiff_t start, stepX, stepY;
    };
    const Walk walks[] = {
        {w - 1, -1, w},                 // 2
        {(h - 1) * w + w - 1, -1, -w},  // 3
        {(h - 1) * w, 1, -w},           // 4
        {0, w, 1},                      // 5
        {(h - 1) * w, -w, 1},           // 6
        {(h - 1) * w + w - 1, -w, -1},  // 7
        {w - 1, w, -1},                 // 8
    };
    const Walk walk = walks[orientation - 2];
    const bool turned = orientation >= 5;

    RgbImage result;
    result.width = turned ? image.height : image.width;
    result.height = turned ? image.width : image.height;
    result.pixels.resize(image.pixels.size());
    unsigned char* out = result.pixels.data();
    for (std::ptrdiff_t y = 0; y < result.height; ++y) {
        for (std::ptrdiff_t x = 0; x < result.width; ++x, out += 3) {
            const unsigned char* in =
                image.pixels.data() + (walk.start + x * walk.stepX + y * walk.stepY) * 3;
            out[0] = in[0];
            out[1] = in[1];
            out[2] = in[2];
        }
    }
    return result;
}

}  // namespace hep
