// PNG with libpng: decoding for import, and encodePng for storage.
//
// Decoding uses libpng's simplified API, which catches libpng's errors itself (no setjmp here)
// and prints no warnings, except for 16-bit Adam7-interlaced files: the simplified API reads
// those to 8 bits through one scratch row (png_image_read_direct_scaled, added by the fix for
// CVE-2025-65018 in libpng 1.6.51 and in Debian's 1.6.39-2+deb12u1), and every Adam7 pass after
// the first merges its pixels into that row, which still holds another row's pixels: the rows that
// the last pass does not fill whole (every even row) come out wrong (pnggroup/libpng#853). Those
// files are read here with libpng's low-level API and the transformations that the simplified
// API sets for a file that is not interlaced, so both give the same pixels. Its errors are thrown
// as InputError from libpng's error callback through libpng's C frames, as jpeg_decode.cpp does
// with libjpeg: Debian's libpng16.so.16 has unwind tables (.eh_frame) for every function, the
// frames hold nothing to clean up, and ~PngReader calls png_destroy_read_struct, which libpng
// allows after an error (it is what the setjmp/longjmp pattern does too).
#include <png.h>

#include <cstring>
#include <new>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "core/errors.h"
#include "image_codecs.h"
#include "images/image_decode.h"

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

[[noreturn]] void throwDamaged(const std::string& source, std::string_view detail) {
    throw InputError(source + ": is a damaged or incomplete PNG picture" +
                     (detail.empty() ? std::string() : " (" + std::string(detail) + ")"));
}

[[noreturn]] void throwDamaged(const std::string& source, const png_image* image) {
    throwDamaged(source, image->message);
}

// ---- The low-level reader, for 16-bit interlaced files -----------------------------------------

// What libpng's callbacks reach through png_get_io_ptr and png_get_error_ptr.
struct PngInput {
    std::string_view bytes;
    std::size_t at = 0;
    const std::string* source = nullptr;
};

[[noreturn]] void failPng(png_structp png, png_const_charp message) {
    throwDamaged(*static_cast<const PngInput*>(png_get_error_ptr(png))->source, message);
}

void ignorePngWarning(png_structp, png_const_charp) {}

void readPngBytes(png_structp png, png_bytep data, std::size_t length) {
    auto* input = static_cast<PngInput*>(png_get_io_ptr(png));
    if (length > input->bytes.size() - input->at) {
        png_error(png, "read beyond end of data");  // what the simplified API says
    }
    std::memcpy(data, input->bytes.data() + input->at, length);
    input->at += length;
}

// A libpng read struct that is destroyed on every path. It must stay where it is made: libpng
// keeps a pointer to the input.
class PngReader {
  public:
    explicit PngReader(PngInput& input)
        : png_(png_create_read_struct(PNG_LIBPNG_VER_STRING, &input, &failPng, &ignorePngWarning)) {
        if (png_ == nullptr) {
            throw std::bad_alloc();
        }
        info_ = png_create_info_struct(png_);
        if (info_ == nullptr) {
            png_destroy_read_struct(&png_, nullptr, nullptr);
            throw std::bad_alloc();
        }
        png_set_read_fn(png_, &input, &readPngBytes);
    }
    ~PngReader() { png_destroy_read_struct(&png_, &info_, nullptr); }
    PngReader(const PngReader&) = delete;
    PngReader& operator=(const PngReader&) = delete;

    png_structp png() { return png_; }
    png_infop info() { return info_; }

  private:
    png_structp png_ = nullptr;
    png_infop info_ = nullptr;
};

// Whether the PNG, whose IHDR libpng has read already (it must be the first chunk, right after
// the 8-byte signature), has 16-bit samples and Adam7 interlacing.
bool isInterlacedSixteenBit(std::string_view bytes) {
    constexpr std::size_t kBitDepthAt = 8 + 8 + 8;         // signature, chunk length and type, size
    constexpr std::size_t kInterlaceAt = kBitDepthAt + 4;  // after colour type, compression, filter
    return bytes.size() > kInterlaceAt && static_cast<unsigned char>(bytes[kBitDepthAt]) == 16 &&
           static_cast<unsigned char>(bytes[kInterlaceAt]) == PNG_INTERLACE_ADAM7;
}

// Reads the pixels of a 16-bit interlaced PNG into `decoded` (its size set from the header) as
// png_image_finish_read does for PNG_FORMAT_RGB, PNG_IMAGE_FLAG_16BIT_sRGB and a white
// background when the file is not interlaced: the same transformations, in the same order.
void readInterlacedSixteenBit(std::string_view bytes, const std::string& source,
                              RgbImage& decoded) {
    PngInput input{bytes, 0, &source};
    PngReader reader(input);
    png_structp png = reader.png();
    png_infop info = reader.info();
    png_set_benign_errors(png, 1);  // warnings, as in the simplified API
    // Only the chunks that change the pixels are read; the others are skipped unchecked.
    static const png_byte kPixelChunks[] = {'b', 'K', 'G', 'D', '\0', 'c', 'H', 'R', 'M', '\0',
                                            'g', 'A', 'M', 'A', '\0', 'i', 'C', 'C', 'P', '\0',
                                            's', 'B', 'I', 'T', '\0', 's', 'R', 'G', 'B', '\0'};
    png_set_keep_unknown_chunks(png, PNG_HANDLE_CHUNK_NEVER, nullptr, -1);
    png_set_keep_unknown_chunks(png, PNG_HANDLE_CHUNK_AS_DEFAULT, kPixelChunks,
                                static_cast<int>(sizeof kPixelChunks / 5));
    png_read_info(png, info);
    const png_uint_32 width = png_get_image_width(png, info);
    const png_uint_32 height = png_get_image_height(png, info);
    if (static_cast<int>(width) != decoded.width || static_cast<int>(height) != decoded.height) {
        throwDamaged(source, "its header changed while it was read");
    }
    const png_byte colorType = png_get_color_type(png, info);
    const bool alpha =
        (colorType & PNG_COLOR_MASK_ALPHA) != 0 || png_get_valid(png, info, PNG_INFO_tRNS) != 0;

    png_set_expand(png);  // tRNS to alpha
    if ((colorType & PNG_COLOR_MASK_COLOR) == 0) {
        png_set_gray_to_rgb(png);
    }
    // Files without gAMA or sRGB chunks are sRGB (PNG_IMAGE_FLAG_16BIT_sRGB).
    png_set_alpha_mode_fixed(png, PNG_ALPHA_PNG, PNG_DEFAULT_sRGB);
    png_set_scale_16(png);  // rounded: 16-bit v becomes round(v / 257)
    if (alpha) {
        png_color_16 white{};
        white.red = white.green = white.blue = white.gray = 255;
        png_set_background_fixed(png, &white, PNG_BACKGROUND_GAMMA_SCREEN, 0, 0);
    }
    png_set_alpha_mode_fixed(png, PNG_ALPHA_PNG, PNG_DEFAULT_sRGB);  // the output: sRGB
    png_set_interlace_handling(png);
    png_read_update_info(png, info);
    const std::size_t rowBytes = std::size_t{width} * 3;
    if (png_get_bit_depth(png, info) != 8 || png_get_color_type(png, info) != PNG_COLOR_TYPE_RGB ||
        png_get_rowbytes(png, info) != rowBytes) {
        throwDamaged(source, "unexpected result of the transformations");
    }
    // Every pass writes into the whole picture, so that each row keeps the earlier passes' pixels.
    std::vector<png_bytep> rows(height);
    for (png_uint_32 y = 0; y < height; ++y) {
        rows[y] = decoded.pixels.data() + rowBytes * y;
    }
    png_read_image(png, rows.data());
}

}  // namespace

RgbImage decodePng(std::string_view bytes, const std::string& source, int max_side) {
    PngImage png;
    if (png_image_begin_read_from_memory(png.get(), bytes.data(), bytes.size()) == 0) {
        throwDamaged(source, png.get());
    }
    // From the header, before the pixels are allocated or inflated.
    checkImageSize(png->width, png->height, source);

    RgbImage decoded;
    decoded.width = static_cast<int>(png->width);
    decoded.height = static_cast<int>(png->height);
    decoded.pixels.resize(std::size_t{png->width} * std::size_t{png->height} * 3);
    if (isInterlacedSixteenBit(bytes)) {
        png_image_free(png.get());  // the header is read again
        readInterlacedSixteenBit(bytes, source, decoded);
        return scaleImage(decoded, fittedSize({decoded.width, decoded.height}, max_side));
    }

    png->format = PNG_FORMAT_RGB;
    // 16-bit files without gAMA or sRGB chunks are sRGB like 8-bit ones; libpng would otherwise
    // take them as linear and make them far too light.
    png->flags |= PNG_IMAGE_FLAG_16BIT_sRGB;
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
