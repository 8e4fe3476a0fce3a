// A field for a whole number that a person types: digits as typed (the field is never rewritten
// under the typing), Up/Down and -/+ to step, and a plain message when the text cannot be used.
// Nothing is clamped: text out of bounds is refused, and the value before the typing stays.
// It is the text field itself (so that a label's mnemonic reaches it), with its -/+ buttons
// beside it: lay it out with withButtons().
#pragma once

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include <functional>
#include <optional>
#include <string>

namespace hep::gui {

class NumberField : public wxTextCtrl {
  public:
    // label names the field in messages ("Hold"); unit follows the maximum ("seconds").
    NumberField(wxWindow* parent, const wxString& label, int min, int max, std::string unit = {});

    // Shows value from the model. When the field holds that value already, its text (which the
    // user may be typing) is left alone.
    void setNumber(int value);
    // The number the text holds, or nullopt when it cannot be used.
    std::optional<int> number() const;
    // What is wrong with the text, with the field's label ("Hold: 9999 is more than..."), or "".
    wxString problem() const;
    // The value in force: the typed number, or while the text cannot be used, the value the
    // field had before the typing began.
    int valueInForce() const { return in_force_; }

    // The field and its buttons in a row, to add to a sizer (once).
    wxSizer* withButtons() { return row_; }

    wxTextCtrl* text() { return this; }
    wxButton* lessButton() { return less_; }
    wxButton* moreButton() { return more_; }

    // Called with valueInForce() after every change the user makes (typing, stepping, leaving a
    // field whose text could not be used), and the problem ("" when none).
    std::function<void(int value, const wxString& problem)> onChange;

    bool Enable(bool enable = true) override;

  private:
    void typed();
    void step(int by);
    void leave();
    void report();

    wxString label_;
    int min_;
    int max_;
    std::string unit_;
    int in_force_ = 0;       // the value the model holds from this field
    int before_typing_ = 0;  // in force when the current typing began
    wxString left_problem_;  // said when the field was left with text that could not be used
    wxBoxSizer* row_;
    wxButton* less_;
    wxButton* more_;
};

}  // namespace hep::gui
