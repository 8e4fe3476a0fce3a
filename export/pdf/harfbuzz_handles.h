// Owners for HarfBuzz objects (blobs, faces, fonts, sets, subset inputs) that destroy them on
// every path, and small helpers around them. Internal to the export library: it includes hb.h.
#pragma once

#include <hb-subset.h>
#include <hb.h>

#include <cstdint>
#include <memory>
#include <set>
#include <span>
#include <string>
#include <vector>

namespace hep {

struct HbDestroy {
    void operator()(hb_blob_t* blob) const { hb_blob_destroy(blob); }
    void operator()(hb_face_t* face) const { hb_face_destroy(face); }
    void operator()(hb_font_t* font) const { hb_font_destroy(font); }
    void operator()(hb_set_t* set) const { hb_set_destroy(set); }
    void operator()(hb_subset_input_t* input) const { hb_subset_input_destroy(input); }
};

template <typename T>
using HbPtr = std::unique_ptr<T, HbDestroy>;

// The bytes of a blob (HarfBuzz gives an empty blob, never null, when it fails).
inline std::span<const unsigned char> bytesOf(hb_blob_t* blob) {
    unsigned length = 0;
    const char* data = hb_blob_get_data(blob, &length);
    return {reinterpret_cast<const unsigned char*>(data), length};
}

// A blob of the bytes: READONLY uses them where they are (they must outlive the blob and every
// face made of it), DUPLICATE copies them.
inline HbPtr<hb_blob_t> blobOf(const std::vector<unsigned char>& bytes, hb_memory_mode_t mode) {
    return HbPtr<hb_blob_t>(hb_blob_create(reinterpret_cast<const char*>(bytes.data()),
                                           static_cast<unsigned>(bytes.size()), mode, nullptr,
                                           nullptr));
}

// A face of a font held in memory, which must outlive it.
inline HbPtr<hb_face_t> faceOf(const std::vector<unsigned char>& font) {
    const HbPtr<hb_blob_t> blob = blobOf(font, HB_MEMORY_MODE_READONLY);
    return HbPtr<hb_face_t>(hb_face_create(blob.get(), 0));
}

// The glyphs the cmap maps characters to.
inline std::set<std::uint32_t> mappedGlyphs(hb_face_t* face) {
    HbPtr<hb_set_t> characters(hb_set_create());
    hb_face_collect_unicodes(face, characters.get());
    HbPtr<hb_font_t> font(hb_font_create(face));
    std::set<std::uint32_t> glyphs;
    for (hb_codepoint_t cp = HB_SET_VALUE_INVALID; hb_set_next(characters.get(), &cp);) {
        hb_codepoint_t glyph = 0;
        if (hb_font_get_nominal_glyph(font.get(), cp, &glyph)) {
            glyphs.insert(glyph);
        }
    }
    return glyphs;
}

// A table tag as text ("glyf", "OS/2").
inline std::string tagName(hb_tag_t tag) {
    return {static_cast<char>(tag >> 24), static_cast<char>(tag >> 16), static_cast<char>(tag >> 8),
            static_cast<char>(tag)};
}

}  // namespace hep
