// Encoding RGB pixels as JPEG with libjpeg-turbo, for photos in handouts: a photo printed two
// inches wide is a tenth of the size as JPEG that it is as deflated pixels.
#include <cstdio>  // jpeglib.h needs FILE and size_t first

#include <jpeglib.h>

#include <cstdlib>
#include <functional>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "jpeg_encode.h"

namespace hep {

namespace {

[[noreturn]] void encodeError(j_common_ptr cinfo) {
    char buffer[JMSG_LENGTH_MAX] = {};
    (*cinfo->err->format_message)(cinfo, buffer);
    throw std::runtime_error(std::string("JPEG encoding failed: ") + buffer);
}

void quiet(j_common_ptr) {}

// A libjpeg compressor writing to memory, destroyed (and its buffer freed) on every path.
class JpegCompressor {
  public:
    JpegCompressor() {
        cinfo_.err = jpeg_std_error(&errors_);
        errors_.error_exit = &encodeError;
        errors_.output_message = &quiet;
        jpeg_create_compress(&cinfo_);
        jpeg_mem_dest(&cinfo_, &buffer_, &size_);
    }
    ~JpegCompressor() {
        jpeg_destroy_compress(&cinfo_);
        std::free(buffer_);
    }
    JpegCompressor(const JpegCompressor&) = delete;
    JpegCompressor& operator=(const JpegCompressor&) = delete;

    std::string encode(const RgbImage& image, int quality) {
        cinfo_.image_width = static_cast<JDIMENSION>(image.width);
        cinfo_.image_height = static_cast<JDIMENSION>(image.height);
        cinfo_.input_components = 3;
        cinfo_.in_color_space = JCS_RGB;
        jpeg_set_defaults(&cinfo_);
        jpeg_set_quality(&cinfo_, quality, TRUE);
        jpeg_start_compress(&cinfo_, TRUE);
        const auto stride = static_cast<std::size_t>(image.width) * 3;
        while (cinfo_.next_scanline < cinfo_.image_height) {
            auto* row = const_cast<JSAMPLE*>(image.pixels.data() + cinfo_.next_scanline * stride);
            jpeg_write_scanlines(&cinfo_, &row, 1);
        }
        jpeg_finish_compress(&cinfo_);
        return std::string(reinterpret_cast<const char*>(buffer_), size_);
    }

  private:
    jpeg_compress_struct cinfo_{};
    jpeg_error_mgr errors_{};
    unsigned char* buffer_ = nullptr;
    unsigned long size_ = 0;
};

}  // namespace

std::string encodeJpeg(const RgbImage& image, int quality) {
    if (image.width <= 0 || image.height <= 0 ||
        image.pixels.size() != static_cast<std::size_t>(image.width) * image.height * 3) {
        throw std::invalid_argument("encodeJpeg: the image has no pixels or the wrong number");
    }
    return JpegCompressor().encode(image, quality);
}

std::shared_ptr<const std::string> jpegForPrint(const RgbImage& image) {
    static std::mutex mutex;
    static std::map<std::pair<std::size_t, std::size_t>, std::shared_ptr<const std::string>> cache;
    const std::string_view pixels(reinterpret_cast<const char*>(image.pixels.data()),
                                  image.pixels.size());
    const auto key = std::make_pair(std::hash<std::string_view>{}(pixels), pixels.size());
    {
        std::lock_guard lock(mutex);
        if (auto found = cache.find(key); found != cache.end()) {
            return found->second;
        }
    }
    auto jpeg = std::make_shared<const std::string>(encodeJpeg(image));
    std::lock_guard lock(mutex);
    if (cache.size() >= 64) {
        cache.clear();
    }
    cache.emplace(key, jpeg);
    return jpeg;
}

}  // namespace hep
