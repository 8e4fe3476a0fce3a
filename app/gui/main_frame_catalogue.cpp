// The window's catalogue and template actions: add an exercise, apply and save templates, edit
// and delete the therapist's own exercises.
#include "app/gui/main_frame.h"

#include <wx/aboutdlg.h>
#include <wx/choicdlg.h>
#include <wx/clipbrd.h>
#include <wx/config.h>
#include <wx/generic/printps.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/printdlg.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/textdlg.h>

#include <fstream>

#include "app/gui/catalogue_panel.h"
#include "app/gui/dialogs.h"
#include "app/gui/handout_printout.h"
#include "app/gui/help_dialogs.h"
#include "app/gui/preview_panel.h"
#include "app/gui/program_panel.h"
#include "app/gui/template_picker_dialog.h"
#include "app/gui/window_layout.h"
#include "app/gui/wx_text.h"
#include "core/errors.h"
#include "core/file_io.h"
#include "core/program_condition.h"
#include "core/program_from_template.h"
#include "core/program_summary.h"
#include "files/builtin_catalogue.h"
#include "files/program_file.h"
#include "images/image_decode.h"
#include "pdf/pdf_writer.h"

namespace hep::gui {

void MainFrame::addExercise(const std::string& id, long at) {
    try {
        Exercise exercise = services_.catalogue().get(id);
        std::size_t index;
        if (at >= 0) {
            index = std::min(static_cast<std::size_t>(at), editor_.program().items.size());
        } else {
            long selected = program_->selectedItem();
            index = selected < 0 ? editor_.program().items.size()
                                 : static_cast<std::size_t>(selected) + 1;
        }
        editor_.addExercise(exercise, index);
        program_->selectItem(static_cast<long>(index));
    } catch (const std::exception& e) {
        reportError(e, "The exercise was not added.");
    }
}

bool MainFrame::applyTemplate(const std::string& id, bool replace, bool use_instructions) {
    try {
        ProtocolTemplate t = services_.templates().get(id);
        const ExerciseLookup lookup = services_.catalogue().lookup();
        editor_.change("Apply template", [&](Program& p) {
            hep::applyTemplate(p, t, lookup,
                               {.replace = replace, .use_instructions = use_instructions});
        });
        program_->selectItem(0);
        return true;
    } catch (const std::exception& e) {
        reportError(e, "The template was not applied.");
        return false;
    }
}

void MainFrame::applyTemplateWithDialog() {
    const Program& p = editor_.program();
    TemplatePickerDialog picker(this, services_, !p.items.empty(), !p.instructions.empty());
    if (picker.ShowModal() == wxID_OK && !picker.templateId().empty()) {
        applyTemplate(picker.templateId(), picker.replaceExercises(), picker.useInstructions());
    }
}

std::string MainFrame::saveAsTemplate(const std::string& name, const std::string& description) {
    try {
        ProtocolTemplate t;
        t.name = name;
        t.description = description;
        t.condition = editor_.program().condition;
        t.instructions = editor_.program().instructions;
        t.items = editor_.program().items;
        // Custom exercises the program carries from another clinic join this catalogue with the
        // template, in one transaction: a template that fails its checks leaves none behind.
        std::vector<Exercise> carried;
        for (const auto& e : editor_.program().custom_exercises) {
            if (!services_.catalogue().find(e.id)) {
                carried.push_back(e);
            }
        }
        std::string id = services_.templates().save(t, std::move(carried));
        say("Saved the template \"" + wx(name) + "\"");
        return id;
    } catch (const std::exception& e) {
        reportError(e, "The template was not saved.");
        return {};
    }
}

void MainFrame::saveAsTemplateWithDialog() {
    wxTextEntryDialog dialog(this, "Name of the new template:", "Save as Template");
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    wxString name = dialog.GetValue().Strip(wxString::both);
    if (name.empty()) {
        prompts_->error(this, "A template needs a name.");
        return;
    }
    saveAsTemplate(utf8(name), "");
}

void MainFrame::manageTemplates() {
    showTemplateManager(this, services_, *prompts_);
}

void MainFrame::editExercise(bool create) {
    std::optional<Exercise> existing;
    if (!create) {
        existing = services_.catalogue().find(catalogue_->selectedId());
        if (!existing || existing->builtin) {
            prompts_->info(this,
                           "Select one of your own exercises in the catalogue to edit it. "
                           "Built-in exercises cannot be changed.");
            return;
        }
    }
    if (showExerciseEditor(this, services_, *prompts_, existing ? &*existing : nullptr)) {
        refreshPreviewNow();  // the catalogue hears of the change from the database
    }
}

bool MainFrame::deleteExercise(const std::string& id) {
    auto exercise = services_.catalogue().find(id);
    if (!exercise || exercise->builtin) {
        prompts_->info(this,
                       "Select one of your own exercises in the catalogue to delete it. "
                       "Built-in exercises cannot be deleted.");
        return false;
    }
    auto users = services_.catalogue().templatesUsing(id);
    if (!users.empty()) {
        wxString names;
        for (const auto& name : users) {
            names += "\n  " + wx(name);
        }
        prompts_->error(this,
                        "\"" + wx(exercise->name) + "\" cannot be deleted: " +
                            (users.size() == 1 ? "this template uses" : "these templates use") +
                            " it:" + names + "\n\nRemove it from them first.");
        return false;
    }
    if (!prompts_->confirm(this,
                           "Delete \"" + wx(exercise->name) +
                               "\" from the catalogue? Programs saved with it keep their copy.",
                           "Delete Exercise")) {
        return false;
    }
    try {
        services_.catalogue().removeCustom(id);
        say("Deleted the exercise \"" + wx(exercise->name) + "\"");
        return true;
    } catch (const std::exception& e) {
        reportError(e, "The exercise was not deleted.");
        return false;
    }
}

}  // namespace hep::gui
