#include "pdf_info.h"

#include <charconv>
#include <chrono>
#include <cstdlib>
#include <iterator>
#include <optional>
#include <string>

#include "layout/export_error.h"
#include "text/utf8.h"

namespace hep {

namespace {

std::optional<std::chrono::sys_seconds> sourceDateEpoch() {
    const char* value = std::getenv("SOURCE_DATE_EPOCH");
    if (value == nullptr || *value == '\0') {
        return std::nullopt;
    }
    const std::string_view text(value);
    long long seconds = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    constexpr long long kLastSecondOf9999 = 253402300799;
    if (error != std::errc() || end != text.data() + text.size() || seconds < 0 ||
        seconds > kLastSecondOf9999) {
        throw ExportError("SOURCE_DATE_EPOCH is set to \"" + std::string(text) +
                          "\", which is not a number of seconds since 1970-01-01 (UTC). Fix or "
                          "unset it.");
    }
    return std::chrono::sys_seconds(std::chrono::seconds(seconds));
}

// The text in PDFDocEncoding (ISO 32000-1, Annex D), which a PDF's text strings may use without
// libharu's UTF-8 encoder: printable ASCII, tab, line feed and carriage return, and U+00A1 to
// U+00FF but for the soft hyphen, which keep their codes. Nothing when a character is not there.
std::optional<std::string> pdfDocEncoded(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Char c = decodeUtf8(text, pos);
        const char32_t cp = c.codePoint;
        const bool ascii = (cp >= 0x20 && cp < 0x7F) || cp == '\t' || cp == '\n' || cp == '\r';
        const bool latin1 = cp >= 0xA1 && cp <= 0xFF && cp != 0xAD;
        if (!c.valid || !(ascii || latin1)) {
            return std::nullopt;
        }
        out += static_cast<char>(cp);
        pos += c.size;
    }
    return out;
}

}  // namespace

void setDocumentInfo(HpdfDocument& pdf, const DocumentInfo& info) {
    struct Field {
        HPDF_InfoType type;
        const std::string& value;
        const char* name;
    };
    const Field fields[] = {{HPDF_INFO_TITLE, info.title, "title"},
                            {HPDF_INFO_AUTHOR, info.author, "author"},
                            {HPDF_INFO_SUBJECT, info.subject, "subject"},
                            {HPDF_INFO_CREATOR, info.creator, "creator"}};
    std::optional<std::string> encoded[std::size(fields)];
    bool all_encoded = true;
    for (std::size_t i = 0; i < std::size(fields); ++i) {
        if (!isValidUtf8(fields[i].value)) {
            throw ExportError("Cannot make a PDF: the document " + std::string(fields[i].name) +
                              " is not valid UTF-8.");
        }
        encoded[i] = pdfDocEncoded(fields[i].value);
        all_encoded = all_encoded && encoded[i].has_value();
    }
    if (!all_encoded) {
        pdf.check(HPDF_SetCurrentEncoder(pdf.get(), "UTF-8"), "select the UTF-8 encoder");
    }
    for (std::size_t i = 0; i < std::size(fields); ++i) {
        if (!fields[i].value.empty()) {
            const std::string& value = all_encoded ? *encoded[i] : fields[i].value;
            pdf.check(HPDF_SetInfoAttr(pdf.get(), fields[i].type, value.c_str()),
                      "set the document " + std::string(fields[i].name));
        }
    }
    const std::optional<std::chrono::sys_seconds> created =
        info.created ? info.created : sourceDateEpoch();
    if (created) {
        pdf.check(HPDF_SetInfoDateAttr(pdf.get(), HPDF_INFO_CREATION_DATE, hpdfDate(*created)),
                  "set the creation date");
    }
}

}  // namespace hep
