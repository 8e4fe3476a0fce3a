#include "model/photo.h"

#include "model/image_decode.h"

namespace hep {

std::string importPhoto(const std::filesystem::path& file) {
    return encodePng(loadImageFile(file));
}

std::string importPhoto(std::string_view bytes, const std::string& source) {
    return encodePng(decodeImage(bytes, source));
}

RgbImage photoForPrint(const std::string& png, int max_side) {
    return decodeImage(png, "a stored photo", max_side);
}

}  // namespace hep
