#include "core/search_query.h"

#include <vector>

namespace hep {

namespace {

// ASCII letters and digits, and every byte of a multi-byte UTF-8 character, belong to words.
bool isWordByte(unsigned char c) {
    return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

std::string ftsMatchExpression(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    for (char ch : text) {
        if (isWordByte(static_cast<unsigned char>(ch))) {
            word += ch;
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) {
        words.push_back(std::move(word));
    }
    std::string expression;
    for (const auto& w : words) {
        if (!expression.empty()) {
            expression += ' ';
        }
        // Words hold no quote characters, so quoting them needs no escaping.
        expression += '"' + w + "\"*";
    }
    return expression;
}

}  // namespace hep
