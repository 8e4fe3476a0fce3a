// Programs and handout inputs for the handout tests: built from the built-in catalogue.
#pragma once

#include <string>

#include "core/program.h"
#include "layout/handout_layout.h"

namespace hep::test {

// The inputs the hep command uses: the built-in text, conditions and exercises.
HandoutInputs builtinInputs();

// A stenosis program of n exercises taken in turn from the built-in catalogue, for a patient.
Program programOf(std::size_t n, const std::string& patient = "María José Núñez");

// Every text run of the document joined per page, runs separated by spaces.
std::vector<std::string> pageTexts(const Document& document);

// Collapses runs of white space into single spaces.
std::string squeeze(const std::string& text);

}  // namespace hep::test
