// The catalogue side of the window: search as you type, filters, the list of matching exercises
// (a virtual list over the search results) and the full text of the selected one.
#pragma once

#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/panel.h>
#include <wx/srchctrl.h>
#include <wx/textctrl.h>

#include <functional>
#include <map>
#include <string>

#include "app/gui/document_painter.h"

#include "core/topic.h"
#include "storage/catalogue_store.h"

namespace hep::gui {

// Reads the rows of a SearchResults straight from the model: nothing is copied into the control.
class ExerciseListModel : public wxDataViewVirtualListModel {
  public:
    void setResults(SearchResults results);
    const SearchResults& results() const { return results_; }

    unsigned GetColumnCount() const override { return 2; }
    wxString GetColumnType(unsigned column) const override {
        return column == 0 ? "wxDataViewIconText" : "string";
    }
    void GetValueByRow(wxVariant& value, unsigned row, unsigned column) const override;
    bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }

    static constexpr int kThumbnailWidth = 60;
    static constexpr int kThumbnailHeight = 34;

  private:
    // The exercise's figure (its end pose) drawn small, made when its row is first shown.
    const wxBitmap& thumbnail(const ExerciseSummary& summary) const;

    SearchResults results_;
    mutable std::map<std::string, wxBitmap> thumbnails_;
    mutable DocumentPainter painter_;
};

class CataloguePanel : public wxPanel {
  public:
    // Runs its search again whenever the catalogue changes.
    CataloguePanel(wxWindow* parent, CatalogueStore& catalogue, Topic<CatalogueChanged>& changes);

    // Called with the id of an exercise the user adds (double-click, Enter or the button).
    std::function<void(const std::string& id)> onAdd;
    // Called when the user asks for the context menu of the list (right click, Menu key).
    std::function<void()> onListMenu;

    // Runs the search again; keep_selection keeps the selected exercise when it is still found.
    void refresh(bool keep_selection = false);
    void focusSearch();  // puts the keyboard in the search field, its text selected
    std::string selectedId() const;
    wxSearchCtrl* searchField() { return search_; }
    wxDataViewCtrl* list() { return list_; }
    wxChoice* kindFilter() { return category_; }
    wxChoice* conditionFilter() { return condition_; }
    std::size_t resultCount() const { return model_->results().size(); }

  private:
    void showDetails();
    void addSelected();

    CatalogueStore& catalogue_;
    Subscription subscription_;
    wxSearchCtrl* search_;
    wxChoice* category_;
    wxChoice* position_;
    wxChoice* equipment_;
    wxChoice* condition_;
    std::vector<std::string> condition_ids_;  // in the order of condition_'s entries after "any"
    wxDataViewCtrl* list_;
    wxObjectDataPtr<ExerciseListModel> model_;
    wxTextCtrl* details_;
};

}  // namespace hep::gui
