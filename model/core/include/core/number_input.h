// Reading a whole number that a person typed into a field: digits only, within bounds, and in
// plain words what is wrong when it cannot be used. Nothing is clamped or guessed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace hep {

struct NumberInput {
    std::optional<int> value;  // set when the text is a usable number
    std::string problem;       // otherwise what is wrong, without the field's name
};

// "12" -> 12; " 12 " -> 12. "" -> "is empty: type a number from 0 to 100"; "-", "1.5", "12a" ->
// "\"-\" is not a whole number: type digits only"; "9999" -> "9999 is more than 600, the most".
// max_label, when given, is said after the maximum ("600 seconds").
NumberInput readNumberInput(std::string_view text, int min, int max, std::string_view unit = {});

}  // namespace hep
