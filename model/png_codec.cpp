// PNG with libpng's simplified API: decoding for import, and encodePng for storage. The
// simplified API catches libpng's errors itself (no setjmp here) and prints no warnings.
#include <png.h>

#include <stdexcept>

#include "model/errors.h"
#include "model/image_codecs.h"
#include "model/image_decode.h"

namespace hep {

namespace {

// A png_image whose libpng state is freed on every path (png_image_free may be called twice).
class PngImage {
  public:
    PngImage() { image_.version = PNG_IMAGE_VERSION; }
    ~PngImage() { png_image_free(&image_); }
    PngImage(const PngImage&) = delete;
    PngImage& operator=(const PngImage&) = delete;

    png_image* operator->() { return &image_; }
    png_image* get() { return &image_; }

  private:
    png_image image_{};
};

[[noreturn]] void throwDamaged(const std::string& source, const png_image* image) {
    std::string detail = image->message;
    throw InputError(source + ": is a damaged or incomplete PNG picture" +
                     (detail.empty() ? std::string() : " (" + detail + ")"));
}

}  // namespace

RgbImage decodePng(std::string_view bytes, const std::string& source, int max_side) {
    PngImage png;
    if (png_image_begin_read_from_memory(png.get(), bytes.data(), bytes.size()) == 0) {
        throwDamaged(source, png.get());
    }
    // From the header, before the pixels are allocated or inflated.
    checkImageSize(png->width, png->height, source);

    png->format = PNG_FORMAT_RGB;
    // 16-bit files without gAMA or sRGB chunks are sRGB like 8-bit ones; libpng would otherwise
    // take them as linear and make them far too light.
    png->flags |= PNG_IMAGE_FLAG_16BIT_sRGB;
    RgbImage decoded;
    decoded.width = static_cast<int>(png->width);
    decoded.height = static_cast<int>(png->height);
    decoded.pixels.resize(std::size_t{png->width} * std::size_t{png->height} * 3);
    const png_color white{255, 255, 255};
    if (png_image_finish_read(png.get(), &white, decoded.pixels.data(), 0, nullptr) == 0) {
        throwDamaged(source, png.get());
    }
    return scaleImage(decoded, fittedSize({decoded.width, decoded.height}, max_side));
}

std::string encodePng(const RgbImage& image) {
    if (image.width < 1 || image.height < 1 ||
        image.pixels.size() !=
            static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 3) {
        throw std::invalid_argument(
            "encodePng: the image is empty or its pixels do not match "
            "its size");
    }
    PngImage png;
    png->width = static_cast<png_uint_32>(image.width);
    png->height = static_cast<png_uint_32>(image.height);
    png->format = PNG_FORMAT_RGB;
    // One pass into a buffer that is nearly always big enough; when it is not, libpng says how
    // big it must be, and a second pass writes into that.
    const std::size_t raw =
        (static_cast<std::size_t>(image.width) * 3 + 1) * static_cast<std::size_t>(image.height);
    std::size_t capacity = raw + raw / 8 + 4096;
    for (int attempt = 0; attempt < 2; ++attempt) {
        std::string encoded(capacity, '\0');
        png_alloc_size_t size = capacity;
        if (png_image_write_to_memory(png.get(), encoded.data(), &size, 0, image.pixels.data(), 0,
                                      nullptr) != 0) {
            encoded.resize(size);
            return encoded;
        }
        if (size <= capacity) {
            break;
        }
        capacity = size;
    }
    throw std::runtime_error(std::string("encodePng: cannot encode the picture (") + png->message +
                             ")");
}

}  // namespace hep
