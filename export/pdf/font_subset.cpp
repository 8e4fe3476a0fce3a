#include "font_subset.h"

#include <algorithm>
#include <bit>
#include <mutex>
#include <optional>
#include <string>

#include "compact_cmap.h"
#include "composite_glyphs.h"
#include "harfbuzz_handles.h"
#include "layout/export_error.h"
#include "text/utf8.h"

namespace hep {

namespace {

// The tables libharu 2.3.0 embeds (REQUIRED_TAGS in hpdf_fontdef_tt.c); it reads the cmap's
// Windows Unicode BMP subtable (format 4), name IDs 2 and 6 and the OS/2 embedding bits.
constexpr hb_tag_t kEmbeddedTables[] = {
    HB_TAG('O', 'S', '/', '2'), HB_TAG('c', 'm', 'a', 'p'), HB_TAG('c', 'v', 't', ' '),
    HB_TAG('f', 'p', 'g', 'm'), HB_TAG('g', 'l', 'y', 'f'), HB_TAG('h', 'e', 'a', 'd'),
    HB_TAG('h', 'h', 'e', 'a'), HB_TAG('h', 'm', 't', 'x'), HB_TAG('l', 'o', 'c', 'a'),
    HB_TAG('m', 'a', 'x', 'p'), HB_TAG('n', 'a', 'm', 'e'), HB_TAG('p', 'o', 's', 't'),
    HB_TAG('p', 'r', 'e', 'p')};

// The tables a subset cannot do without (libharu refuses a font without them).
constexpr hb_tag_t kRequiredTables[] = {
    HB_TAG('O', 'S', '/', '2'), HB_TAG('c', 'm', 'a', 'p'), HB_TAG('g', 'l', 'y', 'f'),
    HB_TAG('h', 'e', 'a', 'd'), HB_TAG('h', 'h', 'e', 'a'), HB_TAG('h', 'm', 't', 'x'),
    HB_TAG('l', 'o', 'c', 'a'), HB_TAG('m', 'a', 'x', 'p'), HB_TAG('n', 'a', 'm', 'e')};

std::vector<hb_tag_t> tablesOf(hb_face_t* face) {
    std::vector<hb_tag_t> tags(hb_face_get_table_tags(face, 0, nullptr, nullptr));
    unsigned count = static_cast<unsigned>(tags.size());
    hb_face_get_table_tags(face, 0, &count, tags.data());
    tags.resize(count);
    return tags;
}

std::uint32_t u16(const char* data, std::size_t pos) {
    return (std::uint32_t{static_cast<unsigned char>(data[pos])} << 8) |
           static_cast<unsigned char>(data[pos + 1]);
}

std::uint32_t u32(const char* data, std::size_t pos) {
    return (u16(data, pos) << 16) | u16(data, pos + 2);
}

// The subsets of one font cut last, by their characters, the latest first. Exporting a program
// again (a preview after an edit that keeps the characters) reuses its subsets. Any thread.
class SubsetCache {
  public:
    std::optional<std::vector<unsigned char>> find(const CharacterSet& characters) {
        const std::lock_guard<std::mutex> lock(mutex_);
        const auto found = std::find_if(entries_.begin(), entries_.end(),
                                        [&](const Entry& e) { return e.characters == characters; });
        if (found == entries_.end()) {
            return std::nullopt;
        }
        std::rotate(entries_.begin(), found, found + 1);
        return entries_.front().font;
    }

    void add(const CharacterSet& characters, const std::vector<unsigned char>& font) {
        const std::lock_guard<std::mutex> lock(mutex_);
        if (entries_.size() == kSubsetCacheSize) {
            entries_.pop_back();
        }
        entries_.insert(entries_.begin(), Entry{characters, font});
    }

  private:
    struct Entry {
        CharacterSet characters;
        std::vector<unsigned char> font;
    };
    std::mutex mutex_;
    std::vector<Entry> entries_;
};

}  // namespace

void CharacterSet::add(char32_t codePoint) {
    codePoint = drawnAs(codePoint);
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
    return std::all_of(bits_.begin(), bits_.end(), [](std::uint64_t word) { return word == 0; });
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

FontSubsetter::FontSubsetter(const std::filesystem::path& file) : file_(file) {
    const HbPtr<hb_blob_t> blob(hb_blob_create_from_file_or_fail(file.c_str()));
    if (!blob) {
        throw ExportError("Cannot open the font file " + file.string() +
                          ". Install the Debian package fonts-dejavu-core.");
    }
    const auto damaged = [&](const std::string& what) {
        throw ExportError("The font file " + file.string() +
                          " is damaged or not a TrueType font (" + what +
                          "). Reinstall the Debian package fonts-dejavu-core.");
    };
    // HarfBuzz reads a damaged font as one with fewer tables: check the directory first.
    unsigned size = 0;
    const char* data = hb_blob_get_data(blob.get(), &size);
    if (size < 12 || (u32(data, 0) != 0x00010000 && u32(data, 0) != 0x74727565)) {  // 'true'
        damaged("not a single TrueType font");
    }
    const std::size_t tableCount = u16(data, 4);
    if (size < 12 + 16 * tableCount) {
        damaged("the table directory is cut short");
    }
    for (std::size_t i = 0; i < tableCount; ++i) {
        const std::size_t record = 12 + 16 * i;
        const std::size_t offset = u32(data, record + 8);
        if (offset > size || size - offset < u32(data, record + 12)) {
            damaged("the '" + std::string(data + record, 4) + "' table reaches past the end");
        }
    }
    HbPtr<hb_face_t> face(hb_face_create(blob.get(), 0));  // holds a reference to the blob
    const std::vector<hb_tag_t> tables = tablesOf(face.get());
    for (const hb_tag_t tag : kRequiredTables) {
        if (std::find(tables.begin(), tables.end(), tag) == tables.end()) {
            damaged("no '" + tagName(tag) + "' table");
        }
    }
    glyphCount_ = static_cast<int>(hb_face_get_glyph_count(face.get()));
    unitsPerEm_ = static_cast<int>(hb_face_get_upem(face.get()));
    face_ = face.release();
}

FontSubsetter::~FontSubsetter() {
    hb_face_destroy(face_);
}

std::vector<unsigned char> FontSubsetter::subset(const FontMetrics& metrics,
                                                 const CharacterSet& characters) const {
    const std::string changed = "The font file " + file_.string() +
                                " changed after it was measured. Restart HEP Studio to measure "
                                "it again.";
    if (metrics.glyphCount() != glyphCount_ || metrics.unitsPerEm() != unitsPerEm_) {
        throw ExportError(changed);
    }
    const HbPtr<hb_subset_input_t> input(hb_subset_input_create_or_fail());
    if (!input) {
        throw ExportError("Out of memory while cutting a subset of the font file " +
                          file_.string() + ".");
    }
    CharacterSet wanted = characters;
    wanted.add(U'H');
    wanted.add(U'x');
    const std::vector<char32_t> codePoints = wanted.codePoints();
    hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
    for (const char32_t cp : codePoints) {
        hb_set_add(unicodes, cp);
    }
    hb_set_t* dropped = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const hb_tag_t tag : tablesOf(face_)) {
        if (std::find(std::begin(kEmbeddedTables), std::end(kEmbeddedTables), tag) ==
            std::end(kEmbeddedTables)) {
            hb_set_add(dropped, tag);
        }
    }
    hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NOTDEF_OUTLINE);

    const HbPtr<hb_face_t> subsetFace(hb_subset_or_fail(face_, input.get()));
    const HbPtr<hb_blob_t> blob(subsetFace ? hb_face_reference_blob(subsetFace.get())
                                           : hb_blob_get_empty());
    const std::span<const unsigned char> cut = bytesOf(blob.get());
    if (cut.empty()) {
        throw ExportError("HarfBuzz could not cut a subset of the font file " + file_.string() +
                          ". Reinstall the Debian package fonts-dejavu-core.");
    }
    std::vector<unsigned char> result = withCompactCmap(
        flattenCompositeGlyphs(std::vector<unsigned char>(cut.begin(), cut.end()), file_), file_);

    // Every character the full font has is in the subset, as wide as FontMetrics measured it.
    const HbPtr<hb_face_t> resultFace = faceOf(result);
    const HbPtr<hb_font_t> font(hb_font_create(resultFace.get()));
    hb_font_set_scale(font.get(), unitsPerEm_, unitsPerEm_);
    for (const char32_t cp : codePoints) {
        if (cp >= 0xFFFF || metrics.glyphIndex(cp) == 0) {
            continue;
        }
        hb_codepoint_t glyph = 0;
        if (!hb_font_get_nominal_glyph(font.get(), cp, &glyph) ||
            hb_font_get_glyph_h_advance(font.get(), glyph) * 1000 / unitsPerEm_ !=
                metrics.charWidthUnits(cp)) {
            throw ExportError(changed);
        }
    }
    return result;
}

std::vector<unsigned char> subsetFont(FontStyle style, const CharacterSet& characters) {
    const FontMetrics& metrics = fontMetrics(style);
    static SubsetCache caches[2];
    SubsetCache& cache = caches[style == FontStyle::Bold ? 1 : 0];
    if (std::optional<std::vector<unsigned char>> cut = cache.find(characters)) {
        return *std::move(cut);
    }
    std::vector<unsigned char> cut;
    if (style == FontStyle::Bold) {
        static const FontSubsetter bold(metrics.file());
        cut = bold.subset(metrics, characters);
    } else {
        static const FontSubsetter regular(metrics.file());
        cut = regular.subset(metrics, characters);
    }
    cache.add(characters, cut);
    return cut;
}

}  // namespace hep
