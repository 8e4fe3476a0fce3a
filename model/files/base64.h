// Base64 (RFC 4648) for pictures carried inside JSON files.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace hep {

std::string base64Encode(std::string_view bytes);

// The bytes, or nullopt when text is not valid base64 (white space is ignored).
std::optional<std::string> base64Decode(std::string_view text);

}  // namespace hep
