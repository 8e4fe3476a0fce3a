#include "font_tables.h"

#include <string>

#include "harfbuzz_handles.h"
#include "layout/export_error.h"

namespace hep {

namespace {

[[noreturn]] void outOfMemory(const std::filesystem::path& file) {
    throw ExportError("Out of memory while rewriting the tables of the font file " + file.string() +
                      ".");
}

}  // namespace

std::vector<unsigned char> replaceTables(
    hb_face_t* face, const std::map<hb_tag_t, std::vector<unsigned char>>& changed,
    const std::filesystem::path& file) {
    HbPtr<hb_face_t> builder(hb_face_builder_create());
    hb_tag_t tags[32];
    unsigned start = 0;
    for (unsigned count = 32; count == 32; start += count) {
        count = 32;
        hb_face_get_table_tags(face, start, &count, tags);
        for (unsigned i = 0; i < count; ++i) {
            const auto replaced = changed.find(tags[i]);
            const HbPtr<hb_blob_t> table =
                replaced != changed.end()
                    ? blobOf(replaced->second, HB_MEMORY_MODE_DUPLICATE)
                    : HbPtr<hb_blob_t>(hb_face_reference_table(face, tags[i]));
            if (!hb_face_builder_add_table(builder.get(), tags[i], table.get())) {
                outOfMemory(file);
            }
        }
    }
    const HbPtr<hb_blob_t> blob(hb_face_reference_blob(builder.get()));  // never null
    const std::span<const unsigned char> bytes = bytesOf(blob.get());
    if (bytes.empty()) {
        outOfMemory(file);
    }
    return {bytes.begin(), bytes.end()};
}

void putU32(std::vector<unsigned char>& out, std::size_t value) {
    putU16(out, value >> 16);
    putU16(out, value & 0xFFFF);
}

}  // namespace hep
