// An owner for a libharu document that frees it on every path and turns libharu errors into
// ExportError. Internal to the export library (and its tests): it includes hpdf.h.
#pragma once

#include <hpdf.h>

#include <string_view>

namespace hep {

class HpdfDocument {
  public:
    // HPDF_New with an error handler that records the first error. Throws ExportError when
    // libharu cannot even allocate the document.
    HpdfDocument();
    ~HpdfDocument();
    HpdfDocument(const HpdfDocument&) = delete;
    HpdfDocument& operator=(const HpdfDocument&) = delete;

    HPDF_Doc get() const { return doc_; }

    // Throws ExportError "libharu failed to <what> (error 0x....: ...)" when the status is not
    // HPDF_OK or libharu reported an error since the last check. Call after every libharu call.
    void check(HPDF_STATUS status, std::string_view what);
    void check(std::string_view what) { check(HPDF_OK, what); }
    // For calls that return a handle: throws as above when it is null.
    template <typename Handle>
    Handle checkHandle(Handle handle, std::string_view what) {
        check(handle == nullptr && error_.code == HPDF_OK ? HPDF_INVALID_OBJECT : HPDF_OK, what);
        return handle;
    }

  private:
    struct ErrorState {
        HPDF_STATUS code = HPDF_OK;
        HPDF_STATUS detail = 0;
    };

    static void onError(HPDF_STATUS code, HPDF_STATUS detail, void* user);

    ErrorState error_;  // declared before doc_: libharu holds its address
    HPDF_Doc doc_ = nullptr;
};

}  // namespace hep
