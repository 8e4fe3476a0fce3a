// JPEG decoding with libjpeg (libjpeg-turbo): RGB, gray, CMYK and YCCK, EXIF orientation.
//
// Errors: libjpeg's error_exit must not return. Here it throws InputError. The exception unwinds
// through libjpeg's C frames, which is sound because Debian builds libjpeg-turbo with unwind
// tables (every C function of libjpeg.so.62 has an .eh_frame entry; only the SIMD assembly has
// none, and it never calls back), those frames hold nothing to clean up, and afterwards
// ~JpegDecompressor calls jpeg_destroy_decompress, which libjpeg allows after an error at any
// point (it is what the setjmp/longjmp pattern does too). No setjmp/longjmp, so every C++ object
// is destroyed normally. The tests run the error paths under AddressSanitizer.
#include <cstdio>  // jpeglib.h needs FILE and size_t first

#include <jpeglib.h>

#include <jerror.h>  // after jpeglib.h: its message list depends on jconfig.h

#include <vector>

#include "core/errors.h"
#include "image_codecs.h"

namespace hep {

namespace {

// Progressive files normally have about 10 scans. Each scan passes over the whole picture, so a
// small file with thousands of scans could keep the decoder busy for minutes.
constexpr int kMaxJpegScans = 100;

// libjpeg sees only `base`; the handlers reach `source` from it (standard layout, first member).
struct ErrorManager {
    jpeg_error_mgr base;
    const std::string* source = nullptr;
};

const std::string& sourceOf(j_common_ptr cinfo) {
    return *reinterpret_cast<ErrorManager*>(cinfo->err)->source;
}

std::string libraryMessage(j_common_ptr cinfo) {
    char buffer[JMSG_LENGTH_MAX] = {};
    (*cinfo->err->format_message)(cinfo, buffer);
    return buffer;
}

[[noreturn]] void throwDamaged(j_common_ptr cinfo) {
    throw InputError(sourceOf(cinfo) + ": is a damaged or unsupported JPEG picture (" +
                     libraryMessage(cinfo) + ")");
}

[[noreturn]] void errorExit(j_common_ptr cinfo) {
    throwDamaged(cinfo);
}

// Warnings (level -1) that mean the pixels would be wrong are errors; the others, and all trace
// messages, are ignored. Nothing is printed.
void emitMessage(j_common_ptr cinfo, int level) {
    if (level >= 0) {
        return;
    }
    switch (cinfo->err->msg_code) {
        case JWRN_JPEG_EOF:
            throw InputError(sourceOf(cinfo) +
                             ": is an incomplete JPEG picture: the file ends too early (it may "
                             "have been cut off while downloading or copying)");
        case JWRN_HIT_MARKER:
        case JWRN_HUFF_BAD_CODE:
        case JWRN_ARITH_BAD_CODE:
        case JWRN_MUST_RESYNC:
            throwDamaged(cinfo);
        default:
            return;
    }
}

void outputMessage(j_common_ptr /*cinfo*/) {}

void checkProgress(j_common_ptr cinfo) {
    const auto* decompress = reinterpret_cast<j_decompress_ptr>(cinfo);
    if (decompress->input_scan_number > kMaxJpegScans) {
        throw InputError(sourceOf(cinfo) + ": is a damaged JPEG picture (it has more than " +
                         std::to_string(kMaxJpegScans) + " scans)");
    }
}

// A libjpeg decompressor that is destroyed on every path. It must stay where it is made: libjpeg
// keeps pointers to its members.
class JpegDecompressor {
  public:
    explicit JpegDecompressor(const std::string& source) {
        errors_.source = &source;
        cinfo_.err = jpeg_std_error(&errors_.base);
        errors_.base.error_exit = &errorExit;
        errors_.base.emit_message = &emitMessage;
        errors_.base.output_message = &outputMessage;
        try {
            jpeg_create_decompress(&cinfo_);
        } catch (...) {
            jpeg_destroy_decompress(&cinfo_);  // frees whatever was made; safe when nothing was
            throw;
        }
        progress_.progress_monitor = &checkProgress;
        cinfo_.progress = &progress_;
    }
    ~JpegDecompressor() { jpeg_destroy_decompress(&cinfo_); }
    JpegDecompressor(const JpegDecompressor&) = delete;
    JpegDecompressor& operator=(const JpegDecompressor&) = delete;

    j_decompress_ptr get() { return &cinfo_; }
    j_decompress_ptr operator->() { return &cinfo_; }

  private:
    ErrorManager errors_;
    jpeg_progress_mgr progress_{};
    jpeg_decompress_struct cinfo_{};
};

// The orientation from the first Exif APP1 segment (saved by jpeg_save_markers), or 1.
int orientationOf(j_decompress_ptr cinfo) {
    for (jpeg_saved_marker_ptr marker = cinfo->marker_list; marker != nullptr;
         marker = marker->next) {
        const std::string_view data(reinterpret_cast<const char*>(marker->data),
                                    marker->data_length);
        if (marker->marker == JPEG_APP0 + 1 &&
            data.substr(0, 6) == std::string_view("Exif\0\0", 6)) {
            return exifOrientation(data);
        }
    }
    return 1;
}

unsigned ceilDiv(unsigned value, unsigned divisor) {
    return value / divisor + (value % divisor != 0 ? 1 : 0);
}

// The largest libjpeg scale 1/8, 1/4 or 1/2 (its DCT-domain scaling, which averages well) that
// leaves at least `target` pixels in both directions; 1 when none does.
unsigned scaleDenominator(unsigned width, unsigned height, ImageSize target) {
    for (const unsigned denominator : {8u, 4u, 2u}) {
        if (ceilDiv(width, denominator) >= static_cast<unsigned>(target.width) &&
            ceilDiv(height, denominator) >= static_cast<unsigned>(target.height)) {
            return denominator;
        }
    }
    return 1;
}

unsigned char product(unsigned a, unsigned b) {
    return static_cast<unsigned char>((a * b + 127) / 255);
}

// One row of CMYK to RGB. Adobe (Photoshop) CMYK JPEGs store the inks inverted (0 = full ink),
// others store them as they are (255 = full ink).
void cmykToRgb(const unsigned char* cmyk, unsigned char* rgb, std::size_t pixels, bool inverted) {
    for (std::size_t i = 0; i < pixels; ++i, cmyk += 4, rgb += 3) {
        const unsigned k = inverted ? cmyk[3] : 255u - cmyk[3];
        for (int c = 0; c < 3; ++c) {
            rgb[c] = product(inverted ? cmyk[c] : 255u - cmyk[c], k);
        }
    }
}

}  // namespace

JpegPicture decodeJpeg(std::string_view bytes, const std::string& source, int max_side) {
    JpegDecompressor jpeg(source);
    jpeg_mem_src(jpeg.get(), reinterpret_cast<const unsigned char*>(bytes.data()),
                 static_cast<unsigned long>(bytes.size()));
    jpeg_save_markers(jpeg.get(), JPEG_APP0 + 1, 0xFFFF);
    jpeg_read_header(jpeg.get(), TRUE);
    // From the header, before anything the size of the picture is allocated.
    checkImageSize(jpeg->image_width, jpeg->image_height, source);

    JpegPicture result;
    result.orientation = orientationOf(jpeg.get());
    const bool cmyk = jpeg->jpeg_color_space == JCS_CMYK || jpeg->jpeg_color_space == JCS_YCCK;
    jpeg->out_color_space = cmyk ? JCS_CMYK : JCS_RGB;  // libjpeg turns YCCK into CMYK
    const ImageSize target = fittedSize(
        {static_cast<int>(jpeg->image_width), static_cast<int>(jpeg->image_height)}, max_side);
    jpeg->scale_num = 1;
    jpeg->scale_denom = scaleDenominator(jpeg->image_width, jpeg->image_height, target);
    jpeg_start_decompress(jpeg.get());

    RgbImage decoded;
    decoded.width = static_cast<int>(jpeg->output_width);
    decoded.height = static_cast<int>(jpeg->output_height);
    const std::size_t width = jpeg->output_width;
    decoded.pixels.resize(width * jpeg->output_height * 3);
    std::vector<unsigned char> cmykRow(cmyk ? width * 4 : 0);
    while (jpeg->output_scanline < jpeg->output_height) {
        unsigned char* rgbRow =
            decoded.pixels.data() + std::size_t{jpeg->output_scanline} * width * 3;
        JSAMPROW row = cmyk ? cmykRow.data() : rgbRow;
        if (jpeg_read_scanlines(jpeg.get(), &row, 1) != 1) {
            // Cannot happen with a memory source (it never suspends); never loop forever.
            throw InputError(source + ": is a damaged JPEG picture (its rows cannot be read)");
        }
        if (cmyk) {
            cmykToRgb(cmykRow.data(), rgbRow, width, jpeg->saw_Adobe_marker != 0);
        }
    }
    jpeg_finish_decompress(jpeg.get());
    result.image = scaleImage(decoded, target);
    return result;
}

}  // namespace hep
