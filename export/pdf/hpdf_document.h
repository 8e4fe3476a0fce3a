// An owner for a libharu document that frees it on every path and turns libharu errors into
// ExportError. Internal to the export library (and its tests): it includes hpdf.h.
#pragma once

#include <hpdf.h>

#include <chrono>
#include <span>
#include <string_view>
#include <vector>

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

    // Loads a TrueType font held in memory for embedding and returns its name for HPDF_GetFont.
    // libharu 2.3.0 loads fonts only from a path in its public API: the bytes go to a private
    // (0600) temporary file in the temporary folder (TMPDIR), HPDF_LoadTTFontFromFile(doc, path,
    // HPDF_TRUE) opens it, and it is unlinked at once. libharu keeps the file open and reads the
    // glyphs from it when the document is saved; HPDF_Free closes it. A font of a name loaded
    // already gives the name of the first one (libharu keeps it and closes the new file). Throws
    // ExportError "Cannot <what>: ..." when the temporary file cannot be written, or "libharu
    // failed to <what> (...)" when libharu refuses the font. No file is left behind either way.
    const char* loadTrueTypeFont(const std::vector<unsigned char>& font, std::string_view what);

    // The bytes of a saved PDF: the anonymous memory file libharu wrote, mapped read-only, or a
    // copy of libharu's memory stream. Move-only; the bytes live as long as it does.
    class Saved {
      public:
        explicit Saved(std::vector<unsigned char> copy) : copy_(std::move(copy)) {}
        Saved(const unsigned char* map, std::size_t size) : map_(map), size_(size) {}
        Saved(Saved&& other) noexcept;
        Saved& operator=(Saved&&) = delete;
        Saved(const Saved&) = delete;
        Saved& operator=(const Saved&) = delete;
        ~Saved();

        std::span<const unsigned char> bytes() const {
            return map_ != nullptr ? std::span<const unsigned char>(map_, size_)
                                   : std::span<const unsigned char>(copy_);
        }

      private:
        std::vector<unsigned char> copy_;
        const unsigned char* map_ = nullptr;
        std::size_t size_ = 0;
    };

    // Saves the PDF: HPDF_SaveToFile into an anonymous memory file (memfd, opened through
    // /proc/self/fd), read through a mapping (the file's pages, no copy), else
    // HPDF_SaveToStream. Throws ExportError "libharu failed to save the PDF (...)" when it
    // cannot, or when fewer bytes can be read back than it wrote.
    Saved save();

  private:
    struct ErrorState {
        HPDF_STATUS code = HPDF_OK;
        HPDF_STATUS detail = 0;
    };

    static void onError(HPDF_STATUS code, HPDF_STATUS detail, void* user);

    ErrorState error_;  // declared before doc_: libharu holds its address
    HPDF_Doc doc_ = nullptr;
};

// A date and time (UTC) as libharu's info dictionary takes it.
HPDF_Date hpdfDate(std::chrono::sys_seconds time);

}  // namespace hep
