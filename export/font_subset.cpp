#include "export/font_subset.h"

#include <algorithm>
#include <bit>
#include <fstream>
#include <utility>

#include "export/export_error.h"
#include "export/truetype_writer.h"
#include "model/utf8.h"

namespace hep {

namespace {

constexpr std::uint32_t kUnassigned = 0xFFFFFFFF;
constexpr std::size_t kHeadLength = 54;
constexpr std::size_t kHeadUnitsPerEm = 18;
constexpr std::size_t kHeadIndexToLocFormat = 50;
constexpr std::size_t kMaxpNumGlyphs = 4;
constexpr std::size_t kHheaNumberOfHMetrics = 34;
constexpr std::size_t kPostHeaderLength = 32;
constexpr std::uint32_t kLastKeptNameId = 6;  // copyright, family, style, id, full name, version,
                                              // PostScript name

// Composite glyph flags (TrueType glyf table).
constexpr std::uint32_t kArgsAreWords = 0x0001;
constexpr std::uint32_t kHaveScale = 0x0008;
constexpr std::uint32_t kMoreComponents = 0x0020;
constexpr std::uint32_t kHaveXYScale = 0x0040;
constexpr std::uint32_t kHaveTwoByTwo = 0x0080;

std::vector<unsigned char> readFontFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw ExportError("Cannot open the font file " + file.string() +
                          ". Install the Debian package fonts-dejavu-core.");
    }
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    in.seekg(0, std::ios::beg);
    std::vector<unsigned char> data(size > 0 ? static_cast<std::size_t>(size) : 0);
    in.read(reinterpret_cast<char*>(data.data()), static_cast<std::streamsize>(data.size()));
    if (!in || size < 0) {
        throw ExportError("Cannot read the font file " + file.string() + ".");
    }
    return data;
}

}  // namespace

void CharacterSet::add(char32_t codePoint) {
    if (codePoint > 0xFFFF) {
        codePoint = U' ';
    }
    bits_[codePoint / 64] |= std::uint64_t{1} << (codePoint % 64);
}

void CharacterSet::addText(std::string_view utf8) {
    for (std::size_t pos = 0; pos < utf8.size();) {
        const Utf8Char ch = decodeUtf8(utf8, pos);
        add(ch.codePoint);
        pos += ch.size;
    }
}

bool CharacterSet::contains(char32_t codePoint) const {
    return codePoint <= 0xFFFF && (bits_[codePoint / 64] >> (codePoint % 64) & 1) != 0;
}

bool CharacterSet::empty() const {
    for (const std::uint64_t word : bits_) {
        if (word != 0) {
            return false;
        }
    }
    return true;
}

std::vector<char32_t> CharacterSet::codePoints() const {
    std::vector<char32_t> result;
    for (std::size_t i = 0; i < bits_.size(); ++i) {
        for (std::uint64_t word = bits_[i]; word != 0; word &= word - 1) {
            result.push_back(static_cast<char32_t>(i * 64 + std::countr_zero(word)));
        }
    }
    return result;
}

FontSubsetter::FontSubsetter(const std::filesystem::path& file)
    : file_(file), data_(readFontFile(file)) {
    const std::uint32_t version = u32(0);
    if (version != 0x00010000 && version != 0x74727565) {  // 1.0 or 'true'
        damaged("not a single TrueType font");
    }
    const std::uint32_t tableCount = u16(4);
    for (std::uint32_t i = 0; i < tableCount; ++i) {
        const std::size_t record = 12 + 16 * std::size_t{i};
        u32(record + 12);  // the whole record is inside the file
        const std::string tag(reinterpret_cast<const char*>(data_.data()) + record, 4);
        const Table found{u32(record + 8), u32(record + 12)};
        if (found.offset > data_.size() || data_.size() - found.offset < found.length) {
            damaged("the '" + tag + "' table reaches past the end of the file");
        }
        tables_[tag] = found;
    }
    for (const char* required : {"OS/2", "name"}) {
        table(required);
    }
    const Table& head = table("head");
    if (head.length < kHeadLength) {
        damaged("the 'head' table is too short");
    }
    unitsPerEm_ = static_cast<int>(u16(head.offset + kHeadUnitsPerEm));
    longLoca_ = u16(head.offset + kHeadIndexToLocFormat) != 0;
    glyphCount_ = static_cast<int>(u16(table("maxp").offset + kMaxpNumGlyphs));
    metricCount_ = u16(table("hhea").offset + kHheaNumberOfHMetrics);
    const std::size_t glyphs = static_cast<std::size_t>(glyphCount_);
    if (glyphs == 0 || metricCount_ == 0 || metricCount_ > glyphs) {
        damaged("no glyphs or no horizontal metrics");
    }
    if (table("hmtx").length < 4 * std::size_t{metricCount_} + 2 * (glyphs - metricCount_)) {
        damaged("the 'hmtx' table is too short");
    }
    if (table("loca").length < (glyphs + 1) * (longLoca_ ? 4 : 2)) {
        damaged("the 'loca' table is too short");
    }
    table("glyf");
}

void FontSubsetter::damaged(const std::string& what) const {
    throw ExportError("The font file " + file_.string() + " is damaged or not a TrueType font (" +
                      what + "). Reinstall the Debian package fonts-dejavu-core.");
}

const FontSubsetter::Table& FontSubsetter::table(const std::string& tag) const {
    const auto found = tables_.find(tag);
    if (found == tables_.end()) {
        damaged("no '" + tag + "' table");
    }
    return found->second;
}

std::vector<unsigned char> FontSubsetter::copy(const std::string& tag) const {
    const Table& t = table(tag);
    const auto begin = data_.begin() + static_cast<std::ptrdiff_t>(t.offset);
    return {begin, begin + static_cast<std::ptrdiff_t>(t.length)};
}

std::uint32_t FontSubsetter::u16(std::size_t pos) const {
    if (pos > data_.size() || data_.size() - pos < 2) {
        damaged("a table reaches past the end of the file");
    }
    return (std::uint32_t{data_[pos]} << 8) | data_[pos + 1];
}

std::uint32_t FontSubsetter::u32(std::size_t pos) const {
    return (u16(pos) << 16) | u16(pos + 2);
}

std::uint32_t FontSubsetter::advance(std::uint32_t glyph) const {
    const std::uint32_t entry = glyph < metricCount_ ? glyph : metricCount_ - 1;
    return u16(table("hmtx").offset + 4 * std::size_t{entry});
}

std::uint32_t FontSubsetter::leftSideBearing(std::uint32_t glyph) const {
    const std::size_t hmtx = table("hmtx").offset;
    if (glyph < metricCount_) {
        return u16(hmtx + 4 * std::size_t{glyph} + 2);
    }
    return u16(hmtx + 4 * std::size_t{metricCount_} + 2 * std::size_t{glyph - metricCount_});
}

FontSubsetter::Table FontSubsetter::glyph(std::uint32_t glyph) const {
    const std::size_t loca = table("loca").offset;
    const auto location = [&](std::uint32_t index) -> std::size_t {
        const std::size_t i = index;
        return longLoca_ ? u32(loca + 4 * i) : 2 * std::size_t{u16(loca + 2 * i)};
    };
    const std::size_t start = location(glyph);
    const std::size_t end = location(glyph + 1);
    const Table& glyf = table("glyf");
    if (start > end || end > glyf.length) {
        damaged("glyph " + std::to_string(glyph) + " lies outside the 'glyf' table");
    }
    return {glyf.offset + start, end - start};
}

std::vector<std::size_t> FontSubsetter::componentIdPositions(const Table& glyph) const {
    std::vector<std::size_t> positions;
    if (glyph.length == 0 || (u16(glyph.offset) & 0x8000) == 0) {  // empty or simple
        return positions;
    }
    std::size_t pos = 10;  // after numberOfContours and the bounding box
    for (;;) {
        if (pos + 4 > glyph.length) {
            damaged("a composite glyph is cut short");
        }
        const std::uint32_t flags = u16(glyph.offset + pos);
        positions.push_back(pos + 2);
        pos += 4 + ((flags & kArgsAreWords) != 0 ? 4 : 2);
        if ((flags & kHaveScale) != 0) {
            pos += 2;
        } else if ((flags & kHaveXYScale) != 0) {
            pos += 4;
        } else if ((flags & kHaveTwoByTwo) != 0) {
            pos += 8;
        }
        if ((flags & kMoreComponents) == 0) {
            break;
        }
    }
    if (pos > glyph.length) {
        damaged("a composite glyph is cut short");
    }
    return positions;
}

std::vector<unsigned char> FontSubsetter::subset(const FontMetrics& metrics,
                                                 const CharacterSet& characters) const {
    const std::string changed = "The font file " + file_.string() +
                                " changed after it was measured. Restart HEP Studio to measure "
                                "it again.";
    if (metrics.glyphCount() != glyphCount_ || metrics.unitsPerEm() != unitsPerEm_) {
        throw ExportError(changed);
    }

    // Old glyph id -> new one, and the old glyphs in the new order.
    std::vector<std::uint32_t> newIds(static_cast<std::size_t>(glyphCount_), kUnassigned);
    std::vector<std::uint32_t> order;
    const auto assign = [&](std::uint32_t old) {
        if (newIds[old] == kUnassigned) {
            newIds[old] = static_cast<std::uint32_t>(order.size());
            order.push_back(old);
        }
        return static_cast<std::uint16_t>(newIds[old]);
    };
    assign(0);

    CharacterSet wanted = characters;
    wanted.add(U'H');
    wanted.add(U'x');
    std::vector<std::pair<char32_t, std::uint16_t>> cmap;
    for (const char32_t cp : wanted.codePoints()) {
        const std::uint16_t old = cp < 0xFFFF ? metrics.glyphIndex(cp) : 0;
        if (old == 0) {
            continue;
        }
        if (advance(old) * 1000 / static_cast<std::uint32_t>(unitsPerEm_) !=
            static_cast<std::uint32_t>(metrics.charWidthUnits(cp))) {
            throw ExportError(changed);
        }
        cmap.emplace_back(cp, assign(old));
    }
    for (std::size_t i = 0; i < order.size(); ++i) {  // grows while components are found
        const Table data = glyph(order[i]);
        for (const std::size_t pos : componentIdPositions(data)) {
            const std::uint32_t component = u16(data.offset + pos);
            if (component >= static_cast<std::uint32_t>(glyphCount_)) {
                damaged("a composite glyph uses glyph " + std::to_string(component) +
                        ", which does not exist");
            }
            assign(component);
        }
    }

    std::vector<unsigned char> glyf;
    std::vector<unsigned char> loca;
    std::vector<unsigned char> hmtx;
    for (const std::uint32_t old : order) {
        putU32(loca, static_cast<std::uint32_t>(glyf.size()));
        putU16(hmtx, advance(old));
        putU16(hmtx, leftSideBearing(old));
        const Table data = glyph(old);
        const std::size_t start = glyf.size();
        const auto from = data_.begin() + static_cast<std::ptrdiff_t>(data.offset);
        glyf.insert(glyf.end(), from, from + static_cast<std::ptrdiff_t>(data.length));
        for (const std::size_t pos : componentIdPositions(data)) {
            setU16(glyf, start + pos, newIds[u16(data.offset + pos)]);
        }
        glyf.resize((glyf.size() + 3) & ~std::size_t{3}, 0);
    }
    putU32(loca, static_cast<std::uint32_t>(glyf.size()));
    const auto glyphCount = static_cast<std::uint32_t>(order.size());

    std::vector<TrueTypeTable> tables;
    tables.push_back({"glyf", std::move(glyf)});
    tables.push_back({"loca", std::move(loca)});
    tables.push_back({"hmtx", std::move(hmtx)});
    tables.push_back({"cmap", cmapFormat4(cmap)});
    tables.push_back({"head", copy("head")});
    setU16(tables.back().data, kHeadIndexToLocFormat, 1);  // long offsets
    tables.push_back({"hhea", copy("hhea")});
    setU16(tables.back().data, kHheaNumberOfHMetrics, glyphCount);
    tables.push_back({"maxp", copy("maxp")});
    setU16(tables.back().data, kMaxpNumGlyphs, glyphCount);
    tables.push_back({"OS/2", copy("OS/2")});
    if (tables_.count("post") != 0 && table("post").length >= kPostHeaderLength) {
        std::vector<unsigned char> post = copy("post");
        post.resize(kPostHeaderLength);
        setU32(post, 0, 0x00030000);                  // format 3: no glyph names
        std::fill(post.begin() + 16, post.end(), 0);  // memory use of the font: unknown
        tables.push_back({"post", std::move(post)});
    }
    for (const char* hinting : {"cvt ", "fpgm", "prep"}) {
        if (tables_.count(hinting) != 0) {
            tables.push_back({hinting, copy(hinting)});
        }
    }

    // name: only IDs 0 to 6, format 0.
    const Table& name = table("name");
    const std::uint32_t recordCount = u16(name.offset + 2);
    const std::size_t strings = name.offset + u16(name.offset + 4);
    std::vector<unsigned char> records;
    std::vector<unsigned char> text;
    std::uint32_t kept = 0;
    for (std::uint32_t i = 0; i < recordCount; ++i) {
        const std::size_t record = name.offset + 6 + 12 * std::size_t{i};
        const std::uint32_t language = u16(record + 4);
        const std::uint32_t nameId = u16(record + 6);
        const std::uint32_t length = u16(record + 8);
        const std::size_t offset = strings + u16(record + 10);
        if (nameId > kLastKeptNameId || language >= 0x8000) {  // 0x8000+: format 1 tags
            continue;
        }
        if (offset + length > name.offset + name.length) {
            damaged("a name reaches past the 'name' table");
        }
        for (std::size_t k = 0; k < 6; k += 2) {
            putU16(records, u16(record + k));
        }
        putU16(records, nameId);
        putU16(records, length);
        putU16(records, static_cast<std::uint32_t>(text.size()));
        const auto from = data_.begin() + static_cast<std::ptrdiff_t>(offset);
        text.insert(text.end(), from, from + length);
        ++kept;
    }
    std::vector<unsigned char> names;
    putU16(names, 0);
    putU16(names, kept);
    putU16(names, 6 + 12 * kept);
    names.insert(names.end(), records.begin(), records.end());
    names.insert(names.end(), text.begin(), text.end());
    tables.push_back({"name", std::move(names)});

    return assembleTrueType(std::move(tables));
}

std::vector<unsigned char> subsetFont(FontStyle style, const CharacterSet& characters) {
    const FontMetrics& metrics = fontMetrics(style);
    if (style == FontStyle::Bold) {
        static const FontSubsetter bold(metrics.file());
        return bold.subset(metrics, characters);
    }
    static const FontSubsetter regular(metrics.file());
    return regular.subset(metrics, characters);
}

}  // namespace hep
