// Inside the exercise editor: its sizes, the grades it warns at, and the small builders of its
// choices and hints, shared by the files the dialog is written in.
#pragma once

#include <wx/choice.h>
#include <wx/colour.h>
#include <wx/stattext.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "app/gui/exercise_editor_text.h"
#include "core/dose.h"
#include "core/exercise.h"

namespace hep::gui::editor_parts {

using editor_text::plainWord;

inline constexpr int kTextWidth = 460;
inline constexpr int kSideWidth = 300;
inline wxColour warningColour() {
    return wxColour(170, 45, 0);
}

inline wxChoice* vocabularyChoice(wxWindow* parent, const std::vector<std::string_view>& words) {
    auto* choice = new wxChoice(parent, wxID_ANY);
    for (auto w : words) {
        choice->Append(plainWord(w));
    }
    return choice;
}

inline void selectWord(wxChoice* choice, const std::vector<std::string_view>& words,
                       std::string_view word) {
    auto it = std::find(words.begin(), words.end(), word);
    choice->SetSelection(it == words.end() ? wxNOT_FOUND : static_cast<int>(it - words.begin()));
}

inline std::string chosenWord(const wxChoice* choice, const std::vector<std::string_view>& words) {
    int i = choice->GetSelection();
    return i < 0 || i >= static_cast<int>(words.size()) ? std::string() : std::string(words[i]);
}

// The equipment of the list: every kind except "none" (nothing ticked means none).
inline std::vector<std::string_view> listedEquipment() {
    std::vector<std::string_view> kinds;
    for (auto k : equipmentKinds()) {
        if (k != "none") {
            kinds.push_back(k);
        }
    }
    return kinds;
}

inline wxStaticText* hint(wxWindow* parent, const wxString& text) {
    auto* label = new wxStaticText(parent, wxID_ANY, text);
    label->SetFont(label->GetFont().Smaller());
    return label;
}

}  // namespace hep::gui::editor_parts
