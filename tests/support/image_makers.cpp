#include "tests/support/image_makers.h"

#include <cstdlib>
#include <stdexcept>

#include "core/errors.h"
#include "images/image_decode.h"

namespace hep::test {

namespace {

void appendPngData(png_structp png, png_bytep data, std::size_t length) {
    static_cast<std::string*>(png_get_io_ptr(png))->append(reinterpret_cast<char*>(data), length);
}

void failPng(png_structp, png_const_charp message) {
    throw std::runtime_error(std::string("test PNG writer: ") + message);
}

void ignorePngWarning(png_structp, png_const_charp) {}

[[noreturn]] void failJpeg(j_common_ptr cinfo) {
    char message[JMSG_LENGTH_MAX] = {};
    (*cinfo->err->format_message)(cinfo, message);
    throw std::runtime_error(std::string("test JPEG writer: ") + message);
}

std::uint32_t crc32(std::string_view bytes) {
    std::uint32_t crc = 0xFFFFFFFFu;
    for (const char c : bytes) {
        crc ^= static_cast<unsigned char>(c);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

void putBigEndian32(std::string& bytes, std::size_t at, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) {
        bytes[at + i] = static_cast<char>((value >> (24 - 8 * i)) & 0xFF);
    }
}

void put(std::string& out, std::uint32_t value, int bytes, bool little) {
    for (int i = 0; i < bytes; ++i) {
        const int shift = little ? 8 * i : 8 * (bytes - 1 - i);
        out += static_cast<char>((value >> shift) & 0xFF);
    }
}

std::string show(const Rgb& c) {
    return "(" + std::to_string(c[0]) + ", " + std::to_string(c[1]) + ", " + std::to_string(c[2]) +
           ")";
}

}  // namespace

PngSpec pngSpec(int width, int height, int colorType, int bitDepth) {
    PngSpec spec;
    spec.width = width;
    spec.height = height;
    spec.colorType = colorType;
    spec.bitDepth = bitDepth;
    return spec;
}

std::string writePng(const PngSpec& spec) {
    png_structp png =
        png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, &failPng, &ignorePngWarning);
    png_infop info = png_create_info_struct(png);
    std::string out;
    png_set_write_fn(png, &out, &appendPngData, nullptr);
    png_set_IHDR(png, info, static_cast<png_uint_32>(spec.width),
                 static_cast<png_uint_32>(spec.height), spec.bitDepth, spec.colorType,
                 spec.interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (!spec.palette.empty()) {
        png_set_PLTE(png, info, spec.palette.data(), static_cast<int>(spec.palette.size()));
    }
    if (!spec.paletteAlpha.empty()) {
        png_set_tRNS(png, info, spec.paletteAlpha.data(),
                     static_cast<int>(spec.paletteAlpha.size()), nullptr);
    }
    png_write_info(png, info);
    const std::size_t rowBytes = spec.rows.size() / static_cast<std::size_t>(spec.height);
    std::vector<png_bytep> rows;
    rows.reserve(static_cast<std::size_t>(spec.height));
    for (int y = 0; y < spec.height; ++y) {
        rows.push_back(const_cast<png_bytep>(spec.rows.data()) + rowBytes * y);
    }
    png_write_image(png, rows.data());  // handles interlacing
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return out;
}

std::uint16_t sixteenBitSample(int x, int y, int channel) {
    return static_cast<std::uint16_t>((y * 541 + x * 1601 + channel * 21011) % 65536);
}

std::uint16_t sixteenBitAlpha(int x, int y) {
    const int phase = (x + y) % 7;
    return phase == 0 ? 0 : phase == 3 ? 0x8000 : 0xFFFF;
}

PngSpec sixteenBitPng(int width, int height, int colorType, bool interlaced) {
    PngSpec spec = pngSpec(width, height, colorType, 16);
    spec.interlaced = interlaced;
    const int colours = (colorType & PNG_COLOR_MASK_COLOR) != 0 ? 3 : 1;
    const bool alpha = (colorType & PNG_COLOR_MASK_ALPHA) != 0;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            for (int channel = 0; channel < colours + (alpha ? 1 : 0); ++channel) {
                const std::uint16_t value =
                    channel < colours ? sixteenBitSample(x, y, channel) : sixteenBitAlpha(x, y);
                spec.rows.push_back(static_cast<unsigned char>(value >> 8));
                spec.rows.push_back(static_cast<unsigned char>(value & 0xFF));
            }
        }
    }
    return spec;
}

JpegSpec jpegSpec(int width, int height, J_COLOR_SPACE input, J_COLOR_SPACE stored) {
    JpegSpec spec;
    spec.width = width;
    spec.height = height;
    spec.input = input;
    spec.stored = stored;
    return spec;
}

std::string writeJpeg(const JpegSpec& spec) {
    jpeg_compress_struct cinfo{};
    jpeg_error_mgr errors{};
    cinfo.err = jpeg_std_error(&errors);
    errors.error_exit = &failJpeg;
    jpeg_create_compress(&cinfo);
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&cinfo, &buffer, &size);
    const int components = spec.input == JCS_GRAYSCALE ? 1 : spec.input == JCS_CMYK ? 4 : 3;
    cinfo.image_width = static_cast<JDIMENSION>(spec.width);
    cinfo.image_height = static_cast<JDIMENSION>(spec.height);
    cinfo.input_components = components;
    cinfo.in_color_space = spec.input;
    jpeg_set_defaults(&cinfo);
    jpeg_set_colorspace(&cinfo, spec.stored);
    jpeg_set_quality(&cinfo, 95, TRUE);
    for (int i = 0; i < cinfo.num_components; ++i) {
        cinfo.comp_info[i].h_samp_factor = 1;  // 4:4:4, so that colours keep sharp edges
        cinfo.comp_info[i].v_samp_factor = 1;
    }
    if (!spec.adobeMarker) {
        cinfo.write_Adobe_marker = FALSE;
    }
    std::vector<jpeg_scan_info> scans;
    if (spec.progressive) {
        jpeg_simple_progression(&cinfo);
    }
    if (spec.oneScanPerCoefficient) {
        jpeg_scan_info dc{};
        dc.comps_in_scan = cinfo.num_components;
        for (int c = 0; c < cinfo.num_components; ++c) {
            dc.component_index[c] = c;
        }
        scans.push_back(dc);
        for (int c = 0; c < cinfo.num_components; ++c) {
            for (int k = 1; k < DCTSIZE2; ++k) {
                jpeg_scan_info ac{};
                ac.comps_in_scan = 1;
                ac.component_index[0] = c;
                ac.Ss = k;
                ac.Se = k;
                scans.push_back(ac);
            }
        }
        cinfo.scan_info = scans.data();
        cinfo.num_scans = static_cast<int>(scans.size());
    }
    jpeg_start_compress(&cinfo, TRUE);
    for (const std::string& payload : spec.app1) {
        jpeg_write_marker(&cinfo, JPEG_APP0 + 1, reinterpret_cast<const JOCTET*>(payload.data()),
                          static_cast<unsigned>(payload.size()));
    }
    const std::size_t rowBytes = static_cast<std::size_t>(spec.width) * components;
    while (cinfo.next_scanline < cinfo.image_height) {
        JSAMPROW row = const_cast<JSAMPROW>(spec.samples.data()) + rowBytes * cinfo.next_scanline;
        jpeg_write_scanlines(&cinfo, &row, 1);
    }
    jpeg_finish_compress(&cinfo);
    jpeg_destroy_compress(&cinfo);
    std::string out(reinterpret_cast<char*>(buffer), size);
    std::free(buffer);
    return out;
}

JpegSpec quadrantJpeg() {
    JpegSpec spec = jpegSpec(64, 32);
    for (int y = 0; y < 32; ++y) {
        for (int x = 0; x < 64; ++x) {
            const Rgb& c = y < 16 ? (x < 32 ? kRed : kGreen) : (x < 32 ? kBlue : kYellow);
            spec.samples.insert(spec.samples.end(), c.begin(), c.end());
        }
    }
    return spec;
}

std::string withPngSize(std::string png, std::uint32_t width, std::uint32_t height) {
    EXPECT_EQ(png.substr(12, 4), "IHDR");
    putBigEndian32(png, 16, width);
    putBigEndian32(png, 20, height);
    putBigEndian32(png, 29, crc32(std::string_view(png).substr(12, 17)));
    return png;
}

std::string withJpegSize(std::string jpeg, unsigned width, unsigned height) {
    std::size_t at = 2;
    while (at + 9 < jpeg.size()) {
        EXPECT_EQ(static_cast<unsigned char>(jpeg[at]), 0xFF);
        const auto marker = static_cast<unsigned char>(jpeg[at + 1]);
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 &&
            marker != 0xCC) {
            jpeg[at + 5] = static_cast<char>(height >> 8);
            jpeg[at + 6] = static_cast<char>(height & 0xFF);
            jpeg[at + 7] = static_cast<char>(width >> 8);
            jpeg[at + 8] = static_cast<char>(width & 0xFF);
            return jpeg;
        }
        const std::size_t length = static_cast<unsigned char>(jpeg[at + 2]) * 256u +
                                   static_cast<unsigned char>(jpeg[at + 3]);
        at += 2 + length;
    }
    ADD_FAILURE() << "no SOF marker";
    return jpeg;
}

std::string exifPayload(int orientation, bool little) {
    std::string out("Exif\0\0", 6);
    out += little ? "II" : "MM";
    put(out, 42, 2, little);
    put(out, 8, 4, little);  // IFD0 right after the header
    put(out, 2, 2, little);  // two entries
    put(out, 0x010F, 2, little);
    put(out, 2, 2, little);  // ASCII
    put(out, 4, 4, little);
    out += std::string("HEP\0", 4);
    put(out, 0x0112, 2, little);
    put(out, 3, 2, little);  // SHORT
    put(out, 1, 4, little);
    put(out, static_cast<std::uint32_t>(orientation), 2, little);
    put(out, 0, 2, little);  // padding of the value field
    put(out, 0, 4, little);  // no next IFD
    return out;
}

Rgb pixel(const RgbImage& image, int x, int y) {
    const std::size_t at = (static_cast<std::size_t>(y) * image.width + x) * 3;
    return {image.pixels.at(at), image.pixels.at(at + 1), image.pixels.at(at + 2)};
}

::testing::AssertionResult near(const Rgb& actual, const Rgb& expected, int tolerance) {
    for (int i = 0; i < 3; ++i) {
        if (std::abs(int{actual[i]} - int{expected[i]}) > tolerance) {
            return ::testing::AssertionFailure()
                   << show(actual) << " is not within " << tolerance << " of " << show(expected);
        }
    }
    return ::testing::AssertionSuccess();
}

void expectWellFormed(const RgbImage& image) {
    EXPECT_GT(image.width, 0);
    EXPECT_GT(image.height, 0);
    EXPECT_EQ(image.pixels.size(), static_cast<std::size_t>(image.width) * image.height * 3);
}

std::string errorOf(std::string_view bytes, const std::string& source) {
    try {
        const RgbImage image = decodeImage(bytes, source);
        expectWellFormed(image);
    } catch (const InputError& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace hep::test
