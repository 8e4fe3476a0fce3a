// Rendering a Document to PDF with libharu: fonts embedded, images stored once, reproducible.
#pragma once

#include <filesystem>
#include <vector>

#include "layout/document.h"

namespace hep {

// The PDF bytes for the document. Text is drawn with the same DejaVu files fontMetrics()
// measures, embedded; each image of Document::images that is drawn is stored once. The creation
// date is DocumentInfo::created, else SOURCE_DATE_EPOCH when set (so the same document gives the
// same bytes), else left out. Throws ExportError (naming the page and drawing) when the
// document cannot be drawn: no pages, a number that is not finite, text that is not valid UTF-8
// or has characters the font cannot draw (see replaceMissingGlyphs), an unknown image key or
// pixels of the wrong size, or a value libharu refuses (gray outside 0..1, line width above 100,
// font size above 600, ...).
std::vector<unsigned char> renderPdf(const Document& document);

// Renders the document, then writes it atomically with mode 0600 (model/file_io.h; its failures
// are StorageError). A
// failure at any step leaves an existing file untouched and nothing new behind.
void writePdf(const Document& document, const std::filesystem::path& out);

}  // namespace hep
