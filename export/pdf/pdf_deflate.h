// Deflating the streams of a PDF that libharu 2.3.0 wrote uncompressed, faster than libharu does.
#pragma once

#include <span>
#include <vector>

namespace hep {

// The zlib level the streams are deflated at. libharu always deflates at zlib's default (6),
// which was 40% of the time of a handout; level 2, with the mostly empty CIDToGIDMaps written by
// sparse_deflate.h, takes a third of that and leaves the PDF about 15% larger (level 1 is no
// faster and 5% larger still, level 3 is 5% slower and 4% smaller).
inline constexpr int kPdfDeflateLevel = 2;

// The PDF (as HPDF_SaveToStream writes it with HPDF_COMP_NONE: a cross-reference table of one
// section, every stream's /Length an indirect object or a number) with each stream that has no
// /Filter deflated at kPdfDeflateLevel and marked /Filter [ /FlateDecode ], its /Length set to
// the new size, and the cross-reference table and startxref rewritten for the new offsets.
// libharu's ToUnicode CMaps of UTF-8 fonts are mended on the way (to_unicode_cmap.h), and a font
// program deflated before is taken from deflated_font_cache.h.
// Streams with a filter (JPEG images) and every other byte are kept as they are, objects in the
// same order, so the same PDF gives the same bytes. Throws ExportError when the PDF is not laid
// out as described (a libharu this code was not written for).
std::vector<unsigned char> deflatePdfStreams(std::span<const unsigned char> pdf);

}  // namespace hep
