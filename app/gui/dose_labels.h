// The dose fields' labels in a window: the words are the model's (DoseField::label), one list for
// every window; each window only chooses the mnemonic letter its other controls leave free.
#pragma once

#include <wx/string.h>

#include <cctype>
#include <string_view>

#include "app/gui/wx_text.h"
#include "core/dose.h"

namespace hep::gui {

// The label with '&' before the first `letter` (either case): withMnemonic("Sets", 'e') is
// "S&ets". Without that letter, the label as it is.
inline wxString withMnemonic(std::string_view label, char letter) {
    std::string text(label);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(text[i])) ==
            std::tolower(static_cast<unsigned char>(letter))) {
            text.insert(i, 1, '&');
            break;
        }
    }
    return wx(text);
}

// The label of the dose field of that file name ("reps" -> "Repetitions"); the name itself when
// there is no such field.
inline wxString doseFieldLabel(std::string_view name) {
    for (const auto& field : doseFields()) {
        if (field.name == name) {
            return wx(std::string(field.label));
        }
    }
    return wx(std::string(name));
}

}  // namespace hep::gui
