#include "app/gui/preview_panel.h"

#include <wx/dcbuffer.h>
#include <wx/sizer.h>
#include <wx/wrapsizer.h>

namespace hep::gui {

PreviewPanel::PreviewPanel(wxWindow* parent) : wxPanel(parent) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    // Wraps to a second row in a narrow window rather than drawing controls over each other.
    auto* bar = new wxWrapSizer(wxHORIZONTAL);
    previous_ = new wxButton(this, wxID_ANY, "< Pre&vious", wxDefaultPosition, wxDefaultSize,
                             wxBU_EXACTFIT);
    next_ =
        new wxButton(this, wxID_ANY, "Ne&xt >", wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    auto* smaller = new wxButton(this, wxID_ZOOM_OUT, "Zoom &out", wxDefaultPosition, wxDefaultSize,
                                 wxBU_EXACTFIT);
    auto* larger = new wxButton(this, wxID_ZOOM_IN, "Zoom &in", wxDefaultPosition, wxDefaultSize,
                                wxBU_EXACTFIT);
    smaller->SetToolTip("Zoom out");
    larger->SetToolTip("Zoom in");
    page_label_ = new wxStaticText(this, wxID_ANY, "");
    bar->Add(previous_, 0, wxRIGHT | wxBOTTOM, 4);
    bar->Add(next_, 0, wxRIGHT | wxBOTTOM, 8);
    bar->Add(page_label_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT | wxBOTTOM, 12);
    bar->Add(smaller, 0, wxRIGHT | wxBOTTOM, 4);
    bar->Add(larger, 0, wxBOTTOM, 4);
    sizer->Add(bar, 0, wxEXPAND | wxALL, 6);

    canvas_ = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                   wxVSCROLL | wxHSCROLL | wxFULL_REPAINT_ON_RESIZE);
    canvas_->SetBackgroundStyle(wxBG_STYLE_PAINT);
    canvas_->SetScrollRate(16, 16);
    sizer->Add(canvas_, 1, wxEXPAND);
    SetSizer(sizer);

    canvas_->Bind(wxEVT_PAINT, [this](wxPaintEvent&) {
        wxAutoBufferedPaintDC dc(canvas_);
        canvas_->DoPrepareDC(dc);
        dc.SetBackground(wxBrush(wxColour(128, 128, 128)));
        dc.Clear();
        if (bitmap_.IsOk()) {
            int x = std::max(12, (canvas_->GetClientSize().GetWidth() - bitmap_.GetWidth()) / 2);
            dc.DrawBitmap(bitmap_, x, 12);
        }
    });
    canvas_->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        if (zoom_ <= 0) {
            CallAfter([this] { updatePage(); });
        }
    });
    previous_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (page_ > 0) {
            showPage(page_ - 1);
        }
    });
    next_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { showPage(page_ + 1); });
    smaller->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { zoomBy(1 / 1.2); });
    larger->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { zoomBy(1.2); });
    updatePage();
}

void PreviewPanel::setDocument(Document document) {
    document_ = std::move(document);
    if (page_ >= document_.pages.size()) {
        page_ = document_.pages.empty() ? 0 : document_.pages.size() - 1;
    }
    updatePage();
}

void PreviewPanel::showPage(std::size_t page) {
    if (page < document_.pages.size()) {
        page_ = page;
        updatePage();
    }
}

void PreviewPanel::zoomBy(double factor) {
    zoom_ = std::clamp(effectiveZoom() * factor, 0.3, 4.0);
    updatePage();
}

double PreviewPanel::effectiveZoom() const {
    if (zoom_ > 0 || document_.pages.empty()) {
        return zoom_ > 0 ? zoom_ : 1.0;
    }
    int width = canvas_->GetClientSize().GetWidth() - 24;
    return std::clamp(width / document_.pages[page_].width, 0.3, 4.0);
}

void PreviewPanel::updatePage() {
    const std::size_t count = document_.pages.size();
    bitmap_ = count > 0 ? painter_.render(document_, page_, effectiveZoom()) : wxBitmap();
    const wxString label = count > 0 ? wxString::Format("Page %zu of %zu", page_ + 1, count)
                                     : wxString("Add exercises to see the handout");
    if (label != page_label_->GetLabel()) {
        page_label_->SetLabel(label);
        Layout();  // a new width: the bar may wrap differently
    }
    previous_->Enable(page_ > 0);
    next_->Enable(page_ + 1 < count);
    if (bitmap_.IsOk()) {
        canvas_->SetVirtualSize(bitmap_.GetWidth() + 24, bitmap_.GetHeight() + 24);
    }
    canvas_->Refresh();
}

}  // namespace hep::gui
