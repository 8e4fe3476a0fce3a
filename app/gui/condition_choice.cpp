#include "app/gui/condition_choice.h"

#include "app/gui/wx_text.h"
#include "core/program_condition.h"
#include "files/builtin_catalogue.h"

namespace hep::gui {

ConditionChoice::ConditionChoice(wxWindow* parent) : wxChoice(parent, wxID_ANY) {
    Append("From the exercises");
    for (const auto& c : builtinCatalogue().conditions) {
        Append(wx(c.name));
        ids_.push_back(c.id);
    }
    Append("None: general safety advice");
    ids_.emplace_back(kNoCondition);
    SetSelection(0);
    SetToolTip(
        "The condition decides the handout's safety box and its section about the condition");
}

void ConditionChoice::show(const std::string& condition) {
    if (condition.empty()) {
        SetSelection(0);
        return;
    }
    for (std::size_t i = 0; i < ids_.size(); ++i) {
        if (ids_[i] == condition) {
            SetSelection(static_cast<int>(i + 1));
            return;
        }
    }
    SetSelection(wxNOT_FOUND);  // a condition this catalogue does not know: left as it is
}

std::string ConditionChoice::chosen() const {
    const int i = GetSelection();
    return i <= 0 ? std::string() : ids_[static_cast<std::size_t>(i - 1)];
}

void ConditionChoice::showShared(const wxString& name) {
    SetString(0, name.empty() ? wxString("From the exercises (they share none)")
                              : "From the exercises: " + name);
}

}  // namespace hep::gui
