// Photos for print: RGB pixels encoded as JPEG with libjpeg-turbo, as the PDF embeds them.
#pragma once

#include <memory>
#include <string>

#include "images/rgb_image.h"

namespace hep {

// Encodes RGB pixels as a baseline JPEG of the given quality (1-100).
// Throws std::invalid_argument when the image is empty or its pixels do not match its size.
std::string encodeJpeg(const RgbImage& image, int quality = 85);

// encodeJpeg(image) kept for the next handout: the window exports the same photos again and
// again. Keyed by the pixels' hash and size; thread safe; holds at most 64 photos.
std::shared_ptr<const std::string> jpegForPrint(const RgbImage& image);

}  // namespace hep
