// Importing pictures (PNG, JPEG) as 8-bit RGB within size limits, and storing them as PNG.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "images/rgb_image.h"

namespace hep {

inline constexpr std::size_t kMaxImageFileBytes = std::size_t{25} * 1024 * 1024;  // 25 MB
inline constexpr std::uint64_t kMaxImagePixels = 40'000'000;  // 40 megapixels, from the header
inline constexpr int kMaxImageSide = 1600;                    // long side after import

// Decodes a PNG or JPEG (recognised by its first bytes, not its name), applies the EXIF
// orientation of a JPEG, converts to 8-bit RGB (16-bit, palette, gray, gray+alpha, RGBA: alpha
// composited over white; CMYK/YCCK JPEG converted, Adobe inverted CMYK handled), and scales it
// down with area averaging (a box filter) so that the long side is at most max_side (never up).
// `source` names the file in messages.
// Throws InputError with a message that names source and says what is wrong: not a PNG or JPEG
// (saying what it looks like when that is easy, e.g. "a GIF image" or "a text file"), truncated
// or damaged, larger than 40 megapixels (checked from the header, before any decoding), an empty
// file, a file over 25 MB. Throws std::invalid_argument when max_side < 1.
RgbImage decodeImage(std::string_view bytes, const std::string& source,
                     int max_side = kMaxImageSide);

// Reads a picture file and decodes it as decodeImage does (path.string() names it in messages).
// The size of the file is checked before it is read, so a huge file is refused at once.
RgbImage loadImageFile(const std::filesystem::path& path, int max_side = kMaxImageSide);

// Encodes RGB pixels as a PNG (for storing imported pictures compactly and losslessly).
// Throws std::invalid_argument when the image is empty or pixels.size() != width * height * 3.
std::string encodePng(const RgbImage& image);

}  // namespace hep
