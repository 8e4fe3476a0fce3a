// Checks on free text that comes from people: required, length limits, valid UTF-8.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace hep {

// The number of Unicode characters in valid UTF-8 text.
std::size_t utf8Length(std::string_view text);

// What is wrong with a required piece of text (empty, blank, too long, not UTF-8), if anything.
std::optional<std::string> checkRequiredText(std::string_view text, std::size_t max_chars);

// The same for text that may be empty.
std::optional<std::string> checkOptionalText(std::string_view text, std::size_t max_chars);

}  // namespace hep
