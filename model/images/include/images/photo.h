// The therapist's own exercise photos: imported from picture files, kept as PNG, drawn smaller.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "images/rgb_image.h"

namespace hep {

// A picture file (PNG or JPEG) as the photo HEP Studio keeps: decoded with every check of
// loadImageFile, at most 1,600 pixels on the long side, stored as PNG. Throws InputError.
std::string importPhoto(const std::filesystem::path& file);

// The same for picture bytes from elsewhere; source names it.
std::string importPhoto(std::string_view bytes, const std::string& source);

// A photo as a program, template or exercise file carries it (a base64 field): the PNG HEP
// Studio keeps, at most 1,600 pixels on the long side, checked by decoding it and kept byte for
// byte; other picture bytes are imported as importPhoto does. A PNG larger than HEP Studio keeps
// is refused from its header, before its pixels are decoded (80 photos of 40 megapixels took 26 s
// to check). Throws InputError naming source.
std::string photoFromFile(std::string_view bytes, const std::string& source);

// A kept photo decoded for a handout: at most max_side pixels on the long side (a photo
// 2 inches wide needs no more than about 600 pixels to print sharply).
RgbImage photoForPrint(const std::string& png, int max_side = 600);

}  // namespace hep
