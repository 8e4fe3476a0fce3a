#include "core/text_limits.h"

#include "text/utf8.h"

namespace hep {

std::size_t utf8Length(std::string_view text) {
    std::size_t n = 0;
    for (char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++n;
        }
    }
    return n;
}

std::optional<std::string> checkOptionalText(std::string_view text, std::size_t max_chars) {
    if (!isValidUtf8(text)) {
        return "is not valid UTF-8 text";
    }
    if (auto n = utf8Length(text); n > max_chars) {
        return "is too long (" + std::to_string(n) + " characters; at most " +
               std::to_string(max_chars) + ")";
    }
    return std::nullopt;
}

std::optional<std::string> checkRequiredText(std::string_view text, std::size_t max_chars) {
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        return "is empty";
    }
    return checkOptionalText(text, max_chars);
}

}  // namespace hep
