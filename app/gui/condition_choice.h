// The program's condition on the handout tab: taken from the exercises, one of the catalogue's
// conditions, or none (the general safety box and no section about a condition).
#pragma once

#include <string>
#include <vector>

#include <wx/choice.h>

namespace hep::gui {

class ConditionChoice : public wxChoice {
  public:
    explicit ConditionChoice(wxWindow* parent);

    // Shows the program's own condition field ("", a condition id, or "none").
    void show(const std::string& condition);
    // The condition field the selection stands for.
    std::string chosen() const;
    // Names the condition the exercises share ("" for none) in the first entry.
    void showShared(const wxString& name);

  private:
    std::vector<std::string> ids_;  // entry i + 1 is ids_[i]; the last entry is "none"
};

}  // namespace hep::gui
