#include "images/photo.h"

#include <algorithm>
#include <cstdint>

#include "core/errors.h"
#include "images/image_decode.h"

namespace hep {

std::string importPhoto(const std::filesystem::path& file) {
    return encodePng(loadImageFile(file));
}

std::string importPhoto(std::string_view bytes, const std::string& source) {
    return encodePng(decodeImage(bytes, source));
}

std::string photoFromFile(std::string_view bytes, const std::string& source) {
    constexpr std::string_view kSignature("\x89PNG\r\n\x1a\n", 8);
    if (bytes.size() < 24 || bytes.substr(0, 8) != kSignature || bytes.substr(12, 4) != "IHDR") {
        return importPhoto(bytes, source);
    }
    auto bigEndian = [&](std::size_t at) {
        std::uint32_t value = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
        }
        return value;
    };
    const std::uint32_t width = bigEndian(16), height = bigEndian(20);
    if (std::max(width, height) > static_cast<std::uint32_t>(kMaxImageSide)) {
        throw InputError(source + ": is " + std::to_string(width) + " x " + std::to_string(height) +
                         " pixels; a photo in a HEP Studio file is at most " +
                         std::to_string(kMaxImageSide) +
                         " pixels on the long side (add a larger picture with --photo, which "
                         "scales it)");
    }
    decodeImage(bytes, source);  // every check of the decoder
    return std::string(bytes);
}

RgbImage photoForPrint(const std::string& png, int max_side) {
    return decodeImage(png, "a stored photo", max_side);
}

}  // namespace hep
