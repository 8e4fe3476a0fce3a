#include "export/hpdf_document.h"

#include <hpdf_doc.h>
#include <hpdf_fontdef.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <string>

#include "export/export_error.h"
#include "export/hpdf_error_text.h"

namespace hep {

HpdfDocument::HpdfDocument() : doc_(HPDF_New(&HpdfDocument::onError, &error_)) {
    if (doc_ == nullptr) {
        throw ExportError("libharu could not create a PDF document (out of memory).");
    }
}

HpdfDocument::~HpdfDocument() {
    HPDF_Free(doc_);
}

void HpdfDocument::onError(HPDF_STATUS code, HPDF_STATUS detail, void* user) {
    auto* state = static_cast<ErrorState*>(user);
    if (state->code == HPDF_OK) {
        state->code = code;
        state->detail = detail;
    }
}

void HpdfDocument::check(HPDF_STATUS status, std::string_view what) {
    if (status == HPDF_OK && error_.code == HPDF_OK) {
        return;
    }
    const HPDF_STATUS code = error_.code != HPDF_OK ? error_.code : status;
    const HPDF_STATUS detail = error_.code != HPDF_OK ? error_.detail : 0;
    error_ = {};
    HPDF_ResetError(doc_);
    throw ExportError("libharu failed to " + std::string(what) + " (" +
                      describeHpdfError(code, detail) + ").");
}

void HpdfDocument::checkInternal(bool ok, std::string_view what) {
    if (!ok && error_.code == HPDF_OK) {
        const HPDF_STATUS code = HPDF_GetError(doc_);
        error_.code = code != HPDF_OK ? code : HPDF_INVALID_OBJECT;
        error_.detail = HPDF_GetErrorDetail(doc_);
    }
    check(what);
}

const char* HpdfDocument::loadTrueTypeFont(const std::vector<unsigned char>& font,
                                           std::string_view what) {
    if (font.empty() || font.size() >= 0x7FFFFFFF) {
        throw ExportError("libharu cannot " + std::string(what) + ": the font is " +
                          std::to_string(font.size()) + " bytes.");
    }
    // One buffer, a byte longer than the font: libharu 2.3.0's memory stream cannot seek to the
    // end of a buffer that is full.
    const HPDF_Stream stream =
        HPDF_MemStream_New(doc_->mmgr, static_cast<HPDF_UINT>(font.size() + 1));
    checkInternal(stream != nullptr, what);
    if (HPDF_Stream_Write(stream, font.data(), static_cast<HPDF_UINT>(font.size())) != HPDF_OK) {
        HPDF_Stream_Free(stream);
        checkInternal(false, what);
    }
    // Takes the stream, also when it fails; the definition keeps it to embed the font at save.
    const HPDF_FontDef def = HPDF_TTFontDef_Load(doc_->mmgr, stream, HPDF_TRUE);
    checkInternal(def != nullptr, what);
    // Frees the definition when it fails.
    checkInternal(HPDF_Doc_RegisterFontDef(doc_, def) == HPDF_OK, what);

    // The next subset tag, as HPDF_LoadTTFontFromFile makes them: HPDFAA, HPDFAB, ...
    HPDF_BYTE* tag = doc_->ttfont_tag;
    if (tag[0] == 0) {
        std::copy_n("HPDFAA", 6, tag);
    } else {
        for (int i = 5; i >= 0; --i) {
            if (++tag[i] <= 'Z') {
                break;
            }
            tag[i] = 'A';
        }
    }
    char name[HPDF_TTF_FONT_TAG_LEN + 1] = {};
    std::copy_n(tag, HPDF_TTF_FONT_TAG_LEN, name);
    HPDF_TTFontDef_SetTagName(def, name);
    return def->base_font;
}

}  // namespace hep
