// Plain words for libharu's error codes, for error messages.
#pragma once

#include <string>

namespace hep {

// "error 0x1050: the font size is out of range ..., detail 700": the code in hex with a plain
// description for the common codes, and libharu's detail number when it is not 0.
std::string describeHpdfError(unsigned long code, unsigned long detail);

}  // namespace hep
