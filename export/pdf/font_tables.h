// A TrueType font in memory rebuilt with some of its tables replaced (HarfBuzz face builder),
// and the big-endian writers its tables are written with.
#pragma once

#include <hb.h>

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

// Big-endian numbers as font tables hold them: a 16-bit one (a negative value in two's
// complement) and a 32-bit one, appended to out.
void putU16(std::vector<unsigned char>& out, std::int64_t value);
void putU32(std::vector<unsigned char>& out, std::size_t value);

}  // namespace hep
