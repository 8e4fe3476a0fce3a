// The words of a text as a search compares them: split at anything that is not a letter or a
// digit, lower case, Latin accents taken off ("Núñez" -> "nunez").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hep {

// The folded words of a text, in order (repeats kept). Letters of other scripts are kept as
// they are; punctuation (ASCII, typographic quotes and dashes, no-break space) separates words.
std::vector<std::string> searchWords(std::string_view text);

}  // namespace hep
