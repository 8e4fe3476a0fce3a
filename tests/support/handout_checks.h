// Checks the handout tests share: what every page of a handout must keep to.
#pragma once

#include <string>

#include "core/program.h"
#include "layout/document.h"

namespace hep::test {

// Every drawing of the document stays inside the margins of its options, on every page; every
// text run can be drawn and is at least 10 pt. Failures name what, the page and the text.
void expectInsideMargins(const Document& doc, const HandoutOptions& options,
                         const std::string& what);

}  // namespace hep::test
