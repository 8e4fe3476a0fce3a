#include "app/gui/handout_printout.h"

#include <wx/dcmemory.h>
#include <wx/dcprint.h>
#include <wx/graphics.h>

#include <cmath>
#include <memory>

namespace hep::gui {

HandoutPrintout::HandoutPrintout(Document document, const wxString& title)
    : wxPrintout(title), document_(std::move(document)) {}

bool HandoutPrintout::HasPage(int page) {
    return page >= 1 && page <= static_cast<int>(document_.pages.size());
}

void HandoutPrintout::GetPageInfo(int* min_page, int* max_page, int* from, int* to) {
    *min_page = *from = 1;
    *max_page = *to = static_cast<int>(document_.pages.size());
}

bool HandoutPrintout::OnPrintPage(int page) {
    wxDC* dc = GetDC();
    if (dc == nullptr || !HasPage(page)) {
        return false;
    }
    const Page& p = document_.pages[static_cast<std::size_t>(page - 1)];
    // Map the page's points onto the paper so that one point is one point.
    FitThisSizeToPaper(
        wxSize(static_cast<int>(std::lround(p.width)), static_cast<int>(std::lround(p.height))));
    wxGraphicsContext* gc = nullptr;
    if (auto* printer_dc = dynamic_cast<wxPrinterDC*>(dc)) {
        gc = wxGraphicsContext::Create(*printer_dc);
    } else if (auto* memory_dc = dynamic_cast<wxMemoryDC*>(dc)) {
        gc = wxGraphicsContext::Create(*memory_dc);
    }
    double sx = 1, sy = 1;
    dc->GetUserScale(&sx, &sy);
    if (gc == nullptr) {  // e.g. PostScript: draw with the plain device context
        dc->SetUserScale(1, 1);
        painter_.paint(*dc, document_, static_cast<std::size_t>(page - 1), sx);
        dc->SetUserScale(sx, sy);
        return true;
    }
    std::unique_ptr<wxGraphicsContext> owner(gc);
    wxPoint origin = dc->GetDeviceOrigin();
    gc->Translate(origin.x, origin.y);
    painter_.paint(*gc, document_, static_cast<std::size_t>(page - 1), sx);
    return true;
}

}  // namespace hep::gui
