#include "layout/fonts.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <map>
#include <string>

#include "layout/export_error.h"
#include "text/utf8.h"

namespace hep {

namespace {

constexpr const char* kDefaultFontDir = "/usr/share/fonts/truetype/dejavu";

// Bounds-checked big-endian reads from the font file; a read past the end means a damaged file.
class FontBytes {
  public:
    FontBytes(std::span<const unsigned char> data, const std::filesystem::path& file)
        : data_(data), file_(file) {}

    std::uint32_t u8(std::size_t pos) const { return at(pos, 1)[0]; }
    std::uint32_t u16(std::size_t pos) const {
        const unsigned char* p = at(pos, 2);
        return (std::uint32_t{p[0]} << 8) | p[1];
    }
    std::int32_t s16(std::size_t pos) const { return static_cast<std::int16_t>(u16(pos)); }
    std::uint32_t u32(std::size_t pos) const {
        const unsigned char* p = at(pos, 4);
        return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) |
               (std::uint32_t{p[2]} << 8) | p[3];
    }

    [[noreturn]] void damaged(const std::string& what) const {
        throw ExportError("The font file " + file_.string() +
                          " is damaged or not a TrueType font (" + what +
                          "). Reinstall the Debian package fonts-dejavu-core.");
    }

  private:
    const unsigned char* at(std::size_t pos, std::size_t size) const {
        if (pos > data_.size() || data_.size() - pos < size) {
            damaged("a table reaches past the end of the file");
        }
        return data_.data() + pos;
    }

    std::span<const unsigned char> data_;
    const std::filesystem::path& file_;
};

// The font file mapped read-only. The pages come from the page cache as they are read (the
// kernel maps a few around each), where reading the file into memory of our own touched every
// page of 1.4 MB of fonts once more: a third of the page faults of an export.
class MappedFile {
  public:
    explicit MappedFile(const std::filesystem::path& file) {
        const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            throw ExportError("Cannot open the font file " + file.string() +
                              ". Install the Debian package fonts-dejavu-core.");
        }
        struct stat st {};
        void* map = MAP_FAILED;
        if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
            size_ = static_cast<std::size_t>(st.st_size);
            map = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
        }
        ::close(fd);  // the mapping keeps the file
        if (map == MAP_FAILED) {
            throw ExportError("Cannot read the font file " + file.string() + ".");
        }
        data_ = static_cast<const unsigned char*>(map);
    }
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile() { ::munmap(const_cast<unsigned char*>(data_), size_); }

    std::span<const unsigned char> bytes() const { return {data_, size_}; }

  private:
    const unsigned char* data_ = nullptr;
    std::size_t size_ = 0;
};

bool isControl(char32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

}  // namespace

std::filesystem::path findFontFile(FontStyle style) {
    const char* fileName = style == FontStyle::Bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf";
    const char* fontName = style == FontStyle::Bold ? "DejaVu Sans Bold" : "DejaVu Sans";
    const char* envDir = std::getenv("HEP_FONT_DIR");
    const bool fromEnv = envDir != nullptr && *envDir != '\0';
    std::filesystem::path path =
        std::filesystem::path(fromEnv ? envDir : kDefaultFontDir) / fileName;
    std::error_code error;
    if (std::filesystem::is_regular_file(path, error)) {
        return path;
    }
    std::string message =
        "The font " + std::string(fontName) + " was not found at " + path.string() + ". ";
    if (fromEnv) {
        message += "HEP_FONT_DIR is set to " + std::string(envDir) +
                   ": put the DejaVu fonts there or unset it to use the system fonts, which come "
                   "with the Debian package fonts-dejavu-core.";
    } else {
        message +=
            "Install the Debian package fonts-dejavu-core (apt-get install "
            "fonts-dejavu-core), or set HEP_FONT_DIR to a folder holding " +
            std::string(fileName) + ".";
    }
    throw ExportError(message);
}

FontMetrics::FontMetrics(const std::filesystem::path& file) : file_(file) {
    const MappedFile mapped(file);
    parse(mapped.bytes());
}

void FontMetrics::parse(std::span<const unsigned char> data) {
    const FontBytes bytes(data, file_);
    const std::uint32_t version = bytes.u32(0);
    if (version == 0x4F54544F) {  // 'OTTO'
        throw ExportError("The font file " + file_.string() +
                          " has CFF (OpenType) outlines; libharu embeds TrueType outlines only.");
    }
    if (version == 0x74746366) {  // 'ttcf'
        throw ExportError("The font file " + file_.string() +
                          " is a font collection; a single TrueType font (.ttf) is needed.");
    }
    if (version != 0x00010000 && version != 0x74727565) {  // 1.0 or 'true'
        bytes.damaged("unknown file signature");
    }

    std::map<std::string, std::size_t> tables;
    const std::uint32_t tableCount = bytes.u16(4);
    for (std::uint32_t i = 0; i < tableCount; ++i) {
        const std::size_t record = 12 + 16 * std::size_t{i};
        std::string tag;
        for (std::size_t k = 0; k < 4; ++k) {
            tag.push_back(static_cast<char>(bytes.u8(record + k)));
        }
        tables[tag] = bytes.u32(record + 8);
    }
    const auto table = [&](const std::string& tag) {
        const auto found = tables.find(tag);
        if (found == tables.end()) {
            bytes.damaged("no '" + tag + "' table");
        }
        return found->second;
    };

    const std::size_t head = table("head");
    if (bytes.u32(head + 12) != 0x5F0F3CF5) {
        bytes.damaged("bad 'head' magic number");
    }
    unitsPerEm_ = static_cast<int>(bytes.u16(head + 18));
    if (unitsPerEm_ < 16) {
        bytes.damaged("unitsPerEm is " + std::to_string(unitsPerEm_));
    }

    const std::size_t glyphCount = bytes.u16(table("maxp") + 4);
    if (glyphCount == 0) {
        bytes.damaged("no glyphs");
    }

    const std::size_t hhea = table("hhea");
    ascender_ = bytes.s16(hhea + 4);
    descender_ = bytes.s16(hhea + 6);
    lineGap_ = bytes.s16(hhea + 8);
    if (ascender_ == 0 && descender_ == 0 && tables.count("OS/2") != 0) {
        const std::size_t os2 = tables["OS/2"];
        ascender_ = static_cast<int>(bytes.u16(os2 + 74));    // usWinAscent
        descender_ = -static_cast<int>(bytes.u16(os2 + 76));  // usWinDescent
        lineGap_ = 0;
    }
    if (descender_ > 0) {
        descender_ = -descender_;
    }

    const std::size_t metricCount = bytes.u16(hhea + 34);
    if (metricCount == 0 || metricCount > glyphCount) {
        bytes.damaged("numberOfHMetrics is " + std::to_string(metricCount));
    }
    const std::size_t hmtx = table("hmtx");
    advances_.resize(glyphCount);
    for (std::size_t glyph = 0; glyph < glyphCount; ++glyph) {
        const std::size_t entry = glyph < metricCount ? glyph : metricCount - 1;
        advances_[glyph] = static_cast<std::uint16_t>(bytes.u16(hmtx + 4 * entry));
    }

    // cmap: format 4 for the Basic Multilingual Plane (what libharu reads), format 12 above it.
    const std::size_t cmap = table("cmap");
    std::size_t format4 = 0;
    int format4Rank = 0;
    std::size_t format12 = 0;
    const std::uint32_t subtableCount = bytes.u16(cmap + 2);
    for (std::uint32_t i = 0; i < subtableCount; ++i) {
        const std::size_t record = cmap + 4 + 8 * std::size_t{i};
        const std::uint32_t platform = bytes.u16(record);
        const std::uint32_t encoding = bytes.u16(record + 2);
        const std::size_t offset = cmap + bytes.u32(record + 4);
        const std::uint32_t format = bytes.u16(offset);
        if (format == 4) {
            const int rank = platform == 3 && encoding == 1 ? 3 : platform == 0 ? 2 : 0;
            if (rank > format4Rank) {
                format4 = offset;
                format4Rank = rank;
            }
        } else if (format == 12 && (platform == 0 || (platform == 3 && encoding == 10))) {
            format12 = offset;
        }
    }
    if (format4 == 0) {
        throw ExportError("The font file " + file_.string() +
                          " has no Unicode character map (cmap format 4), which libharu needs.");
    }

    bmpPages_.fill(0);
    bmpGlyphs_.clear();
    const std::size_t segCount = bytes.u16(format4 + 6) / 2;
    const std::size_t endCodes = format4 + 14;
    const std::size_t startCodes = endCodes + 2 * segCount + 2;
    const std::size_t deltas = startCodes + 2 * segCount;
    const std::size_t rangeOffsets = deltas + 2 * segCount;
    for (std::size_t seg = 0; seg < segCount; ++seg) {
        const std::uint32_t end = bytes.u16(endCodes + 2 * seg);
        const std::uint32_t start = bytes.u16(startCodes + 2 * seg);
        const std::uint32_t delta = bytes.u16(deltas + 2 * seg);
        const std::size_t rangeOffsetPos = rangeOffsets + 2 * seg;
        const std::uint32_t rangeOffset = bytes.u16(rangeOffsetPos);
        for (std::uint32_t cp = start; cp <= end && cp < 0xFFFF; ++cp) {
            std::uint32_t glyph = 0;
            if (rangeOffset == 0) {
                glyph = (cp + delta) & 0xFFFF;
            } else {
                const std::uint32_t raw =
                    bytes.u16(rangeOffsetPos + rangeOffset + 2 * std::size_t{cp - start});
                glyph = raw == 0 ? 0 : (raw + delta) & 0xFFFF;
            }
            if (glyph == 0 || glyph >= glyphCount || bmpGlyph(cp) != 0) {
                continue;
            }
            std::uint16_t& page = bmpPages_[cp >> 8];
            if (page == 0) {
                bmpGlyphs_.resize(bmpGlyphs_.size() + 256, 0);
                page = static_cast<std::uint16_t>(bmpGlyphs_.size() / 256);
            }
            bmpGlyphs_[(page - 1u) * 256u + (cp & 0xFF)] = static_cast<std::uint16_t>(glyph);
        }
    }

    if (format12 != 0) {
        const std::uint32_t groupCount = bytes.u32(format12 + 12);
        for (std::uint32_t i = 0; i < groupCount; ++i) {
            const std::size_t group = format12 + 16 + 12 * std::size_t{i};
            const Group g{bytes.u32(group), bytes.u32(group + 4), bytes.u32(group + 8)};
            if (g.first > 0xFFFF && g.first <= g.last) {
                groups_.push_back(g);
            }
        }
    }
    for (std::size_t cp = 0; cp < asciiWidths_.size(); ++cp) {
        asciiWidths_[cp] = charWidthUnits(static_cast<char32_t>(cp));
    }
}

std::uint16_t FontMetrics::glyphIndex(char32_t codePoint) const {
    if (codePoint <= 0xFFFF) {
        return bmpGlyph(codePoint);
    }
    for (const Group& group : groups_) {
        if (codePoint >= group.first && codePoint <= group.last) {
            const std::uint64_t glyph = group.glyph + std::uint64_t{codePoint - group.first};
            return glyph < advances_.size() ? static_cast<std::uint16_t>(glyph) : 0;
        }
    }
    return 0;
}

bool FontMetrics::hasGlyph(char32_t codePoint) const {
    return codePoint <= 0xFFFF && !isControl(codePoint) && bmpGlyph(codePoint) != 0;
}

int FontMetrics::glyphWidthUnits(std::uint16_t glyph) const {
    // libharu: (HPDF_UINT)advance_width * 1000 / units_per_em, in integers.
    return static_cast<int>(static_cast<unsigned>(advances_[glyph]) * 1000u /
                            static_cast<unsigned>(unitsPerEm_));
}

int FontMetrics::charWidthUnits(char32_t codePoint) const {
    if (codePoint > 0xFFFF) {
        codePoint = U' ';  // libharu's UTF-8 encoder turns everything above U+FFFF into a space
    }
    return glyphWidthUnits(bmpGlyph(codePoint));
}

long FontMetrics::widthUnits(std::string_view utf8) const {
    long units = 0;
    for (std::size_t pos = 0; pos < utf8.size();) {
        const auto byte = static_cast<unsigned char>(utf8[pos]);
        if (byte < asciiWidths_.size()) {  // most text: no decoding, no division
            units += asciiWidths_[byte];
            ++pos;
            continue;
        }
        const Utf8Char ch = decodeUtf8(utf8, pos);
        units += charWidthUnits(ch.codePoint);
        pos += ch.size;
    }
    return units;
}

double FontMetrics::textWidth(std::string_view utf8, double sizePt) const {
    return static_cast<double>(widthUnits(utf8)) * sizePt / 1000.0;
}

double FontMetrics::ascent(double sizePt) const {
    return ascender_ * sizePt / unitsPerEm_;
}

double FontMetrics::descent(double sizePt) const {
    return -descender_ * sizePt / unitsPerEm_;
}

double FontMetrics::lineGap(double sizePt) const {
    return lineGap_ * sizePt / unitsPerEm_;
}

const FontMetrics& fontMetrics(FontStyle style) {
    if (style == FontStyle::Bold) {
        static const FontMetrics bold(findFontFile(FontStyle::Bold));
        return bold;
    }
    static const FontMetrics regular(findFontFile(FontStyle::Regular));
    return regular;
}

}  // namespace hep
