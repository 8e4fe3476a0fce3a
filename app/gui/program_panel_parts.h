// Inside the program panel: the mnemonics of the dose fields, the sides, and a label of a fixed
// height, shared by the files the panel is written in.
#pragma once

#include <wx/stattext.h>

#include "core/dose.h"

namespace hep::gui::panel_parts {

// The mnemonic letters of the dose fields, in doseFields() order (the words are the model's).
inline constexpr char kDoseMnemonics[] = {'S', 'e', 'o', 'n', 'a', 'k'};
inline constexpr int kProgramRows = 6;  // rows of the program list shown at the least

// A label whose height is that of `lines` lines, so that new text never moves what is below it.
inline wxStaticText* fixedLines(wxWindow* parent, int lines) {
    auto* text = new wxStaticText(parent, wxID_ANY, "", wxDefaultPosition, wxDefaultSize,
                                  wxST_NO_AUTORESIZE);
    text->SetMinSize(wxSize(-1, text->GetCharHeight() * lines + 2));
    return text;
}

}  // namespace hep::gui::panel_parts
