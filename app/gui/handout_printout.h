// Printing a handout through the system's print dialog: the same Document the PDF is made of.
#pragma once

#include <wx/print.h>

#include "app/gui/document_painter.h"
#include "layout/document.h"

namespace hep::gui {

class HandoutPrintout : public wxPrintout {
  public:
    explicit HandoutPrintout(Document document, const wxString& title = "Home exercise program");

    bool OnPrintPage(int page) override;
    bool HasPage(int page) override;
    void GetPageInfo(int* min_page, int* max_page, int* from, int* to) override;

  private:
    Document document_;
    DocumentPainter painter_;
};

}  // namespace hep::gui
