// Fuzz target: any bytes as a picture file a therapist imports as an exercise photo. Import
// either refuses them with an InputError or keeps a PNG that decodes again, within the limits.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/errors.h"
#include "images/image_decode.h"
#include "images/photo.h"
#include "tests/fuzz/fuzz_check.h"

using namespace hep;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    std::string png;
    try {
        png = importPhoto(bytes, "photo.jpg");
    } catch (const InputError& e) {
        fuzz::require(std::string_view(e.what()).find("photo.jpg") != std::string_view::npos,
                      std::string("message does not name the file: ") + e.what());
        return 0;
    }
    RgbImage kept = decodeImage(png, "kept photo");
    fuzz::require(kept.width >= 1 && kept.height >= 1, "an empty photo was kept");
    fuzz::require(kept.width <= kMaxImageSide && kept.height <= kMaxImageSide,
                  "a kept photo is larger than the limit");
    RgbImage print = photoForPrint(png);
    fuzz::require(print.width <= 600 && print.height <= 600, "a print photo is too large");
    fuzz::require(print.pixels.size() == std::size_t(print.width) * print.height * 3,
                  "print pixels do not match the size");
    return 0;
}
