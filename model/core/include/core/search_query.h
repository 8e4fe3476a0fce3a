// Turns what a person types into a search field into a full-text query that matches as they type.
#pragma once

#include <string>
#include <string_view>

namespace hep {

// An FTS5 match expression: every word of text as a quoted prefix term ("kne" -> "kne"*),
// all required. Punctuation separates words; letters of any script are kept. Empty when text
// has no words.
std::string ftsMatchExpression(std::string_view text);

}  // namespace hep
