// Tests of the preview's drawing under Xvfb: text drawn as wide as the handout measures it, so
// that the text after a bold label follows it at a space's distance, as in the PDF.
#include <gtest/gtest.h>
#include <wx/image.h>

#include <string>

#include "app/gui/document_painter.h"
#include "layout/fonts.h"

namespace hep::gui {
namespace {

constexpr double kScale = 3;  // pixels per point: a tenth of a point is still visible

// The x (in points) of the rightmost and leftmost dark pixels of a page drawn at kScale, or
// {-1, -1} on a blank page.
std::pair<double, double> inkSpan(const Document& document) {
    DocumentPainter painter;
    const wxImage image = painter.render(document, 0, kScale).ConvertToImage();
    int left = -1, right = -1;
    for (int y = 0; y < image.GetHeight(); ++y) {
        for (int x = 0; x < image.GetWidth(); ++x) {
            if (image.GetRed(x, y) < 128) {
                left = left < 0 ? x : std::min(left, x);
                right = std::max(right, x);
            }
        }
    }
    return {left / kScale, (right + 1) / kScale};
}

Document oneRun(const std::string& text, FontStyle font, double size, double x) {
    Document document;
    Page& page = document.addPage({612, 40});
    page.ops.emplace_back(std::in_place_type<TextRun>, TextRun{x, 28, text, font, size, 0});
    return document;
}

// A bold label and the text after it, as the handout places them: the blank between the label's
// ink and the text's is under two spaces (in the PDF a colon's or period's own side and the bold
// space make it about 1.5). The preview showed three to four spaces after bold labels ("Call
// 911 or go to the emergency room.   These are rare"), the toolkit's fonts coming in whole
// pixel sizes; the old painter fails 16 of these checks.
TEST(DocumentPainterTest, TheTextAfterABoldLabelFollowsAtASpace) {
    for (const double size : {11.0, 14.0, 18.0}) {
        const double space = fontMetrics(FontStyle::Regular).textWidth(" ", size);
        for (const std::string label :
             {"Call 911 or go to the emergency room.", "From your therapist:", "Stop if:"}) {
            const double next = 10 + fontMetrics(FontStyle::Bold).textWidth(label + " ", size);
            const double label_end = inkSpan(oneRun(label, FontStyle::Bold, size, 10)).second;
            const auto [text_start, text_end] =
                inkSpan(oneRun("These are rare", FontStyle::Regular, size, next));
            const std::string what = std::to_string(size) + " pt \"" + label + "\"";
            EXPECT_NEAR(inkSpan(oneRun(label, FontStyle::Bold, size, 10)).first, 10, size * 0.15)
                << what;
            EXPECT_GT(text_start - label_end, space * 0.5) << what;
            EXPECT_LT(text_start - label_end, space * 2) << what;
            // And the text ends where the handout ends it, less its last letter's side (and
            // hinting: about 2% of its width).
            const double text_width =
                fontMetrics(FontStyle::Regular).textWidth("These are rare", size);
            EXPECT_NEAR(text_end, next + text_width, size * 0.2) << what;
        }
    }
}

}  // namespace
}  // namespace hep::gui
