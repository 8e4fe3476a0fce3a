// A decoded picture: 8-bit RGB pixels, as photos and logos are kept and drawn.
#pragma once

#include <vector>

namespace hep {

// Decoded 8-bit RGB pixels: rows top to bottom, 3 bytes (R, G, B) per pixel, no padding, so
// pixels.size() == width * height * 3.
struct RgbImage {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> pixels;
    // A photograph: the PDF embeds it as JPEG (a tenth of the size of deflated pixels). Logos
    // and drawings stay exact pixels.
    bool photographic = false;
};

}  // namespace hep
