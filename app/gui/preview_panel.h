// The preview: the handout's pages drawn from the same Document the PDF is made of, page by page,
// zoomable.
#pragma once

#include <wx/button.h>
#include <wx/panel.h>
#include <wx/scrolwin.h>
#include <wx/stattext.h>

#include "app/gui/document_painter.h"
#include "layout/document.h"

namespace hep::gui {

class PreviewPanel : public wxPanel {
  public:
    explicit PreviewPanel(wxWindow* parent);

    void setDocument(Document document);
    const Document& document() const { return document_; }
    std::size_t page() const { return page_; }
    void showPage(std::size_t page);
    void zoomBy(double factor);
    double zoom() const { return zoom_; }

  private:
    void updatePage();
    double effectiveZoom() const;

    Document document_;
    DocumentPainter painter_;
    std::size_t page_ = 0;
    double zoom_ = 0;  // pixels per point; 0 fits the page's width to the window
    wxBitmap bitmap_;
    wxScrolledWindow* canvas_;
    wxStaticText* page_label_;
    wxButton* previous_;
    wxButton* next_;
};

}  // namespace hep::gui
