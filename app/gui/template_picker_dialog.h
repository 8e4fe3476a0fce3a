// Apply Template: the picker that lists every template, shows what the selected one holds, and
// asks how to apply it (replace or add after the program's exercises; whose general instructions).
#pragma once

#include <wx/dialog.h>

#include <optional>
#include <string>
#include <vector>

#include "app/gui/app_services.h"
#include "core/protocol_template.h"
#include "storage/template_store.h"

class wxButton;
class wxCheckBox;
class wxKeyEvent;
class wxListBox;
class wxRadioBox;
class wxStaticText;
class wxTextCtrl;

namespace hep::gui {

class TemplatePickerDialog : public wxDialog {
  public:
    // program_has_items: the program has exercises, so ask whether to replace them or add after
    // them. program_has_instructions: the program has general instructions of its own, so ask
    // before the template's replace them.
    TemplatePickerDialog(wxWindow* parent, AppServices& services, bool program_has_items,
                         bool program_has_instructions);

    // The choice. templateId is "" when there is no template to apply (none could be read).
    std::string templateId() const;
    // True when the program has no exercises (there is nothing to keep).
    bool replaceExercises() const;
    // True when the template has general instructions and either the program has none or the
    // user ticked the box.
    bool useInstructions() const;

    // Selects a template by id and shows it; false when no template has that id.
    bool selectTemplate(const std::string& id);
    const std::vector<TemplateSummary>& templates() const { return templates_; }

    // The controls, for tests. The radio box and the check box always exist; each is hidden
    // when it does not apply.
    wxListBox* names() { return names_; }
    wxTextCtrl* contents() { return contents_; }
    wxRadioBox* placement() { return placement_; }  // 0: replace, 1: add after
    wxCheckBox* instructionsBox() { return instructions_box_; }
    wxStaticText* instructionsNote() { return instructions_note_; }

  private:
    void showSelected();
    void updateInstructions();
    void apply();
    void fitToScreen();
    void onCharHook(wxKeyEvent& event);

    AppServices& services_;
    const bool program_has_items_;
    const bool program_has_instructions_;
    std::vector<TemplateSummary> templates_;
    std::optional<ProtocolTemplate> shown_;  // the selected template, when it could be read
    wxListBox* names_ = nullptr;
    wxTextCtrl* contents_ = nullptr;
    wxRadioBox* placement_ = nullptr;
    wxCheckBox* instructions_box_ = nullptr;
    wxStaticText* instructions_note_ = nullptr;
    wxButton* apply_ = nullptr;
};

}  // namespace hep::gui
