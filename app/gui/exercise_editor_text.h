// The exercise editor's words: vocabulary, field names and dose labels in plain words, lines.
#pragma once

#include <wx/string.h>
#include <wx/utils.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/gui/dose_labels.h"
#include "app/gui/wx_text.h"

// In a namespace of their own: short names such as trimmed() must not clash with other files.
namespace hep::gui::editor_text {

// A vocabulary word as a person reads it: "lying-back" -> "Lying on your back".
inline wxString plainWord(std::string_view word) {
    static const std::pair<std::string_view, const char*> kPositions[] = {
        {"lying-back", "Lying on your back"},
        {"lying-side", "Lying on your side"},
        {"hands-knees", "On hands and knees"},
        {"kneeling", "Kneeling"},
        {"sitting", "Sitting"},
        {"standing", "Standing"},
    };
    for (const auto& [w, text] : kPositions) {
        if (w == word) {
            return text;
        }
    }
    std::string text(word);
    std::replace(text.begin(), text.end(), '-', ' ');
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') {
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    }
    return wx(text);
}

// The mnemonic letters of the dose fields, in doseFields() order (the words are the model's).
inline constexpr char kDoseMnemonics[] = {'e', 'R', 'H', 'M', 'y', 'k'};

// A field of checkExercise in plain words: "steps[2]" -> "Step 3", "dose.reps" -> "Default
// dose, repetitions".
inline wxString plainField(const std::string& field) {
    static const std::pair<std::string_view, const char*> kNames[] = {
        {"id", "Id"},
        {"name", "Name"},
        {"category", "Category"},
        {"position", "Position"},
        {"equipment", "Equipment"},
        {"optional_equipment", "Optional equipment"},
        {"purpose", "Why it helps"},
        {"steps", "Steps"},
        {"feel", "You should feel"},
        {"stop_if", "Stop if"},
        {"cautions", "Cautions"},
        {"therapist_alert", "Note for the therapist"},
    };
    for (const auto& [f, text] : kNames) {
        if (f == field) {
            return text;
        }
    }
    for (auto [prefix, text] : {std::pair{"steps[", "Step "}, std::pair{"cautions[", "Caution "}}) {
        std::string_view p(prefix);
        if (field.rfind(p, 0) == 0) {
            return text + wxString::Format("%d", std::atoi(field.c_str() + p.size()) + 1);
        }
    }
    if (field.rfind("dose.", 0) == 0) {
        return "Default dose, " + doseFieldLabel(field.substr(5)).Lower();
    }
    return wx(field);
}

inline std::string trimmed(const std::string& text) {
    const char* space = " \t\r\n";
    auto first = text.find_first_not_of(space);
    if (first == std::string::npos) {
        return "";
    }
    return text.substr(first, text.find_last_not_of(space) - first + 1);
}

// One item a line; empty lines are skipped and list markers ("1.", "2)", "-", "*") dropped,
// since the handout numbers the steps itself.
inline std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) {
            end = text.size();
        }
        std::string line = trimmed(text.substr(start, end - start));
        std::size_t digits = line.find_first_not_of("0123456789");
        if (digits > 0 && digits != std::string::npos &&
            (line[digits] == '.' || line[digits] == ')') &&
            (digits + 1 == line.size() || line[digits + 1] == ' ')) {
            line = trimmed(line.substr(digits + 1));
        } else if (line.size() > 1 && (line[0] == '-' || line[0] == '*') && line[1] == ' ') {
            line = trimmed(line.substr(2));
        }
        if (!line.empty()) {
            lines.push_back(line);
        }
        start = end + 1;
    }
    return lines;
}

inline wxString joinLines(const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& line : lines) {
        text += (text.empty() ? "" : "\n") + line;
    }
    return wx(text);
}

}  // namespace hep::gui::editor_text
