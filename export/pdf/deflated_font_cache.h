// The deflated bytes of the font programs compressed last, kept per process and reused.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace hep {

// How many font programs are kept: the regular and the bold font of the last two character sets.
inline constexpr std::size_t kDeflatedFontCacheSize = 4;

// A font subset is cut again only for new characters (font_subset.cpp keeps the last ones), so
// exporting a program again (after an edit, for another copy, or for the next patient whose name
// adds no letter) embeds the same font programs byte for byte; deflating them was a fifth of an
// export. These give the deflated bytes of a font program compressed before, matched on all of
// its bytes (never on a hash alone), the latest first. Any thread.
std::optional<std::string> findDeflatedFont(std::string_view program);
void keepDeflatedFont(std::string_view program, std::string_view deflated);

}  // namespace hep
