#include "composite_glyphs.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>

#include "font_tables.h"
#include "harfbuzz_handles.h"
#include "layout/export_error.h"

namespace hep {

namespace {

constexpr std::uint32_t kArgsAreWords = 0x0001;  // composite glyph flags (OpenType glyf table)
constexpr std::uint32_t kArgsAreXyValues = 0x0002;
constexpr std::uint32_t kRoundXyToGrid = 0x0004;
constexpr std::uint32_t kHaveScale = 0x0008;
constexpr std::uint32_t kMoreComponents = 0x0020;
constexpr std::uint32_t kHaveXyScale = 0x0040;
constexpr std::uint32_t kHaveTwoByTwo = 0x0080;
constexpr std::uint32_t kHaveInstructions = 0x0100;
constexpr std::uint32_t kUseMyMetrics = 0x0200;
constexpr std::uint32_t kOverlapCompound = 0x0400;
constexpr std::uint32_t kScaledOffset = 0x0800;
constexpr std::uint32_t kUnscaledOffset = 0x1000;
// The flags a component keeps when it is written again; the others follow from its place.
constexpr std::uint32_t kKeptFlags = kArgsAreXyValues | kRoundXyToGrid | kUseMyMetrics;

constexpr std::int64_t kOne = 16384;  // 1.0 in F2Dot14
constexpr int kMaxDepth = 16;
constexpr std::size_t kGlyphHeader = 10;  // numberOfContours and the bounding box
constexpr std::size_t kHeadIndexToLocFormat = 50;
constexpr std::size_t kMaxpComponentElements = 28;
using Bytes = std::span<const unsigned char>;

std::int64_t scaled(std::int64_t value) {  // value / 16384, rounded half away from zero
    return value >= 0 ? (value + kOne / 2) / kOne : -((-value + kOne / 2) / kOne);
}

// Where a component goes: x' = a*x + c*y + dx, y' = b*x + d*y + dy (a..d in F2Dot14 units).
struct Placement {
    std::int64_t a = kOne, b = 0, c = 0, d = kOne, dx = 0, dy = 0;
    // This placement applied to the result of `inner`.
    Placement after(const Placement& inner) const {
        return {scaled(a * inner.a + c * inner.b),        scaled(b * inner.a + d * inner.b),
                scaled(a * inner.c + c * inner.d),        scaled(b * inner.c + d * inner.d),
                scaled(a * inner.dx + c * inner.dy) + dx, scaled(b * inner.dx + d * inner.dy) + dy};
    }
};

struct Component {
    std::uint32_t glyph = 0;
    std::uint32_t flags = 0;
    Placement where;  // dx and dy are the matched point numbers without kArgsAreXyValues
};

struct Composite {
    std::vector<Component> components;
    Bytes instructions;  // with their length in front; empty when none
};

bool isComposite(Bytes glyph) {
    return glyph.size() >= 2 && (glyph[0] & 0x80) != 0;  // numberOfContours < 0
}

// The glyf table of a font with bounds-checked reads; errors name the font file.
class Glyphs {
  public:
    Glyphs(hb_face_t* face, const std::filesystem::path& file)
        : file_(file),
          head_(hb_face_reference_table(face, HB_TAG('h', 'e', 'a', 'd'))),
          loca_(hb_face_reference_table(face, HB_TAG('l', 'o', 'c', 'a'))),
          glyf_(hb_face_reference_table(face, HB_TAG('g', 'l', 'y', 'f'))),
          count_(hb_face_get_glyph_count(face)) {
        if (head().size() < 54) {
            damaged("the 'head' table is missing or too short");
        }
        longLoca_ = u16(head(), kHeadIndexToLocFormat) != 0;
        if (count_ == 0 || bytesOf(loca_.get()).size() < (count_ + 1) * (longLoca_ ? 4 : 2)) {
            damaged("no glyphs, or the 'loca' table is too short");
        }
    }

    std::size_t count() const { return count_; }
    Bytes head() const { return bytesOf(head_.get()); }

    Bytes glyph(std::size_t id) const {
        if (id >= count_) {
            damaged("a composite glyph uses glyph " + std::to_string(id) + ", which is missing");
        }
        const Bytes loca = bytesOf(loca_.get());
        const auto at = [&](std::size_t i) -> std::size_t {
            return longLoca_ ? u32(loca, 4 * i) : 2 * std::size_t{u16(loca, 2 * i)};
        };
        const std::size_t start = at(id);
        const std::size_t end = at(id + 1);
        const Bytes glyf = bytesOf(glyf_.get());
        if (start > end || end > glyf.size()) {
            damaged("glyph " + std::to_string(id) + " lies outside the 'glyf' table");
        }
        return glyf.subspan(start, end - start);
    }

    Composite parse(Bytes glyph) const {
        Composite result;
        bool instructions = false;
        std::size_t pos = kGlyphHeader;
        for (std::uint32_t flags = kMoreComponents; (flags & kMoreComponents) != 0;) {
            Component c;
            flags = c.flags = u16(glyph, pos);
            c.glyph = u16(glyph, pos + 2);
            pos += 4;
            const bool xy = (flags & kArgsAreXyValues) != 0;
            const bool words = (flags & kArgsAreWords) != 0;
            const auto arg = [&](std::size_t at) -> std::int64_t {
                const std::uint32_t value = words ? u16(glyph, at) : u8(glyph, at);
                if (!xy) {
                    return value;  // a point number
                }
                return words ? static_cast<std::int16_t>(value) : static_cast<std::int8_t>(value);
            };
            const std::int64_t arg1 = arg(pos);
            const std::int64_t arg2 = arg(pos + (words ? 2 : 1));
            pos += words ? 4 : 2;
            Placement& p = c.where;
            if ((flags & kHaveScale) != 0) {
                p.a = p.d = s16(glyph, pos);
            } else if ((flags & kHaveXyScale) != 0) {
                p.a = s16(glyph, pos);
                p.d = s16(glyph, pos + 2);
            } else if ((flags & kHaveTwoByTwo) != 0) {
                p.a = s16(glyph, pos);
                p.b = s16(glyph, pos + 2);
                p.c = s16(glyph, pos + 4);
                p.d = s16(glyph, pos + 6);
            }
            pos += (flags & kHaveScale) != 0      ? 2
                   : (flags & kHaveXyScale) != 0  ? 4
                   : (flags & kHaveTwoByTwo) != 0 ? 8
                                                  : 0;
            if (xy && (flags & kScaledOffset) != 0 && (flags & kUnscaledOffset) == 0) {
                p.dx = scaled(p.a * arg1 + p.c * arg2);  // the offset is scaled with the glyph
                p.dy = scaled(p.b * arg1 + p.d * arg2);
            } else {
                p.dx = arg1;
                p.dy = arg2;
            }
            instructions = instructions || (flags & kHaveInstructions) != 0;
            result.components.push_back(c);
        }
        if (instructions) {
            const std::size_t length = 2 + std::size_t{u16(glyph, pos)};
            if (pos + length > glyph.size()) {
                damaged("a composite glyph's instructions are cut short");
            }
            result.instructions = glyph.subspan(pos, length);
        }
        return result;
    }

    // The simple glyphs a component is made of, placed in the glyph that uses the component (or
    // the component itself when it is simple). Adds the composites passed through to `inner`.
    void expand(const Component& c, int depth, std::vector<Component>& out,
                std::set<std::uint32_t>& inner) const {
        const Bytes glyph = this->glyph(c.glyph);
        if (!isComposite(glyph)) {
            out.push_back(c);
            return;
        }
        if (depth >= kMaxDepth) {
            damaged("composite glyphs nested more than 16 deep");
        }
        inner.insert(c.glyph);
        for (const Component& part : parse(glyph).components) {
            if ((c.flags & part.flags & kArgsAreXyValues) == 0) {
                throw ExportError(
                    "The font file " + file_.string() +
                    " places parts of nested composite glyphs by matching points, "
                    "which libharu cannot embed. Use the fonts of fonts-dejavu-core.");
            }
            Component placed = part;
            placed.where = c.where.after(part.where);
            placed.flags = kArgsAreXyValues | (c.flags & kRoundXyToGrid) |
                           (c.flags & part.flags & kUseMyMetrics);
            expand(placed, depth + 1, out, inner);
        }
    }

    // A composite glyph of the components, with the bounding box and instructions given.
    std::vector<unsigned char> write(Bytes header, const std::vector<Component>& parts,
                                     Bytes instructions, bool overlap) const {
        std::vector<unsigned char> out(header.begin(), header.begin() + kGlyphHeader);
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const Component& c = parts[i];
            const Placement& p = c.where;
            const bool xy = (c.flags & kArgsAreXyValues) != 0;
            std::uint32_t flags = c.flags & kKeptFlags;
            flags |= i + 1 < parts.size() ? kMoreComponents : 0;
            flags |= i == 0 && overlap ? kOverlapCompound : 0;
            flags |= i + 1 == parts.size() && !instructions.empty() ? kHaveInstructions : 0;
            const bool bytes =
                xy ? std::max(std::abs(p.dx), std::abs(p.dy)) < 128 : std::max(p.dx, p.dy) < 256;
            flags |= bytes ? 0 : kArgsAreWords;
            std::vector<std::int64_t> scale;
            if (p.b != 0 || p.c != 0) {
                flags |= kHaveTwoByTwo;
                scale = {p.a, p.b, p.c, p.d};
            } else if (p.a != p.d) {
                flags |= kHaveXyScale;
                scale = {p.a, p.d};
            } else if (p.a != kOne) {
                flags |= kHaveScale;
                scale = {p.a};
            }
            flags |= xy && !scale.empty() ? kUnscaledOffset : 0;
            putU16(out, flags);
            putU16(out, c.glyph);
            for (const std::int64_t value : {p.dx, p.dy}) {
                if (value < -32768 || value > 65535 || (xy && value > 32767)) {
                    damaged("nested composite glyphs place a part out of reach");
                }
                if (bytes) {
                    out.push_back(static_cast<unsigned char>(value));
                } else {
                    putU16(out, value);
                }
            }
            for (const std::int64_t value : scale) {
                if (value < -32768 || value > 32767) {
                    damaged("nested composite glyphs scale a part out of range");
                }
                putU16(out, value);
            }
        }
        out.insert(out.end(), instructions.begin(), instructions.end());
        out.resize((out.size() + 3) & ~std::size_t{3}, 0);
        return out;
    }

    [[noreturn]] void damaged(const std::string& what) const {
        throw ExportError("The font file " + file_.string() +
                          " is damaged or not a TrueType font (" + what +
                          "). Reinstall the Debian package fonts-dejavu-core.");
    }

    std::uint32_t u8(Bytes data, std::size_t pos) const {
        if (pos >= data.size()) {
            damaged("a glyph or table is cut short");
        }
        return data[pos];
    }
    std::uint32_t u16(Bytes data, std::size_t pos) const {
        return (u8(data, pos) << 8) | u8(data, pos + 1);
    }
    std::int64_t s16(Bytes data, std::size_t pos) const {
        return static_cast<std::int16_t>(u16(data, pos));
    }
    std::uint32_t u32(Bytes data, std::size_t pos) const {
        return (u16(data, pos) << 16) | u16(data, pos + 2);
    }

  private:
    std::filesystem::path file_;
    HbPtr<hb_blob_t> head_;
    HbPtr<hb_blob_t> loca_;
    HbPtr<hb_blob_t> glyf_;
    std::size_t count_ = 0;
    bool longLoca_ = false;
};

}  // namespace

std::vector<unsigned char> flattenCompositeGlyphs(const std::vector<unsigned char>& font,
                                                  const std::filesystem::path& file) {
    const HbPtr<hb_face_t> face = faceOf(font);
    const Glyphs glyphs(face.get(), file);
    std::vector<std::optional<std::vector<unsigned char>>> rewritten(glyphs.count());
    std::set<std::uint32_t> inner;
    std::size_t mostComponents = 0;
    for (std::size_t id = 0; id < glyphs.count(); ++id) {
        const Bytes glyph = glyphs.glyph(id);
        if (!isComposite(glyph)) {
            continue;
        }
        const Composite composite = glyphs.parse(glyph);
        if (std::none_of(composite.components.begin(), composite.components.end(),
                         [&](const Component& c) { return isComposite(glyphs.glyph(c.glyph)); })) {
            continue;
        }
        std::vector<Component> parts;
        for (const Component& c : composite.components) {
            glyphs.expand(c, 1, parts, inner);
        }
        rewritten[id] = glyphs.write(glyph, parts, composite.instructions,
                                     (composite.components.front().flags & kOverlapCompound) != 0);
        mostComponents = std::max(mostComponents, parts.size());
    }
    if (inner.empty()) {
        return font;
    }

    // Every composite now uses simple glyphs only: an inner composite is left in use only when
    // the cmap maps a character to it.
    const std::set<std::uint32_t> mapped = mappedGlyphs(face.get());
    for (const std::uint32_t id : inner) {
        if (!mapped.contains(id)) {
            rewritten[id].emplace();  // no outline
        }
    }

    std::map<hb_tag_t, std::vector<unsigned char>> changed;
    std::vector<unsigned char>& glyf = changed[HB_TAG('g', 'l', 'y', 'f')];
    std::vector<unsigned char>& loca = changed[HB_TAG('l', 'o', 'c', 'a')];
    for (std::size_t id = 0; id < glyphs.count(); ++id) {
        putU32(loca, glyf.size());
        const Bytes glyph = rewritten[id] ? Bytes(*rewritten[id]) : glyphs.glyph(id);
        glyf.insert(glyf.end(), glyph.begin(), glyph.end());
    }
    putU32(loca, glyf.size());
    std::vector<unsigned char>& head = changed[HB_TAG('h', 'e', 'a', 'd')];
    head.assign(glyphs.head().begin(), glyphs.head().end());
    head[kHeadIndexToLocFormat] = 0;
    head[kHeadIndexToLocFormat + 1] = 1;  // long offsets
    const HbPtr<hb_blob_t> maxpTable(
        hb_face_reference_table(face.get(), HB_TAG('m', 'a', 'x', 'p')));
    const Bytes maxp = bytesOf(maxpTable.get());
    if (maxp.size() >= kMaxpComponentElements + 2 && glyphs.u16(maxp, 0) == 1) {
        std::vector<unsigned char>& out = changed[HB_TAG('m', 'a', 'x', 'p')];
        out.assign(maxp.begin(), maxp.end());
        const std::size_t elements =
            std::max<std::size_t>(mostComponents, glyphs.u16(maxp, kMaxpComponentElements));
        out[kMaxpComponentElements] = static_cast<unsigned char>(elements >> 8);
        out[kMaxpComponentElements + 1] = static_cast<unsigned char>(elements);
    }
    return replaceTables(face.get(), changed, file);
}

}  // namespace hep
