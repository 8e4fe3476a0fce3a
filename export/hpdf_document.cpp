#include "export/hpdf_document.h"

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

}  // namespace hep
