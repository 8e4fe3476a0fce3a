#include "export/truetype_writer.h"

#include <algorithm>
#include <stdexcept>

namespace hep {

namespace {

constexpr std::size_t kHeadLength = 54;
constexpr std::size_t kCheckSumAdjustment = 8;  // offset in the head table
constexpr std::uint32_t kChecksumMagic = 0xB1B0AFBA;

// Code points at most this far apart share a cmap segment: each segment costs libharu a
// comparison for each of the 65,536 code points it maps when making a font, each code point of a
// gap two bytes of zeros in the table.
constexpr char32_t kMaxGapInSegment = 512;
constexpr std::size_t kMaxSubtableLength = 0xFFFF;

std::size_t padded(std::size_t size) {
    return (size + 3) & ~std::size_t{3};
}

struct Segment {
    char32_t start = 0;
    char32_t end = 0;
    std::size_t first = 0;  // index of its first code point in the glyph list
    std::size_t count = 0;
    bool byDelta = false;  // glyph = code point + delta, no glyph id array
};

std::vector<Segment> segmentsOf(const std::vector<std::pair<char32_t, std::uint16_t>>& glyphs,
                                char32_t maxGap) {
    std::vector<Segment> segments;
    for (std::size_t i = 0; i < glyphs.size(); ++i) {
        const char32_t cp = glyphs[i].first;
        if (segments.empty() || cp - segments.back().end - 1 > maxGap) {
            segments.push_back({cp, cp, i, 1, false});
        } else {
            segments.back().end = cp;
            ++segments.back().count;
        }
    }
    for (Segment& segment : segments) {
        const auto delta = [&](std::size_t i) {
            return (glyphs[i].second - glyphs[i].first) & 0xFFFF;
        };
        segment.byDelta = segment.count == segment.end - segment.start + 1;
        for (std::size_t i = segment.first + 1;
             segment.byDelta && i < segment.first + segment.count; ++i) {
            segment.byDelta = delta(i) == delta(segment.first);
        }
    }
    return segments;
}

std::size_t subtableLength(const std::vector<Segment>& segments) {
    std::size_t length = 16 + 8 * (segments.size() + 1);  // with the closing U+FFFF segment
    for (const Segment& segment : segments) {
        length += segment.byDelta ? 0 : 2 * std::size_t{segment.end - segment.start + 1};
    }
    return length;
}

}  // namespace

void putU16(std::vector<unsigned char>& out, std::uint32_t value) {
    out.push_back(static_cast<unsigned char>(value >> 8));
    out.push_back(static_cast<unsigned char>(value));
}

void putU32(std::vector<unsigned char>& out, std::uint32_t value) {
    putU16(out, value >> 16);
    putU16(out, value);
}

void setU16(std::vector<unsigned char>& out, std::size_t pos, std::uint32_t value) {
    out.at(pos + 1) = static_cast<unsigned char>(value);
    out[pos] = static_cast<unsigned char>(value >> 8);
}

void setU32(std::vector<unsigned char>& out, std::size_t pos, std::uint32_t value) {
    setU16(out, pos + 2, value);
    setU16(out, pos, value >> 16);
}

std::uint32_t trueTypeChecksum(const unsigned char* data, std::size_t size) {
    std::uint32_t sum = 0;
    for (std::size_t pos = 0; pos < size; pos += 4) {
        std::uint32_t word = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            word = (word << 8) | (pos + k < size ? data[pos + k] : 0u);
        }
        sum += word;
    }
    return sum;
}

std::vector<unsigned char> assembleTrueType(std::vector<TrueTypeTable> tables) {
    std::sort(tables.begin(), tables.end(),
              [](const TrueTypeTable& a, const TrueTypeTable& b) { return a.tag < b.tag; });
    bool haveHead = false;
    for (std::size_t i = 0; i < tables.size(); ++i) {
        const TrueTypeTable& table = tables[i];
        if (table.tag.size() != 4) {
            throw std::invalid_argument("TrueType table tag \"" + table.tag +
                                        "\" is not four characters");
        }
        if (i > 0 && tables[i - 1].tag == table.tag) {
            throw std::invalid_argument("TrueType table \"" + table.tag + "\" appears twice");
        }
        if (table.tag == "head") {
            if (table.data.size() < kHeadLength) {
                throw std::invalid_argument("TrueType head table is too short");
            }
            haveHead = true;
        }
    }
    if (!haveHead) {
        throw std::invalid_argument("TrueType font without a head table");
    }

    const std::uint32_t count = static_cast<std::uint32_t>(tables.size());
    std::uint32_t power = 1;
    std::uint32_t log2 = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++log2;
    }
    std::size_t total = 12 + 16 * tables.size();
    for (const TrueTypeTable& table : tables) {
        total += padded(table.data.size());
    }

    std::vector<unsigned char> out;
    out.reserve(total);
    putU32(out, 0x00010000);
    putU16(out, count);
    putU16(out, power * 16);
    putU16(out, log2);
    putU16(out, count * 16 - power * 16);
    std::size_t offset = 12 + 16 * tables.size();
    std::size_t headOffset = 0;
    for (TrueTypeTable& table : tables) {
        if (table.tag == "head") {
            setU32(table.data, kCheckSumAdjustment, 0);
            headOffset = offset;
        }
        out.insert(out.end(), table.tag.begin(), table.tag.end());
        putU32(out, trueTypeChecksum(table.data.data(), table.data.size()));
        putU32(out, static_cast<std::uint32_t>(offset));
        putU32(out, static_cast<std::uint32_t>(table.data.size()));
        offset += padded(table.data.size());
    }
    for (const TrueTypeTable& table : tables) {
        out.insert(out.end(), table.data.begin(), table.data.end());
        out.resize(padded(out.size()), 0);
    }
    setU32(out, headOffset + kCheckSumAdjustment,
           kChecksumMagic - trueTypeChecksum(out.data(), out.size()));
    return out;
}

std::vector<unsigned char> cmapFormat4(
    const std::vector<std::pair<char32_t, std::uint16_t>>& glyphs) {
    for (std::size_t i = 0; i < glyphs.size(); ++i) {
        if (glyphs[i].first >= 0xFFFF || (i > 0 && glyphs[i - 1].first >= glyphs[i].first)) {
            throw std::invalid_argument(
                "cmap code points must be ascending, unique and below U+FFFF");
        }
    }
    std::vector<Segment> segments = segmentsOf(glyphs, kMaxGapInSegment);
    if (subtableLength(segments) > kMaxSubtableLength) {
        segments = segmentsOf(glyphs, 0);
    }
    const std::size_t length = subtableLength(segments);
    if (length > kMaxSubtableLength) {
        throw std::invalid_argument("too many characters for a cmap format 4 subtable");
    }

    std::vector<unsigned char> out;
    out.reserve(12 + length);
    putU16(out, 0);   // cmap version
    putU16(out, 1);   // one subtable
    putU16(out, 3);   // Windows
    putU16(out, 1);   // Unicode BMP
    putU32(out, 12);  // its offset

    const std::uint32_t segCount = static_cast<std::uint32_t>(segments.size() + 1);
    std::uint32_t power = 1;
    std::uint32_t log2 = 0;
    while (power * 2 <= segCount) {
        power *= 2;
        ++log2;
    }
    putU16(out, 4);
    putU16(out, static_cast<std::uint32_t>(length));
    putU16(out, 0);  // language
    putU16(out, segCount * 2);
    putU16(out, power * 2);
    putU16(out, log2);
    putU16(out, segCount * 2 - power * 2);
    for (const Segment& segment : segments) {
        putU16(out, segment.end);
    }
    putU16(out, 0xFFFF);
    putU16(out, 0);  // reservedPad
    for (const Segment& segment : segments) {
        putU16(out, segment.start);
    }
    putU16(out, 0xFFFF);
    for (const Segment& segment : segments) {
        putU16(out, segment.byDelta ? glyphs[segment.first].second - segment.start : 0);
    }
    putU16(out, 1);  // U+FFFF + 1 = glyph 0
    std::uint32_t arrayEntries = 0;
    for (std::uint32_t i = 0; i < segments.size(); ++i) {
        const Segment& segment = segments[i];
        // Bytes from this idRangeOffset field to the segment's first glyph id array entry.
        putU16(out, segment.byDelta ? 0 : 2 * (segCount - i + arrayEntries));
        if (!segment.byDelta) {
            arrayEntries += segment.end - segment.start + 1;
        }
    }
    putU16(out, 0);
    for (const Segment& segment : segments) {
        if (segment.byDelta) {
            continue;
        }
        std::size_t next = segment.first;
        for (char32_t cp = segment.start; cp <= segment.end; ++cp) {
            if (next < segment.first + segment.count && glyphs[next].first == cp) {
                putU16(out, glyphs[next++].second);
            } else {
                putU16(out, 0);
            }
        }
    }
    return out;
}

}  // namespace hep
