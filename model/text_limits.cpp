#include "model/text_limits.h"

namespace hep {

bool isValidUtf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        auto c = static_cast<unsigned char>(text[i]);
        int extra = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= text.size()) {
            return false;
        }
        for (int k = 1; k <= extra; ++k) {
            auto cc = static_cast<unsigned char>(text[i + k]);
            if ((cc & 0xC0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (cc & 0x3F);
        }
        // Reject overlong forms, surrogates and code points past U+10FFFF.
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) ||
            (extra == 3 && cp < 0x10000) || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
            return false;
        }
        i += extra + 1;
    }
    return true;
}

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
