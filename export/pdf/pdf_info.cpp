#include "pdf_info.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdlib>
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

bool isAscii(const std::string& text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
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
    bool ascii = true;
    for (const Field& field : fields) {
        if (!isValidUtf8(field.value)) {
            throw ExportError("Cannot make a PDF: the document " + std::string(field.name) +
                              " is not valid UTF-8.");
        }
        ascii = ascii && isAscii(field.value);
    }
    if (!ascii) {
        pdf.check(HPDF_SetCurrentEncoder(pdf.get(), "UTF-8"), "select the UTF-8 encoder");
    }
    for (const Field& field : fields) {
        if (!field.value.empty()) {
            pdf.check(HPDF_SetInfoAttr(pdf.get(), field.type, field.value.c_str()),
                      "set the document " + std::string(field.name));
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
