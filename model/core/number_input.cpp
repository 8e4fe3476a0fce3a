#include "core/number_input.h"

#include "text/utf8.h"

namespace hep {

namespace {

std::string_view trim(std::string_view text) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && space(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && space(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

std::string withUnit(int number, std::string_view unit) {
    std::string text = std::to_string(number);
    if (!unit.empty()) {
        text += " ";
        text += unit;
    }
    return text;
}

}  // namespace

NumberInput readNumberInput(std::string_view text, int min, int max, std::string_view unit) {
    const std::string_view typed = trim(text);
    if (typed.empty()) {
        return {std::nullopt, "is empty: type a number from " + std::to_string(min) + " to " +
                                  withUnit(max, unit)};
    }
    for (char c : typed) {
        if (c < '0' || c > '9') {
            return {std::nullopt, "\"" + shortenForMessage(std::string(typed), 20) +
                                      "\" is not a whole number: type digits only"};
        }
    }
    // More digits than an int holds is more than any maximum: no need to convert it.
    const std::size_t first = typed.find_first_not_of('0');
    const std::string_view digits = first == std::string_view::npos ? "0" : typed.substr(first);
    if (digits.size() > 9) {
        return {std::nullopt, shortenForMessage(std::string(typed), 20) + " is more than " +
                                  withUnit(max, unit) + ", the most"};
    }
    const int number = std::stoi(std::string(digits));
    if (number > max) {
        return {std::nullopt,
                std::to_string(number) + " is more than " + withUnit(max, unit) + ", the most"};
    }
    if (number < min) {
        return {std::nullopt,
                std::to_string(number) + " is less than " + withUnit(min, unit) + ", the least"};
    }
    return {number, {}};
}

}  // namespace hep
