// The Document: pages of drawing operations at absolute positions, the hand-off from the layout
// to the PDF writer and to the screen preview.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "images/rgb_image.h"
#include "layout/font_style.h"

namespace hep {

// Coordinates: every position and length is in points (1/72 inch). The origin is the top-left
// corner of the page, x grows to the right and y grows DOWN (as on screen). The PDF writer flips
// y to PDF's bottom-left origin itself.
//
// Gray levels go from 0 (black) to 1 (white). Line widths are in points.

struct Point {
    double x = 0;
    double y = 0;
};

// One line of text, drawn as is (no wrapping: use wrapText first). x is the left end of the text,
// baseline the y of its baseline. The text is UTF-8 with only characters the font can draw
// (use replaceMissingGlyphs); the PDF writer refuses anything else.
struct TextRun {
    double x = 0;
    double baseline = 0;
    std::string text;
    FontStyle font = FontStyle::Regular;
    double size = 14;
    double gray = 0;
};

// A straight line with butt ends.
struct Line {
    double x1 = 0;
    double y1 = 0;
    double x2 = 0;
    double y2 = 0;
    double width = 1;
    double gray = 0;
};

// A rectangle, (x, y) its top-left corner. Outlined when strokeWidth > 0; filled only when
// fillGray is set (keep fills for small things such as tick boxes: they cost ink).
struct Rect {
    double x = 0;
    double y = 0;
    double w = 0;
    double h = 0;
    double strokeWidth = 1;
    double gray = 0;
    std::optional<double> fillGray;
};

// A polyline through the points with round caps and joins (stick figures); closed joins the last
// point back to the first. Draw separate strokes as separate Paths.
struct Path {
    std::vector<Point> points;
    double width = 1;
    double gray = 0;
    bool closed = false;
};

// A circle outline centred at (cx, cy).
struct Circle {
    double cx = 0;
    double cy = 0;
    double r = 0;
    double strokeWidth = 1;
    double gray = 0;
};

// An image from Document::images scaled into the box whose top-left corner is (x, y).
struct Image {
    double x = 0;
    double y = 0;
    double w = 0;
    double h = 0;
    std::string key;
};

using DrawOp = std::variant<TextRun, Line, Rect, Path, Circle, Image>;

struct PageSize {
    double width = 0;
    double height = 0;
};

inline constexpr PageSize kLetter{612, 792};
inline constexpr PageSize kA4{595.2756, 841.8898};  // 210 x 297 mm

// One page; ops are drawn in order, later ones on top.
struct Page {
    double width = kLetter.width;
    double height = kLetter.height;
    std::vector<DrawOp> ops;
};

// What the PDF says about itself. Empty strings are left out. Without a creation time the PDF
// writer uses SOURCE_DATE_EPOCH when it is set, else writes no date.
struct DocumentInfo {
    std::string title;
    std::string author;
    std::string subject;
    std::string creator;
    std::optional<std::chrono::sys_seconds> created;
};

struct Document {
    DocumentInfo info;
    // Images by key, each stored once however many Image ops draw it.
    std::map<std::string, RgbImage> images;
    std::vector<Page> pages;

    Page& addPage(PageSize size) {
        pages.push_back(Page{size.width, size.height, {}});
        return pages.back();
    }
};

}  // namespace hep
