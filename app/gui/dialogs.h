// The window's dialogs: managing templates, editing custom exercises, preferences.
#pragma once

#include <optional>
#include <string>

#include "app/gui/app_services.h"
#include "app/gui/preferences.h"
#include "app/gui/user_prompts.h"
#include "core/exercise.h"

class wxWindow;

namespace hep::gui {

// Manage Templates: the list of templates with Rename, Duplicate, Delete, Import from file and
// Export to file. Shipped templates cannot be renamed or deleted (their buttons say why).
void showTemplateManager(wxWindow* parent, AppServices& services, UserPrompts& prompts);

// New Exercise (existing == nullptr) or Edit Exercise: name, category, position, equipment,
// purpose, steps, "you should feel", "stop if", cautions and default dose, with the reading
// grade of the text shown as the therapist types and a warning above grade 8. Saves through the
// catalogue (addCustom/updateCustom) and returns the saved exercise, or nullopt when cancelled.
std::optional<Exercise> showExerciseEditor(wxWindow* parent, AppServices& services,
                                           UserPrompts& prompts, const Exercise* existing);

// Preferences: clinic name, phone, address and logo; therapist name and credentials; default
// paper, large print, log weeks; whether recent files show patient names. Returns true when
// the user pressed OK (preferences then holds the new values).
bool showPreferences(wxWindow* parent, Preferences& preferences);

}  // namespace hep::gui
