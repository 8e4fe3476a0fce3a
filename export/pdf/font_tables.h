// A TrueType font in memory rebuilt with some of its tables replaced (HarfBuzz face builder),
// and the big-endian writers its tables are written with.
#pragma once

#include <hb.h>

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <vector>

namespace hep {

// The font of the face's tables, in the face's order, those in `changed` replaced by the bytes
// given (a tag the face lacks is not added). HarfBuzz writes the table directory and checksums.
// Throws ExportError naming `file` (the font the face was cut from) when out of memory.
std::vector<unsigned char> replaceTables(
    hb_face_t* face, const std::map<hb_tag_t, std::vector<unsigned char>>& changed,
    const std::filesystem::path& file);

// Big-endian numbers as font tables hold them, appended to out: the low 16 bits of a value (a
// negative one in two's complement), and a 32-bit one.
template <std::integral T>
void putU16(std::vector<unsigned char>& out, T value) {
    const auto bits = static_cast<std::uint16_t>(value);
    out.push_back(static_cast<unsigned char>(bits >> 8));
    out.push_back(static_cast<unsigned char>(bits));
}
void putU32(std::vector<unsigned char>& out, std::size_t value);

}  // namespace hep
