// Inside the program panel: the labels of the dose fields, the sides, and a label of a fixed
// height, shared by the files the panel is written in.
#pragma once

#include <wx/stattext.h>

#include "core/dose.h"

namespace hep::gui::panel_parts {

// The dose fields in doseFields() order: the label beside the field and the name in messages.
struct DoseLabel {
    const char* label;
    const char* name;
};
inline const DoseLabel kDoseLabels[] = {
    {"&Sets", "Sets"},
    {"R&eps", "Reps"},
    {"H&old (s)", "Hold"},
    {"Mi&nutes", "Minutes"},
    {"Times a d&ay", "Times a day"},
    {"Days a wee&k", "Days a week"},
};
inline constexpr int kProgramRows = 6;  // rows of the program list shown at the least

// A label whose height is that of `lines` lines, so that new text never moves what is below it.
inline wxStaticText* fixedLines(wxWindow* parent, int lines) {
    auto* text = new wxStaticText(parent, wxID_ANY, "", wxDefaultPosition, wxDefaultSize,
                                  wxST_NO_AUTORESIZE);
    text->SetMinSize(wxSize(-1, text->GetCharHeight() * lines + 2));
    return text;
}

}  // namespace hep::gui::panel_parts
