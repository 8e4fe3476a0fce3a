#include "tests/support/handout_checks.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "layout/fonts.h"
#include "layout/handout_style.h"
#include "layout/text_wrap.h"

namespace hep::test {

void expectInsideMargins(const Document& doc, const HandoutOptions& options,
                         const std::string& what) {
    const HandoutStyle s = handoutStyle(options);
    const double eps = 0.01;
    const double left = s.margin - eps, right = s.paper.width - s.margin + eps;
    const double top = s.margin - eps, bottom = s.paper.height - s.margin + eps;
    for (std::size_t p = 0; p < doc.pages.size(); ++p) {
        const Page& page = doc.pages[p];
        EXPECT_NEAR(page.width, s.paper.width, 0.01);
        for (const auto& op : page.ops) {
            std::string where = what + ", page " + std::to_string(p + 1);
            if (const auto* t = std::get_if<TextRun>(&op)) {
                const FontMetrics& font = fontMetrics(t->font);
                double width = font.textWidth(t->text, t->size);
                EXPECT_GE(t->x, left) << where << ": " << t->text;
                EXPECT_LE(t->x + width, right) << where << ": " << t->text;
                EXPECT_GE(t->baseline - font.ascent(t->size), top) << where << ": " << t->text;
                EXPECT_LE(t->baseline + font.descent(t->size), bottom) << where << ": " << t->text;
                EXPECT_GE(t->size, 10.0) << where << ": " << t->text;
                EXPECT_TRUE(findMissingGlyphs(t->text, font).empty()) << where << ": " << t->text;
            } else if (const auto* l = std::get_if<Line>(&op)) {
                EXPECT_GE(std::min(l->x1, l->x2), left) << where;
                EXPECT_LE(std::max(l->x1, l->x2), right) << where;
                EXPECT_GE(std::min(l->y1, l->y2), top) << where;
                EXPECT_LE(std::max(l->y1, l->y2), bottom) << where;
            } else if (const auto* r = std::get_if<Rect>(&op)) {
                EXPECT_GE(r->x, left) << where;
                EXPECT_LE(r->x + r->w, right) << where;
                EXPECT_GE(r->y, top) << where;
                EXPECT_LE(r->y + r->h, bottom) << where;
            }
        }
    }
}

}  // namespace hep::test
