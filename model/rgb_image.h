// A decoded picture: 8-bit RGB pixels, as photos and logos are kept and drawn.
#pragma once

#include <string>
#include <vector>

namespace hep {

// Decoded 8-bit RGB pixels: rows top to bottom, 3 bytes (R, G, B) per pixel, no padding, so
// pixels.size() == width * height * 3.
struct RgbImage {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> pixels;
    // The same picture as a JPEG file, when it was encoded for print: the PDF then embeds these
    // bytes instead of the pixels (photos are far smaller so).
    std::string jpeg;
};

}  // namespace hep
