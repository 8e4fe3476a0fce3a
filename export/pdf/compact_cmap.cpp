#include "compact_cmap.h"

#include <algorithm>
#include <bit>
#include <map>

#include "font_tables.h"
#include "harfbuzz_handles.h"
#include "layout/export_error.h"

namespace hep {

namespace {

constexpr std::size_t kSubtableOffset = 4 + 2 * 8;  // after the header and two encoding records
constexpr std::size_t kFormat4Header = 14;

// A run of code points that share a segment: [first, last] and where their glyphs start in the
// glyph id array.
struct Segment {
    char32_t first = 0;
    char32_t last = 0;
    std::size_t arrayStart = 0;
};

// Runs of consecutive code points, then neighbours joined, closest first, while the gaps fit.
std::vector<Segment> segmentsOf(const std::vector<std::pair<char32_t, std::uint16_t>>& glyphs) {
    std::vector<Segment> runs;
    for (const auto& [cp, glyph] : glyphs) {
        if (!runs.empty() && runs.back().last + 1 == cp) {
            runs.back().last = cp;
        } else {
            runs.push_back({cp, cp, 0});
        }
    }
    std::size_t arraySize = glyphs.size();
    std::vector<std::pair<std::size_t, std::size_t>> gaps;  // (gap, index of the run before it)
    for (std::size_t i = 0; i + 1 < runs.size(); ++i) {
        gaps.emplace_back(runs[i + 1].first - runs[i].last - 1, i);
    }
    std::sort(gaps.begin(), gaps.end());
    std::vector<bool> joinsNext(runs.size(), false);
    for (const auto& [gap, before] : gaps) {
        if (gap > kMaxCmapGap || arraySize + gap > kMaxCmapArray) {
            break;
        }
        joinsNext[before] = true;
        arraySize += gap;
    }
    std::vector<Segment> segments;
    std::size_t arrayStart = 0;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        if (i == 0 || !joinsNext[i - 1]) {
            segments.push_back({runs[i].first, runs[i].last, arrayStart});
        } else {
            segments.back().last = runs[i].last;
        }
        if (i + 1 == runs.size() || !joinsNext[i]) {
            arrayStart += segments.back().last - segments.back().first + 1;
        }
    }
    return segments;
}

}  // namespace

std::vector<unsigned char> compactCmapTable(
    const std::vector<std::pair<char32_t, std::uint16_t>>& glyphs) {
    for (std::size_t i = 0; i < glyphs.size(); ++i) {
        if (glyphs[i].first >= 0xFFFF || (i > 0 && glyphs[i - 1].first >= glyphs[i].first)) {
            return {};
        }
    }
    const std::vector<Segment> segments = segmentsOf(glyphs);
    const std::size_t segCount = segments.size() + 1;  // and the final 0xFFFF segment
    std::vector<std::uint16_t> array;
    for (const Segment& s : segments) {
        array.resize(s.arrayStart + (s.last - s.first + 1), 0);
    }
    for (const auto& [cp, glyph] : glyphs) {
        const auto in = std::upper_bound(segments.begin(), segments.end(), cp,
                                         [](char32_t c, const Segment& s) { return c < s.first; });
        const Segment& s = *(in - 1);
        array[s.arrayStart + (cp - s.first)] = glyph;
    }

    std::vector<unsigned char> out;
    putU16(out, 0);  // version
    putU16(out, 2);  // encoding records, sorted by platform and encoding
    for (const std::size_t platform : {0, 3}) {
        putU16(out, platform);
        putU16(out, platform == 0 ? 3 : 1);  // Unicode BMP, Windows Unicode BMP
        putU16(out, 0);
        putU16(out, kSubtableOffset);
    }
    const std::size_t length = kFormat4Header + 2 + 8 * segCount + 2 * array.size();
    if (length > 0xFFFF) {
        return {};
    }
    const std::size_t searchRange = 2 * std::bit_floor(segCount);
    putU16(out, 4);  // format
    putU16(out, length);
    putU16(out, 0);  // language
    putU16(out, 2 * segCount);
    putU16(out, searchRange);
    putU16(out, static_cast<std::size_t>(std::countr_zero(searchRange / 2)));
    putU16(out, 2 * segCount - searchRange);
    for (const Segment& s : segments) {
        putU16(out, s.last);
    }
    putU16(out, 0xFFFF);
    putU16(out, 0);  // reservedPad
    for (const Segment& s : segments) {
        putU16(out, s.first);
    }
    putU16(out, 0xFFFF);
    for (std::size_t i = 0; i < segments.size(); ++i) {
        putU16(out, 0);  // idDelta: the glyph id array holds the glyphs themselves
    }
    putU16(out, 1);  // 0xFFFF + 1 is glyph 0
    for (std::size_t i = 0; i < segments.size(); ++i) {
        // From this idRangeOffset field to the segment's first entry of the glyph id array.
        putU16(out, 2 * (segCount - i) + 2 * segments[i].arrayStart);
    }
    putU16(out, 0);
    for (const std::uint16_t glyph : array) {
        putU16(out, glyph);
    }
    return out;
}

std::vector<unsigned char> withCompactCmap(const std::vector<unsigned char>& font,
                                           const std::filesystem::path& file) {
    const HbPtr<hb_face_t> face = faceOf(font);
    const HbPtr<hb_set_t> characters(hb_set_create());
    hb_face_collect_unicodes(face.get(), characters.get());
    const HbPtr<hb_font_t> hbFont(hb_font_create(face.get()));
    std::vector<std::pair<char32_t, std::uint16_t>> glyphs;
    for (hb_codepoint_t cp = HB_SET_VALUE_INVALID;
         hb_set_next(characters.get(), &cp) && cp < 0xFFFF;) {
        hb_codepoint_t glyph = 0;
        if (hb_font_get_nominal_glyph(hbFont.get(), cp, &glyph) && glyph != 0) {
            glyphs.emplace_back(static_cast<char32_t>(cp), static_cast<std::uint16_t>(glyph));
        }
    }
    std::map<hb_tag_t, std::vector<unsigned char>> changed;
    changed[HB_TAG('c', 'm', 'a', 'p')] = compactCmapTable(glyphs);
    if (changed.begin()->second.empty()) {
        return font;
    }
    return replaceTables(face.get(), changed, file);
}

}  // namespace hep
