// Internal to image import: the PNG and JPEG decoders, EXIF orientation, size limits and scaling.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "images/rgb_image.h"

namespace hep {

struct ImageSize {
    int width = 0;
    int height = 0;
};

// Throws InputError naming source when the picture declared in a header has no pixels or more
// than kMaxImagePixels ("is too large: 12000 x 9000 pixels, 108 megapixels; at most 40").
void checkImageSize(std::uint64_t width, std::uint64_t height, const std::string& source);

// The size with the same proportions whose long side is max_side, or the size itself when it
// already fits (pictures are never scaled up). Neither side is ever below 1.
ImageSize fittedSize(ImageSize size, int max_side);

// The picture resampled to `size` by area averaging: each new pixel is the mean of the part of
// the picture it covers (exact fractional coverage, integer arithmetic, rounded).
RgbImage scaleImage(const RgbImage& image, ImageSize size);

// Decodes a PNG (bytes start with its signature) to RGB scaled to fittedSize(..., max_side).
RgbImage decodePng(std::string_view bytes, const std::string& source, int max_side);

struct JpegPicture {
    RgbImage image;       // as stored, scaled to fittedSize(..., max_side)
    int orientation = 1;  // EXIF orientation 1-8, still to be applied
};

// Decodes a JPEG (bytes start with FF D8 FF); big pictures are decoded at 1/2, 1/4 or 1/8 size by
// libjpeg when that still leaves at least the fitted size.
JpegPicture decodeJpeg(std::string_view bytes, const std::string& source, int max_side);

// The orientation (1-8) in the payload of a JPEG APP1 segment that starts with "Exif\0\0";
// 1 when it is not an Exif segment, has no orientation, or is malformed in any way.
int exifOrientation(std::string_view app1);

// The stored picture turned into its upright view for an EXIF orientation (1-8; others: as is).
RgbImage applyOrientation(const RgbImage& image, int orientation);

}  // namespace hep
