#include "images/image_decode.h"

#include <algorithm>
#include <stdexcept>
#include <system_error>
#include <vector>

#include "core/errors.h"
#include "core/file_io.h"
#include "image_codecs.h"

namespace hep {

namespace {

bool startsWith(std::string_view bytes, std::string_view prefix) {
    return bytes.substr(0, prefix.size()) == prefix;
}

// Up to `count` bytes at `offset`; empty when the file is shorter (substr would throw).
std::string_view bytesAt(std::string_view bytes, std::size_t offset, std::size_t count) {
    return offset <= bytes.size() ? bytes.substr(offset, count) : std::string_view();
}

bool containsIgnoringCase(std::string_view text, std::string_view word) {
    const auto lower = [](char c) {
        return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    };
    const auto found = std::search(text.begin(), text.end(), word.begin(), word.end(),
                                   [&](char a, char b) { return lower(a) == lower(b); });
    return found != text.end();
}

// True when the start of the file has no control characters except tabs, line and page breaks.
bool looksLikeText(std::string_view head) {
    return std::none_of(head.begin(), head.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f') ||
               byte == 0x7F;
    });
}

// What a file that is neither PNG nor JPEG looks like ("a GIF image"), or "" when unknown.
std::string describeOtherContent(std::string_view bytes) {
    if (startsWith(bytes, "GIF87a") || startsWith(bytes, "GIF89a")) {
        return "a GIF image";
    }
    if (startsWith(bytes, "RIFF") && bytesAt(bytes, 8, 4) == "WEBP") {
        return "a WebP image";
    }
    if (startsWith(bytes, std::string_view("II*\0", 4)) ||
        startsWith(bytes, std::string_view("MM\0*", 4))) {
        return "a TIFF image";
    }
    if (startsWith(bytes, "BM") && bytes.size() >= 26 &&
        bytesAt(bytes, 6, 4) == std::string_view("\0\0\0\0", 4)) {
        return "a BMP image";
    }
    if (bytesAt(bytes, 4, 4) == "ftyp") {
        const std::string_view brand = bytesAt(bytes, 8, 4);
        for (const std::string_view heif :
             {"heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"}) {
            if (brand == heif) {
                return "a HEIC photo (the iPhone photo format)";
            }
        }
        if (brand == "avif" || brand == "avis") {
            return "an AVIF image";
        }
        return "a video or sound file (MP4, MOV or similar)";
    }
    if (startsWith(bytes, "%PDF-")) {
        return "a PDF document";
    }
    if (startsWith(bytes, "PK\x03\x04")) {
        return "a ZIP archive or an Office document";
    }
    const std::string_view head = bytes.substr(0, 1024);
    if (looksLikeText(head)) {
        if (containsIgnoringCase(head, "<svg")) {
            return "an SVG drawing";
        }
        if (containsIgnoringCase(head, "<html") || containsIgnoringCase(head, "<!doctype html")) {
            return "a web page (HTML)";
        }
        return "a text file";
    }
    return "";
}

// "26.3 MB", rounded up to a tenth so that a file just over a limit never shows as the limit.
std::string megabytes(std::uint64_t bytes) {
    constexpr std::uint64_t kMegabyte = std::uint64_t{1024} * 1024;
    std::uint64_t whole = bytes / kMegabyte;
    std::uint64_t tenth = ((bytes % kMegabyte) * 10 + kMegabyte - 1) / kMegabyte;
    if (tenth == 10) {
        ++whole;
        tenth = 0;
    }
    return std::to_string(whole) + "." + std::to_string(tenth) + " MB";
}

[[noreturn]] void throwTooLarge(std::uint64_t bytes, const std::string& source) {
    throw InputError(source + ": is too large (" + megabytes(bytes) +
                     "); a picture can be at most " +
                     std::to_string(kMaxImageFileBytes / (std::size_t{1024} * 1024)) + " MB");
}

// The per-axis weights of area averaging from n source pixels to m new ones. In units where a
// source pixel is m long and a new pixel n long, new pixel i covers [i*n, (i+1)*n) and takes
// source pixel j with the weight of their overlap; the weights of each new pixel add up to n.
struct AxisWeights {
    std::vector<std::uint32_t> firstSource;  // per new pixel
    std::vector<std::size_t> offset;         // per new pixel, into weights; plus the end
    std::vector<std::uint64_t> weights;
};

AxisWeights axisWeights(std::uint64_t n, std::uint64_t m) {
    AxisWeights result;
    result.firstSource.reserve(m);
    result.offset.reserve(m + 1);
    for (std::uint64_t i = 0; i < m; ++i) {
        const std::uint64_t lo = i * n;
        const std::uint64_t hi = lo + n;
        const std::uint64_t first = lo / m;
        const std::uint64_t last = (hi - 1) / m;
        result.firstSource.push_back(static_cast<std::uint32_t>(first));
        result.offset.push_back(result.weights.size());
        for (std::uint64_t j = first; j <= last; ++j) {
            result.weights.push_back(std::min(hi, (j + 1) * m) - std::max(lo, j * m));
        }
    }
    result.offset.push_back(result.weights.size());
    return result;
}

}  // namespace

void checkImageSize(std::uint64_t width, std::uint64_t height, const std::string& source) {
    const std::string dimensions = std::to_string(width) + " x " + std::to_string(height);
    if (width == 0 || height == 0) {
        throw InputError(source + ": is damaged: its header says it has no pixels (" + dimensions +
                         ")");
    }
    const std::uint64_t pixels = width * height;  // each side < 2^32: no overflow
    if (pixels > kMaxImagePixels) {
        std::string amount;
        if (pixels % 1'000'000 == 0) {
            amount = std::to_string(pixels / 1'000'000);
        } else {
            const std::uint64_t tenths = (pixels + 99'999) / 100'000;
            amount = std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
        }
        throw InputError(source + ": is too large: " + dimensions + " pixels, " + amount +
                         " megapixels; at most " + std::to_string(kMaxImagePixels / 1'000'000));
    }
}

ImageSize fittedSize(ImageSize size, int max_side) {
    const int longSide = std::max(size.width, size.height);
    if (longSide <= max_side) {
        return size;
    }
    const auto shorter = [&](int side) {
        const std::uint64_t scaled =
            (static_cast<std::uint64_t>(side) * static_cast<std::uint64_t>(max_side) +
             static_cast<std::uint64_t>(longSide) / 2) /
            static_cast<std::uint64_t>(longSide);
        return std::max(1, static_cast<int>(scaled));
    };
    if (size.width >= size.height) {
        return {max_side, shorter(size.height)};
    }
    return {shorter(size.width), max_side};
}

RgbImage scaleImage(const RgbImage& image, ImageSize size) {
    if (size.width == image.width && size.height == image.height) {
        return image;
    }
    const auto sourceWidth = static_cast<std::uint64_t>(image.width);
    const auto sourceHeight = static_cast<std::uint64_t>(image.height);
    const AxisWeights across = axisWeights(sourceWidth, static_cast<std::uint64_t>(size.width));
    const AxisWeights down = axisWeights(sourceHeight, static_cast<std::uint64_t>(size.height));
    const std::uint64_t total = sourceWidth * sourceHeight;  // the weights of one new pixel

    RgbImage result;
    result.width = size.width;
    result.height = size.height;
    result.pixels.resize(static_cast<std::size_t>(size.width) *
                         static_cast<std::size_t>(size.height) * 3);
    const std::size_t rowValues = static_cast<std::size_t>(size.width) * 3;
    std::vector<std::uint64_t> rowSums(rowValues);  // one source row, averaged across only
    std::vector<std::uint64_t> sums(rowValues);
    std::int64_t summedRow = -1;  // the source row now in rowSums

    for (std::size_t y = 0; y < static_cast<std::size_t>(size.height); ++y) {
        std::fill(sums.begin(), sums.end(), 0);
        for (std::size_t k = down.offset[y]; k < down.offset[y + 1]; ++k) {
            const std::size_t sourceY = down.firstSource[y] + (k - down.offset[y]);
            if (static_cast<std::int64_t>(sourceY) != summedRow) {
                const unsigned char* row = image.pixels.data() + sourceY * sourceWidth * 3;
                for (std::size_t x = 0; x < static_cast<std::size_t>(size.width); ++x) {
                    std::uint64_t r = 0, g = 0, b = 0;
                    const unsigned char* p = row + std::size_t{across.firstSource[x]} * 3;
                    for (std::size_t t = across.offset[x]; t < across.offset[x + 1]; ++t, p += 3) {
                        const std::uint64_t w = across.weights[t];
                        r += w * p[0];
                        g += w * p[1];
                        b += w * p[2];
                    }
                    rowSums[x * 3] = r;
                    rowSums[x * 3 + 1] = g;
                    rowSums[x * 3 + 2] = b;
                }
                summedRow = static_cast<std::int64_t>(sourceY);
            }
            const std::uint64_t w = down.weights[k];
            for (std::size_t i = 0; i < rowValues; ++i) {
                sums[i] += w * rowSums[i];
            }
        }
        unsigned char* out = result.pixels.data() + y * rowValues;
        for (std::size_t i = 0; i < rowValues; ++i) {
            out[i] = static_cast<unsigned char>((sums[i] + total / 2) / total);
        }
    }
    return result;
}

RgbImage decodeImage(std::string_view bytes, const std::string& source, int max_side) {
    if (max_side < 1) {
        throw std::invalid_argument("decodeImage: max_side must be at least 1");
    }
    if (bytes.empty()) {
        throw InputError(source + ": is an empty file (0 bytes), not a picture");
    }
    if (bytes.size() > kMaxImageFileBytes) {
        throwTooLarge(bytes.size(), source);
    }
    if (startsWith(bytes, "\x89PNG")) {
        return decodePng(bytes, source, max_side);
    }
    if (startsWith(bytes, "\xFF\xD8")) {
        JpegPicture jpeg = decodeJpeg(bytes, source, max_side);
        return applyOrientation(jpeg.image, jpeg.orientation);
    }
    const std::string what = describeOtherContent(bytes);
    if (what.empty()) {
        throw InputError(source +
                         ": is not a PNG or JPEG picture (its content is not a known picture "
                         "format); save the picture as PNG or JPEG and try again");
    }
    throw InputError(source + ": is " + what +
                     ", not a PNG or JPEG picture; save it as PNG or JPEG and try again");
}

RgbImage loadImageFile(const std::filesystem::path& path, int max_side) {
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (!error && size > kMaxImageFileBytes) {
        throwTooLarge(size, path.string());
    }
    // readFile stops at the limit too, for a file that grows or is not a regular file.
    return decodeImage(readFile(path, kMaxImageFileBytes), path.string(), max_side);
}

}  // namespace hep
