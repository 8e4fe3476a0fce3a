#include "app/gui/number_field.h"

#include "app/gui/wx_text.h"
#include "core/number_input.h"

namespace hep::gui {

NumberField::NumberField(wxWindow* parent, const wxString& label, int min, int max,
                         std::string unit)
    // Enter is left to the window: in a dialog it presses the default button.
    : wxTextCtrl(parent, wxID_ANY, "0", wxDefaultPosition, wxDefaultSize, wxTE_RIGHT),
      label_(label),
      min_(min),
      max_(max),
      unit_(std::move(unit)) {
    // Wide enough for the largest number and a little more: never cut what is typed.
    const int digits = static_cast<int>(std::to_string(max_).size()) + 2;
    SetInitialSize(GetSizeFromTextSize(GetTextExtent(wxString('9', digits))));
    less_ = new wxButton(parent, wxID_ANY, wxString::FromUTF8("\xe2\x88\x92"), wxDefaultPosition,
                         wxDefaultSize, wxBU_EXACTFIT);
    more_ = new wxButton(parent, wxID_ANY, "+", wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    less_->SetToolTip("One less (Down arrow)");
    more_->SetToolTip("One more (Up arrow)");
    // The buttons are for the mouse; Tab goes from number to number.
    less_->SetCanFocus(false);
    more_->SetCanFocus(false);
    row_ = new wxBoxSizer(wxHORIZONTAL);
    row_->Add(this, 0, wxALIGN_CENTER_VERTICAL);
    row_->Add(less_, 0, wxLEFT | wxALIGN_CENTER_VERTICAL, 2);
    row_->Add(more_, 0, wxALIGN_CENTER_VERTICAL);

    Bind(wxEVT_TEXT, [this](wxCommandEvent&) { typed(); });
    Bind(wxEVT_SET_FOCUS, [this](wxFocusEvent& e) {
        before_typing_ = in_force_;
        e.Skip();
    });
    Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& e) {
        leave();
        e.Skip();
    });
    Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        if (e.GetKeyCode() == WXK_UP && !e.HasAnyModifiers()) {
            step(1);
        } else if (e.GetKeyCode() == WXK_DOWN && !e.HasAnyModifiers()) {
            step(-1);
        } else {
            e.Skip();
        }
    });
    less_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { step(-1); });
    more_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { step(1); });
}

void NumberField::setNumber(int value) {
    if (value == in_force_) {
        return;  // this field holds it already: its text is what the user typed
    }
    in_force_ = before_typing_ = value;
    left_problem_.clear();
    ChangeValue(wxString::Format("%d", value));
}

std::optional<int> NumberField::number() const {
    return readNumberInput(utf8(GetValue()), min_, max_, unit_).value;
}

wxString NumberField::problem() const {
    if (!left_problem_.empty()) {
        return left_problem_;
    }
    auto read = readNumberInput(utf8(GetValue()), min_, max_, unit_);
    return read.value ? wxString() : label_ + ": " + wx(read.problem) + ".";
}

bool NumberField::Enable(bool enable) {
    less_->Enable(enable);
    more_->Enable(enable);
    return wxTextCtrl::Enable(enable);
}

void NumberField::typed() {
    left_problem_.clear();
    auto value = number();
    in_force_ = value ? *value : before_typing_;
    report();
}

void NumberField::step(int by) {
    // From the number shown, or the one in force when the text cannot be used.
    int from = number().value_or(in_force_);
    int to = std::max(min_, std::min(max_, from + by));
    left_problem_.clear();
    ChangeValue(wxString::Format("%d", to));
    SetInsertionPointEnd();
    in_force_ = before_typing_ = to;
    report();
}

void NumberField::leave() {
    auto read = readNumberInput(utf8(GetValue()), min_, max_, unit_);
    if (read.value) {
        // "007" reads as 7: show it so.
        if (GetValue() != wxString::Format("%d", *read.value)) {
            ChangeValue(wxString::Format("%d", *read.value));
        }
        before_typing_ = *read.value;
        return;
    }
    // The text could not be used: show the value in force again, and say so. The message stays
    // until the next change to this field.
    in_force_ = before_typing_;
    ChangeValue(wxString::Format("%d", in_force_));
    left_problem_ = label_ + ": " + wx(read.problem) + ". It was not taken: it is still " +
                    wxString::Format("%d", in_force_) + ".";
    report();
}

void NumberField::report() {
    if (onChange) {
        onChange(in_force_, problem());
    }
}

}  // namespace hep::gui
