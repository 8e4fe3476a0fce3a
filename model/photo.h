// The therapist's own exercise photos: imported from picture files, kept as PNG, drawn smaller.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "model/rgb_image.h"

namespace hep {

// A picture file (PNG or JPEG) as the photo HEP Studio keeps: decoded with every check of
// loadImageFile, at most 1,600 pixels on the long side, stored as PNG. Throws InputError.
std::string importPhoto(const std::filesystem::path& file);

// The same for picture bytes from elsewhere (a file's base64 field); source names it.
std::string importPhoto(std::string_view bytes, const std::string& source);

// A kept photo decoded for a handout: at most max_side pixels on the long side (a photo
// 2 inches wide needs no more than about 600 pixels to print sharply).
RgbImage photoForPrint(const std::string& png, int max_side = 600);

}  // namespace hep
