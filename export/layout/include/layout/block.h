// Blocks of the handout: rows of drawing operations that the page flow places, keeps together
// and, when a block is taller than a page, continues on the next page under a repeated title.
#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "layout/document.h"
#include "layout/fonts.h"

namespace hep {

// One line (or other strip) of a block. Its ops are positioned in block coordinates: x on the
// page, y from the top of the block. keep_with_next holds it on the page of the row after it.
struct Row {
    double top = 0;
    double height = 0;
    std::vector<DrawOp> ops;
    bool keep_with_next = false;
};

struct Block {
    std::vector<Row> rows;
    double space_before = 0;           // dropped at the top of a page
    std::vector<Row> lead_in;          // placed before the block unless it starts a page
    std::vector<Row> continued_title;  // rows placed first on each page a split block goes on to

    double height() const;
};

// A piece of text in one face, part of a paragraph.
struct Span {
    std::string text;
    FontStyle font = FontStyle::Regular;
};

// Moves every position of an op by (dx, dy).
void translate(DrawOp& op, double dx, double dy);

// Where the baseline of text of a size lies below the top of a line line_height high: the
// regular face's ascent and descent centred in the line, as paragraphs place their lines.
double baselineInLine(double size, double line_height);

// Builds a block top to bottom: paragraphs wrapped into rows of lines, spacing, rules, boxes,
// and a float (a picture) beside which the text runs in a narrower column.
class BlockBuilder {
  public:
    // The text column: from x, width wide.
    BlockBuilder(double x, double width, double leading);

    double y() const { return y_; }
    double left() const { return x_; }  // the text column (inside a box: inside its padding)
    double right() const { return x_ + width_; }
    double width() const { return width_; }

    // Text wraps beside a float: from text_x, text_width wide, while the block's y is below
    // until_y; full width after.
    void setFloat(double text_x, double text_width, double until_y);
    // Ends the float: what follows uses the full column, and the rows so far keep together.
    void finishFloat();

    // A paragraph of spans wrapped at size. A marker ("1.", "•") hangs in front of the first
    // line, the text indented after it by indent. Lines of one paragraph keep together when
    // keep is set. gray colours the text.
    void paragraph(const std::vector<Span>& spans, double size, const std::string& marker = "",
                   double indent = 0, bool keep = false, double gray = 0);

    // Two columns side by side in halves of the column (gap between), each a list of
    // paragraphs, kept together.
    void columns(const std::vector<std::vector<Span>>& left,
                 const std::vector<std::vector<Span>>& right, double size, double gap);

    // Two builders for columns side by side in halves of the column here (gap between), and
    // their rows placed here side by side, kept together, in rows of line_height.
    // The left one takes left_share of the width without the gap (a half by default).
    std::pair<BlockBuilder, BlockBuilder> splitColumns(double gap, double left_share = 0.5) const;
    void joinColumns(const BlockBuilder& left, const BlockBuilder& right, double line_height);

    // The rows of another builder of the same column, placed from here on.
    void append(BlockBuilder&& other);

    // Empty space, as a row so that it can be dropped at nothing.
    void space(double height);

    // A horizontal rule across the column.
    void rule(double width, double gray);

    // Ops in block coordinates added to the last row (or to a new empty row when none).
    void attach(std::vector<DrawOp> ops);

    // Starts an outlined box: every row until closeBox draws the box's sides, so a box that is
    // split across pages stays outlined on each page.
    void openBox(double line_width, double padding);
    void closeBox();

    // Marks the last row to keep with the next (a heading with what follows it).
    void keepWithNext();
    // Marks every row so far to keep with the next: where the block is split (it is taller
    // than a page), all of it so far stays on one page with the row after it.
    void keepAllWithNext();

    // Indents the text column by dx (negative to undo).
    void indent(double dx);

    Block finish(double space_before = 0);

  private:
    struct Column {
        double x;
        double width;
    };
    Column columnAt(double y) const;
    Row& newRow(double height);

    double x_;
    double width_;
    double leading_;
    double y_ = 0;
    double float_x_ = 0, float_width_ = 0, float_until_ = -1;
    bool in_box_ = false;
    double box_line_ = 1, box_padding_ = 0, box_left_ = 0, box_right_ = 0;
    std::vector<Row> rows_;
};

// Splits a paragraph of spans into lines no wider than the widths given for each line (by
// line index). Words keep their face; a word wider than its line is broken between characters.
struct LaidOutLine {
    std::vector<std::pair<std::string, FontStyle>> pieces;  // words joined with single spaces
    double width = 0;
};
std::vector<LaidOutLine> breakSpans(const std::vector<Span>& spans, double size,
                                    const std::function<double(std::size_t)>& width_of_line);

// A paragraph's words measured once at one size, to count its lines at many widths (the
// arrangements of an exercise block are measured before one is built): lineCount(limit) is
// breakSpans(...).size() with every line limit wide. Both break lines by one rule, breakLines.
class MeasuredParagraph {
  public:
    MeasuredParagraph(const std::vector<Span>& spans, double size);
    std::size_t lineCount(double limit) const;

  private:
    friend std::vector<LaidOutLine> breakSpans(const std::vector<Span>&, double,
                                               const std::function<double(std::size_t)>&);
    // Places every word (with the space before it), or piece of a word too wide for its line,
    // in order: place(line index, spaced, text, font, width), spaced when a space goes before
    // the text. Returns the number of lines.
    template <class WidthOfLine, class Place>
    std::size_t breakLines(WidthOfLine width_of_line, Place place) const;

    struct Word {
        double width = 0;
        double space = 0;  // the width of the space before it, when there is one
        bool spaced = false;
        bool hard_break = false;
        FontStyle font = FontStyle::Regular;
        std::string text;
    };
    double size_;
    std::vector<Word> words_;
};

}  // namespace hep
