#include "app/gui/document_painter.h"

#include <algorithm>
#include <cmath>

#include <wx/dcmemory.h>
#include <wx/image.h>

#include "app/gui/wx_text.h"
#include "layout/fonts.h"

namespace hep::gui {

namespace {

wxColour grayColour(double gray) {
    auto v = static_cast<unsigned char>(std::lround(std::clamp(gray, 0.0, 1.0) * 255.0));
    return wxColour(v, v, v);
}

// A run's text without its leading spaces, and where it starts once they are placed by the
// handout's metrics: wx's text drawing drops leading spaces, which ran a bold label into the
// value after it ("Date:December").
std::pair<double, std::string> placed(const TextRun& run) {
    const std::size_t start = run.text.find_first_not_of(' ');
    if (start == std::string::npos) {
        return {run.x, ""};
    }
    return {run.x + fontMetrics(run.font).textWidth(run.text.substr(0, start), run.size),
            run.text.substr(start)};
}

// DejaVu Sans at a point size with a fraction: the toolkit's own size in pixels is whole, and
// steps of a pixel made runs up to 7% wider or narrower than the handout measures them.
wxGraphicsFont graphicsFont(wxGraphicsContext& gc, double points, FontStyle face,
                            const wxColour& colour) {
    return gc.CreateFont(
        wxFont(wxFontInfo(points).FaceName("DejaVu Sans").Bold(face == FontStyle::Bold)), colour);
}

}  // namespace

const wxBitmap& DocumentPainter::bitmapFor(const Document& document, const std::string& key) {
    if (bitmaps_of_ != &document) {
        bitmaps_.clear();
        bitmaps_of_ = &document;
    }
    auto it = bitmaps_.find(key);
    if (it != bitmaps_.end()) {
        return it->second;
    }
    wxBitmap bitmap;
    auto found = document.images.find(key);
    if (found != document.images.end() && found->second.width > 0) {
        const RgbImage& rgb = found->second;
        wxImage image(rgb.width, rgb.height, false);
        std::copy(rgb.pixels.begin(), rgb.pixels.end(), image.GetData());
        bitmap = wxBitmap(image);
    }
    return bitmaps_.emplace(key, bitmap).first->second;
}

wxGraphicsContext& DocumentPainter::measuring() {
    if (!measure_) {
        measure_.reset(wxGraphicsRenderer::GetDefaultRenderer()->CreateMeasuringContext());
        measure_->Scale(kMeasureScale, kMeasureScale);
    }
    return *measure_;
}

wxGraphicsFont DocumentPainter::fontFor(wxGraphicsContext& gc, const TextRun& run) {
    // Text is measured at kMeasureScale whatever the zoom: at small zooms the toolkit rounds
    // each letter to whole pixels, and fits measured there made runs up to 15% larger or
    // smaller than the next.
    wxGraphicsContext& measure = measuring();
    // The size to ask for is found once per size with the regular face and serves both faces.
    const auto key = std::make_pair(std::lround(run.size * 100), static_cast<int>(run.font));
    const auto size_key = std::make_pair(key.first, static_cast<int>(FontStyle::Regular));
    auto found = font_sizes_.find(size_key);
    if (found == font_sizes_.end()) {
        const wxString sample = "Hold for 20 seconds. Do this 3 times on each side.";
        const double expected = fontMetrics(FontStyle::Regular).textWidth(utf8(sample), run.size);
        double asked = run.size * 0.75;            // points at the usual 96 pixels an inch
        for (int round = 0; round < 4; ++round) {  // converges in one or two rounds
            measure.SetFont(graphicsFont(measure, asked, FontStyle::Regular, *wxBLACK));
            double width = 0, height = 0;
            measure.GetTextExtent(sample, &width, &height);
            if (width <= 0 || std::abs(width - expected) < expected * 0.002) {
                break;
            }
            asked *= expected / width;
        }
        found = font_sizes_.emplace(size_key, asked).first;
    }
    // Hinting still draws a run (bold ones most) a little wider or narrower than the handout
    // measures it: each run is measured once and drawn a little smaller or larger, so that it
    // ends where the handout's next run starts (a gap opened after bold labels: "Call 911 or go
    // to the emergency room.   These are rare"). A run that ends within a tenth of its size of
    // there is left as it is: a short word made 6% smaller ("if:") showed a size smaller than
    // its line's, to save a gap of a point.
    const auto run_key = std::make_tuple(run.text, key.first, key.second);
    auto fit = run_fits_.find(run_key);
    if (fit == run_fits_.end()) {
        const std::string text = placed(run).second;
        const double expected = fontMetrics(run.font).textWidth(text, run.size);
        double factor = 1;
        for (int round = 0; round < 2; ++round) {  // the second corrects the hinting of the first
            measure.SetFont(graphicsFont(measure, found->second * factor, run.font, *wxBLACK));
            double width = 0, height = 0;
            measure.GetTextExtent(wx(text), &width, &height);
            if (round == 0 && std::abs(width - expected) < run.size * 0.1) {
                break;
            }
            factor = width > 0 ? std::clamp(factor * expected / width, 0.85, 1.15) : factor;
        }
        fit = run_fits_.emplace(run_key, factor).first;
    }
    return graphicsFont(gc, found->second * fit->second, run.font, grayColour(run.gray));
}

void DocumentPainter::paint(wxGraphicsContext& gc, const Document& document, std::size_t index,
                            double scale) {
    if (index >= document.pages.size()) {
        return;
    }
    const Page& page = document.pages[index];
    gc.PushState();
    gc.Scale(scale, scale);
    gc.SetBrush(*wxWHITE_BRUSH);
    gc.SetPen(*wxTRANSPARENT_PEN);
    gc.DrawRectangle(0, 0, page.width, page.height);
    gc.SetBrush(*wxTRANSPARENT_BRUSH);
    for (const auto& op : page.ops) {
        if (const auto* t = std::get_if<TextRun>(&op)) {
            const auto [x, text] = placed(*t);
            if (!text.empty()) {
                gc.SetFont(fontFor(gc, *t));
                gc.DrawText(wx(text), x, t->baseline - fontMetrics(t->font).ascent(t->size));
            }
        } else if (const auto* l = std::get_if<Line>(&op)) {
            wxGraphicsPenInfo pen(grayColour(l->gray), l->width);
            pen.Cap(wxCAP_BUTT);
            gc.SetPen(gc.CreatePen(pen));
            gc.StrokeLine(l->x1, l->y1, l->x2, l->y2);
        } else if (const auto* r = std::get_if<Rect>(&op)) {
            if (r->fillGray) {
                gc.SetBrush(wxBrush(grayColour(*r->fillGray)));
            } else {
                gc.SetBrush(*wxTRANSPARENT_BRUSH);
            }
            if (r->strokeWidth > 0) {
                gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(grayColour(r->gray), r->strokeWidth)));
            } else {
                gc.SetPen(*wxTRANSPARENT_PEN);
            }
            gc.DrawRectangle(r->x, r->y, r->w, r->h);
            gc.SetBrush(*wxTRANSPARENT_BRUSH);
        } else if (const auto* p = std::get_if<Path>(&op)) {
            if (p->points.empty()) {
                continue;
            }
            wxGraphicsPenInfo pen(grayColour(p->gray), p->width);
            pen.Cap(wxCAP_ROUND).Join(wxJOIN_ROUND);
            gc.SetPen(gc.CreatePen(pen));
            wxGraphicsPath path = gc.CreatePath();
            path.MoveToPoint(p->points[0].x, p->points[0].y);
            for (std::size_t i = 1; i < p->points.size(); ++i) {
                path.AddLineToPoint(p->points[i].x, p->points[i].y);
            }
            if (p->points.size() == 1) {
                path.AddLineToPoint(p->points[0].x, p->points[0].y);
            }
            if (p->closed) {
                path.CloseSubpath();
            }
            gc.StrokePath(path);
        } else if (const auto* c = std::get_if<Circle>(&op)) {
            gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(grayColour(c->gray), c->strokeWidth)));
            gc.DrawEllipse(c->cx - c->r, c->cy - c->r, 2 * c->r, 2 * c->r);
        } else if (const auto* img = std::get_if<Image>(&op)) {
            const wxBitmap& bitmap = bitmapFor(document, img->key);
            if (bitmap.IsOk()) {
                gc.DrawBitmap(bitmap, img->x, img->y, img->w, img->h);
            }
        }
    }
    gc.PopState();
}

void DocumentPainter::paint(wxDC& dc, const Document& document, std::size_t index, double scale) {
    if (index >= document.pages.size()) {
        return;
    }
    constexpr double kUnits = 10;  // logical units per point
    auto u = [](double points) { return static_cast<int>(std::lround(points * kUnits)); };
    const Page& page = document.pages[index];
    double old_x = 1, old_y = 1;
    dc.GetUserScale(&old_x, &old_y);
    dc.SetUserScale(scale / kUnits, scale / kUnits);
    dc.SetBackgroundMode(wxBRUSHSTYLE_TRANSPARENT);
    for (const auto& op : page.ops) {
        if (const auto* t = std::get_if<TextRun>(&op)) {
            wxFont font(wxFontInfo(t->size * kUnits)
                            .FaceName("DejaVu Sans")
                            .Bold(t->font == FontStyle::Bold));
            dc.SetFont(font);
            dc.SetTextForeground(grayColour(t->gray));
            double ascent = fontMetrics(t->font).ascent(t->size);
            const auto [x, text] = placed(*t);
            dc.DrawText(wx(text), u(x), u(t->baseline - ascent));
        } else if (const auto* l = std::get_if<Line>(&op)) {
            dc.SetPen(wxPen(grayColour(l->gray), std::max(1, u(l->width))));
            dc.DrawLine(u(l->x1), u(l->y1), u(l->x2), u(l->y2));
        } else if (const auto* r = std::get_if<Rect>(&op)) {
            dc.SetBrush(r->fillGray ? wxBrush(grayColour(*r->fillGray)) : *wxTRANSPARENT_BRUSH);
            dc.SetPen(r->strokeWidth > 0
                          ? wxPen(grayColour(r->gray), std::max(1, u(r->strokeWidth)))
                          : *wxTRANSPARENT_PEN);
            dc.DrawRectangle(u(r->x), u(r->y), u(r->w), u(r->h));
        } else if (const auto* p = std::get_if<Path>(&op)) {
            wxPen pen(grayColour(p->gray), std::max(1, u(p->width)));
            pen.SetCap(wxCAP_ROUND);
            pen.SetJoin(wxJOIN_ROUND);
            dc.SetPen(pen);
            std::vector<wxPoint> points;
            for (const auto& point : p->points) {
                points.emplace_back(u(point.x), u(point.y));
            }
            if (p->closed && !points.empty()) {
                points.push_back(points.front());
            }
            if (points.size() == 1) {
                points.push_back(points.front());
            }
            if (!points.empty()) {
                dc.DrawLines(static_cast<int>(points.size()), points.data());
            }
        } else if (const auto* c = std::get_if<Circle>(&op)) {
            dc.SetBrush(*wxTRANSPARENT_BRUSH);
            dc.SetPen(wxPen(grayColour(c->gray), std::max(1, u(c->strokeWidth))));
            dc.DrawCircle(u(c->cx), u(c->cy), u(c->r));
        } else if (const auto* img = std::get_if<Image>(&op)) {
            const wxBitmap& bitmap = bitmapFor(document, img->key);
            if (bitmap.IsOk()) {
                wxImage scaled =
                    bitmap.ConvertToImage().Scale(std::max(1, u(img->w)), std::max(1, u(img->h)));
                dc.DrawBitmap(wxBitmap(scaled), u(img->x), u(img->y));
            }
        }
    }
    dc.SetUserScale(old_x, old_y);
}

wxBitmap DocumentPainter::render(const Document& document, std::size_t index, double scale) {
    if (index >= document.pages.size()) {
        return {};
    }
    const Page& page = document.pages[index];
    wxBitmap bitmap(std::max(1, static_cast<int>(std::lround(page.width * scale))),
                    std::max(1, static_cast<int>(std::lround(page.height * scale))), 24);
    wxMemoryDC dc(bitmap);
    dc.SetBackground(*wxWHITE_BRUSH);
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (gc) {
        gc->SetAntialiasMode(wxANTIALIAS_DEFAULT);
        paint(*gc, document, index, scale);
    }
    dc.SelectObject(wxNullBitmap);
    return bitmap;
}

}  // namespace hep::gui
