// Draws a page of a handout Document on screen or paper, from the same Document the PDF is
// made of, so the preview and the printout match the PDF.
#pragma once

#include <wx/bitmap.h>
#include <wx/graphics.h>

#include <map>
#include <memory>
#include <string>
#include <tuple>

#include "layout/document.h"

namespace hep::gui {

class DocumentPainter {
  public:
    // Draws page `index` of the document with its top-left corner at the context's origin,
    // `scale` device units per point, on a white sheet.
    void paint(wxGraphicsContext& gc, const Document& document, std::size_t index, double scale);

    // The same on a plain device context (printers without a graphics context, such as the
    // PostScript one): positions are kept to a tenth of a point.
    void paint(wxDC& dc, const Document& document, std::size_t index, double scale);

    // The page as a bitmap, `scale` pixels per point.
    wxBitmap render(const Document& document, std::size_t index, double scale);

  private:
    const wxBitmap& bitmapFor(const Document& document, const std::string& key);
    // A graphics font that measures as the layout measured the run: toolkits differ in what a
    // font size means, and small sizes are not always linear, so each size is measured once.
    wxGraphicsFont fontFor(wxGraphicsContext& gc, const TextRun& run);
    // The context text is measured in, kMeasureScale pixels a point, made on first use.
    wxGraphicsContext& measuring();

    static constexpr double kMeasureScale = 4;
    std::unique_ptr<wxGraphicsContext> measure_;

    std::map<std::string, wxBitmap> bitmaps_;
    std::map<std::pair<long, int>, double> font_sizes_;  // (size in 1/100 pt, face) -> asked size
    // By how much to grow or shrink each run (text, size, face) so that it ends where the
    // handout's next run starts.
    std::map<std::tuple<std::string, long, int>, double> run_fits_;
    const Document* bitmaps_of_ = nullptr;
};

}  // namespace hep::gui
