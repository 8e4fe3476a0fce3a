// What makes a program's own fields fit to save and print: the checks the file reader, the window
// and hep share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/program.h"

namespace hep {

// True for a real calendar date written YYYY-MM-DD (leap years counted).
bool isIsoDate(std::string_view s);

// What is wrong with a program's own fields (names, date, lengths, items, doses), as messages
// that name the field; empty when it can be saved.
std::vector<std::string> checkProgram(const Program& program);

}  // namespace hep
