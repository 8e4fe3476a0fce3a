#include "app/gui/catalogue_panel.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/gui/exercise_editor_text.h"
#include "app/gui/wx_text.h"
#include "core/dose_text.h"
#include "files/builtin_catalogue.h"
#include "layout/figure_pictures.h"

namespace hep::gui {

void ExerciseListModel::setResults(SearchResults results) {
    results_ = std::move(results);
    Reset(static_cast<unsigned>(results_.size()));
}

const wxBitmap& ExerciseListModel::thumbnail(const ExerciseSummary& summary) const {
    auto found = thumbnails_.find(summary.id);
    if (found != thumbnails_.end()) {
        return found->second;
    }
    wxBitmap bitmap;
    Exercise e;
    e.id = summary.id;
    e.builtin = summary.builtin;
    auto pictures = figurePictures(e);
    if (!pictures.empty() && pictures.back().draw) {
        Document document;
        Page& page = document.addPage({kThumbnailWidth, kThumbnailHeight});
        pictures.back().draw(page.ops, 1, 1, kThumbnailWidth - 2, kThumbnailHeight - 2);
        bitmap = painter_.render(document, 0, 1.0);
    }
    return thumbnails_.emplace(summary.id, bitmap).first->second;
}

void ExerciseListModel::GetValueByRow(wxVariant& value, unsigned row, unsigned column) const {
    if (row >= results_.size()) {
        value = wxString();
        return;
    }
    const ExerciseSummary& s = results_[row];
    if (column == 0) {
        wxString name = wx(s.name) + (s.builtin ? wxString() : wxString(" (custom)"));
        value << wxDataViewIconText(name, wxBitmapBundle(thumbnail(s)));
    } else {
        value = editor_text::plainWord(s.category);
    }
}

namespace {

wxChoice* vocabularyChoice(wxWindow* parent, const wxString& any,
                           const std::vector<std::string_view>& words) {
    auto* choice = new wxChoice(parent, wxID_ANY);
    choice->Append(any);
    for (auto w : words) {
        choice->Append(editor_text::plainWord(w));
    }
    choice->SetSelection(0);
    return choice;
}

// The catalogue word a filter choice picks ("" for its first entry, "any").
std::string filterWord(const wxChoice* choice, const std::vector<std::string_view>& words) {
    int index = choice->GetSelection();
    return index <= 0 ? std::string() : std::string(words[static_cast<std::size_t>(index - 1)]);
}

}  // namespace

CataloguePanel::CataloguePanel(wxWindow* parent, CatalogueStore& catalogue,
                               Topic<CatalogueChanged>& changes)
    : wxPanel(parent), catalogue_(catalogue) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* label = new wxStaticText(this, wxID_ANY, "&Find an exercise");
    label->SetFont(label->GetFont().Bold());
    sizer->Add(label, 0, wxALL, 6);
    search_ =
        new wxSearchCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    search_->ShowCancelButton(true);
    search_->SetDescriptiveText("Type a name or a word, e.g. knee");
    sizer->Add(search_, 0, wxEXPAND | wxLEFT | wxRIGHT, 6);

    auto* filters = new wxGridSizer(2, 4, 4);
    category_ = vocabularyChoice(this, "Any kind", categories());
    position_ = vocabularyChoice(this, "Any position", positions());
    equipment_ = vocabularyChoice(this, "Any equipment", equipmentKinds());
    condition_ = new wxChoice(this, wxID_ANY);
    condition_->Append("Any condition");
    for (const auto& c : builtinCatalogue().conditions) {
        condition_->Append(wx(c.name));
        condition_ids_.push_back(c.id);
    }
    condition_->SetSelection(0);
    filters->Add(category_, 1, wxEXPAND);
    filters->Add(position_, 1, wxEXPAND);
    filters->Add(equipment_, 1, wxEXPAND);
    filters->Add(condition_, 1, wxEXPAND);
    sizer->Add(filters, 0, wxEXPAND | wxALL, 6);

    list_ = new wxDataViewCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                               wxDV_SINGLE | wxDV_ROW_LINES);
    model_ = new ExerciseListModel;
    list_->AssociateModel(model_.get());
    list_->AppendIconTextColumn("Exercise", 0, wxDATAVIEW_CELL_INERT, 240);
    list_->AppendTextColumn("Kind", 1, wxDATAVIEW_CELL_INERT, 100);
    list_->SetRowHeight(ExerciseListModel::kThumbnailHeight + 4);
    sizer->Add(list_, 3, wxEXPAND | wxLEFT | wxRIGHT, 6);

    auto* add = new wxButton(this, wxID_ADD, "&Add to program");
    sizer->Add(add, 0, wxALL | wxALIGN_RIGHT, 6);
    details_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize,
                              wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);
    sizer->Add(details_, 2, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 6);
    SetSizer(sizer);

    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { refresh(); });
    search_->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) {
        search_->Clear();
        refresh();
    });
    // Enter adds the exercise shown selected, at once; the search text is selected so that the
    // next word typed starts a new search.
    search_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
        addSelected();
        search_->SelectAll();
    });
    search_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        if (e.GetKeyCode() == WXK_DOWN && !e.HasAnyModifiers() && model_->results().size() > 0) {
            list_->SetFocus();
            if (!list_->GetSelection().IsOk()) {
                list_->Select(model_->GetItem(0));
            }
            return;
        }
        e.Skip();
    });
    // Letters typed in the list go to the search field (not to the list's own find popup), and
    // Ctrl+F there finds too: the keys reach this handler before the list sees them.
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& e) {
        bool in_list = false;
        for (wxWindow* w = wxWindow::FindFocus(); w != nullptr; w = w->GetParent()) {
            in_list = in_list || w == list_;
        }
        const bool ctrl_f = e.GetModifiers() == wxMOD_CONTROL && e.GetKeyCode() == 'F';
        const wxChar typed = e.GetUnicodeKey();
        const bool letter = !e.HasAnyModifiers() && typed > ' ' && typed != WXK_DELETE;
        if (in_list && (ctrl_f || letter)) {
            focusSearch();
            if (letter) {
                search_->ChangeValue("");
                search_->WriteText(wxString(wxUniChar(e.GetUnicodeKey())).Lower());
            }
            return;
        }
        e.Skip();
    });
    for (auto* choice : {category_, position_, equipment_, condition_}) {
        choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { refresh(); });
    }
    list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { showDetails(); });
    list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { addSelected(); });
    list_->EnableDragSource(wxDF_UNICODETEXT);
    list_->Bind(wxEVT_DATAVIEW_ITEM_BEGIN_DRAG, [this](wxDataViewEvent& e) {
        unsigned row = model_->GetRow(e.GetItem());
        if (row >= model_->results().size()) {
            e.Veto();
            return;
        }
        e.SetDataObject(new wxTextDataObject(wx("hep-exercise:" + model_->results()[row].id)));
        e.SetDragFlags(wxDrag_CopyOnly);
    });
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addSelected(); });
    list_->Bind(wxEVT_DATAVIEW_ITEM_CONTEXT_MENU, [this](wxDataViewEvent& e) {
        if (e.GetItem().IsOk()) {
            list_->Select(e.GetItem());
            showDetails();
        }
        if (onListMenu) {
            onListMenu();
        }
    });
    subscription_ = changes.subscribe([this](const CatalogueChanged&) { refresh(true); });
    refresh();
}

void CataloguePanel::refresh(bool keep_selection) {
    SearchQuery query;
    query.text = utf8(search_->GetValue());
    query.category = filterWord(category_, categories());
    query.position = filterWord(position_, positions());
    query.equipment = filterWord(equipment_, equipmentKinds());
    const int condition = condition_->GetSelection();
    query.condition =
        condition <= 0 ? std::string() : condition_ids_[static_cast<std::size_t>(condition - 1)];
    const std::string was_selected = keep_selection ? selectedId() : std::string();
    model_->setResults(catalogue_.search(query));
    // The exercise that was selected stays selected when it is still found; else the best match.
    unsigned row = 0;
    for (unsigned i = 0; i < model_->results().size(); ++i) {
        if (model_->results()[i].id == was_selected) {
            row = i;
        }
    }
    if (model_->results().size() > 0) {
        list_->Select(model_->GetItem(row));
        list_->EnsureVisible(model_->GetItem(row));
    }
    showDetails();
}

void CataloguePanel::focusSearch() {
    search_->SetFocus();
    search_->SelectAll();
}

std::string CataloguePanel::selectedId() const {
    wxDataViewItem item = list_->GetSelection();
    if (!item.IsOk()) {
        return {};
    }
    unsigned row = model_->GetRow(item);
    return row < model_->results().size() ? model_->results()[row].id : std::string();
}

void CataloguePanel::showDetails() {
    std::string id = selectedId();
    auto e = id.empty() ? std::nullopt : catalogue_.find(id);
    if (!e) {
        details_->ChangeValue(model_->results().size() == 0
                                  ? "No exercise matches. Try fewer or shorter words."
                                  : "");
        return;
    }
    std::string text = e->name + "\n" + e->purpose + "\n\n";
    for (std::size_t i = 0; i < e->steps.size(); ++i) {
        text += std::to_string(i + 1) + ". " + e->steps[i] + "\n";
    }
    text += "\n" + feelLabel(*e) + " " + e->feel + "\nStop if: " + e->stop_if + "\n";
    for (const auto& caution : e->cautions) {
        text += "Take care: " + caution + "\n";
    }
    text += "\nUsual dose: " + doseText(e->default_dose, doseUse(*e)) + "\n";
    if (!e->therapist_alert.empty()) {
        text += "\nFor you: " + e->therapist_alert + "\n";
    }
    details_->ChangeValue(wx(text));
}

void CataloguePanel::addSelected() {
    std::string id = selectedId();
    if (!id.empty() && onAdd) {
        onAdd(id);
    }
}

}  // namespace hep::gui
