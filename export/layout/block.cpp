#include "layout/block.h"

#include <algorithm>
#include <cmath>

#include "layout/text_wrap.h"

namespace hep {

double Block::height() const {
    double h = 0;
    for (const auto& row : rows) {
        h += row.height;
    }
    return h;
}

void translate(DrawOp& op, double dx, double dy) {
    std::visit(
        [&](auto& o) {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, TextRun>) {
                o.x += dx;
                o.baseline += dy;
            } else if constexpr (std::is_same_v<T, Line>) {
                o.x1 += dx;
                o.x2 += dx;
                o.y1 += dy;
                o.y2 += dy;
            } else if constexpr (std::is_same_v<T, Path>) {
                for (auto& p : o.points) {
                    p.x += dx;
                    p.y += dy;
                }
            } else if constexpr (std::is_same_v<T, Circle>) {
                o.cx += dx;
                o.cy += dy;
            } else {  // Rect, Image
                o.x += dx;
                o.y += dy;
            }
        },
        op);
}

MeasuredParagraph::MeasuredParagraph(const std::vector<Span>& spans, double size) : size_(size) {
    std::size_t words = 0;  // reserved ahead: a word a span, after each space, per line break two
    for (const auto& span : spans) {
        for (char c : span.text) {
            words += c == ' ' ? 1 : c == '\n' ? 2 : 0;
        }
        ++words;
    }
    words_.reserve(words);
    bool pending_space = false;
    for (const auto& span : spans) {
        const FontMetrics& font = fontMetrics(span.font);
        const double space = font.textWidth(" ", size);
        const std::string& text = span.text;
        std::size_t begin = 0;  // of the word being read
        auto flush = [&](std::size_t end) {
            if (end > begin) {
                Word& word = words_.emplace_back();
                word.text.assign(text, begin, end - begin);
                word.width = font.textWidth(word.text, size);
                word.spaced = pending_space && words_.size() > 1;
                word.space = word.spaced ? space : 0;
                word.font = span.font;
                pending_space = false;
            }
        };
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '\n') {
                flush(i);
                words_.emplace_back().hard_break = true;
                pending_space = false;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                flush(i);
                pending_space = true;
            } else {
                continue;
            }
            begin = i + 1;
        }
        flush(text.size());
    }
}

// The line-breaking rule, the one place it is written: a word goes on the line when it fits
// there after its space; else it starts the next line; a word wider than its line is broken
// between characters, each piece on a line of its own, and the next word may follow the last.
template <class WidthOfLine, class Place>
std::size_t MeasuredParagraph::breakLines(WidthOfLine width_of_line, Place place) const {
    std::size_t line = 0;
    double width = 0;
    bool empty = true;  // the line holds nothing yet
    for (const auto& word : words_) {
        if (word.hard_break) {
            ++line;
            width = 0;
            empty = true;
            continue;
        }
        double limit = width_of_line(line);
        if (!empty && width + word.space + word.width <= limit) {
            place(line, word.spaced, word.text, word.font, word.space + word.width);
            width += word.space + word.width;
            continue;
        }
        if (!empty) {
            limit = width_of_line(++line);
        }
        empty = false;
        if (word.width <= limit) {
            place(line, false, word.text, word.font, word.width);
            width = word.width;
            continue;
        }
        const FontMetrics& font = fontMetrics(word.font);
        const auto pieces = wrapText(word.text, font, size_, limit);
        for (std::size_t i = 0; i < pieces.size(); ++i) {
            if (i > 0) {
                ++line;
            }
            width = font.textWidth(pieces[i], size_);
            place(line, false, pieces[i], word.font, width);
        }
    }
    return line == 0 && empty ? 0 : line + 1;
}

std::size_t MeasuredParagraph::lineCount(double limit) const {
    return breakLines([limit](std::size_t) { return limit; },
                      [](std::size_t, bool, const std::string&, FontStyle, double) {});
}

std::vector<LaidOutLine> breakSpans(const std::vector<Span>& spans, double size,
                                    const std::function<double(std::size_t)>& width_of_line) {
    std::vector<LaidOutLine> lines;
    const MeasuredParagraph paragraph(spans, size);
    const std::size_t count = paragraph.breakLines(
        width_of_line,
        [&](std::size_t index, bool spaced, const std::string& text, FontStyle font, double width) {
            if (lines.size() <= index) {
                lines.resize(index + 1);
            }
            auto& line = lines[index];
            if (line.pieces.empty() || line.pieces.back().second != font) {
                line.pieces.emplace_back(std::string(), font);
            }
            std::string& piece = line.pieces.back().first;
            if (spaced) {
                piece += ' ';
            }
            piece += text;
            line.width += width;
        });
    lines.resize(count);  // a paragraph may end in empty lines (hard breaks)
    return lines;
}

BlockBuilder::BlockBuilder(double x, double width, double leading)
    : x_(x), width_(width), leading_(leading) {}

void BlockBuilder::setFloat(double text_x, double text_width, double until_y) {
    float_x_ = text_x;
    float_width_ = text_width;
    float_until_ = until_y;
}

void BlockBuilder::finishFloat() {
    for (auto& row : rows_) {  // rows beside a float stay on its page
        if (row.top < float_until_) {
            row.keep_with_next = true;
        }
    }
    float_until_ = -1;
}

BlockBuilder::Column BlockBuilder::columnAt(double y) const {
    if (y < float_until_) {
        // Beside the float the column is what the main column and the float's text column share.
        double left = std::max(x_, float_x_);
        double right = std::min(x_ + width_, float_x_ + float_width_);
        return {left, right - left};
    }
    return {x_, width_};
}

Row& BlockBuilder::newRow(double height) {
    Row row;
    row.top = y_;
    row.height = height;
    if (in_box_) {
        row.ops.push_back(Line{box_left_, y_, box_left_, y_ + height, box_line_, 0});
        row.ops.push_back(Line{box_right_, y_, box_right_, y_ + height, box_line_, 0});
    }
    rows_.push_back(std::move(row));
    y_ += height;
    return rows_.back();
}

double baselineInLine(double size, double line_height) {
    const FontMetrics& regular = fontMetrics(FontStyle::Regular);
    const double ascent = regular.ascent(size);
    return (line_height - (ascent + regular.descent(size))) / 2 + ascent;
}

void BlockBuilder::paragraph(const std::vector<Span>& spans, double size, const std::string& marker,
                             double indent, bool keep, double gray) {
    const double line_height = size * leading_;
    // Line i starts at the block's y_ + i * line_height: its column follows from there.
    double start = y_;
    auto column = [&](std::size_t i) {
        return columnAt(start + static_cast<double>(i) * line_height);
    };
    auto lines = breakSpans(spans, size, [&](std::size_t i) { return column(i).width - indent; });
    if (lines.empty() && !marker.empty()) {
        lines.emplace_back();
    }
    const double baseline_offset = baselineInLine(size, line_height);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Column col = column(i);
        Row& row = newRow(line_height);
        row.keep_with_next = keep && i + 1 < lines.size();
        double baseline = row.top + baseline_offset;
        if (i == 0 && !marker.empty()) {
            row.ops.push_back(TextRun{col.x, baseline, marker, FontStyle::Bold, size, gray});
        }
        double x = col.x + indent;
        for (const auto& [text, font] : lines[i].pieces) {
            row.ops.push_back(TextRun{x, baseline, text, font, size, gray});
            x += fontMetrics(font).textWidth(text, size);
        }
    }
}

std::pair<BlockBuilder, BlockBuilder> BlockBuilder::splitColumns(double gap,
                                                                 double left_share) const {
    const Column col = columnAt(y_);
    const double left = (col.width - gap) * left_share;
    return {BlockBuilder(col.x, left, leading_),
            BlockBuilder(col.x + left + gap, col.width - gap - left, leading_)};
}

void BlockBuilder::joinColumns(const BlockBuilder& left, const BlockBuilder& right,
                               double line_height) {
    const double height = std::max(left.y_, right.y_);
    const auto n = static_cast<std::size_t>(std::ceil(height / line_height - 1e-6));
    if (n == 0) {
        return;
    }
    // The rows keep together, so every op can go with the first: the left side whole, then
    // the right one, which is also the order text is read back from the page.
    const double top = y_;
    for (std::size_t k = 0; k < n; ++k) {
        newRow(k + 1 < n ? line_height : height - line_height * static_cast<double>(n - 1))
            .keep_with_next = k + 1 < n;
    }
    Row& first = rows_[rows_.size() - n];
    for (const BlockBuilder* side : {&left, &right}) {
        for (const Row& row : side->rows_) {
            for (DrawOp op : row.ops) {
                translate(op, 0, top);
                first.ops.push_back(std::move(op));
            }
        }
    }
}

void BlockBuilder::columns(const std::vector<std::vector<Span>>& left,
                           const std::vector<std::vector<Span>>& right, double size, double gap) {
    auto [a, b] = splitColumns(gap);
    for (auto [side, paragraphs] : {std::pair{&a, &left}, std::pair{&b, &right}}) {
        for (std::size_t i = 0; i < paragraphs->size(); ++i) {
            if (i > 0) {
                side->space(size * 0.2);
            }
            side->paragraph((*paragraphs)[i], size);
        }
    }
    joinColumns(a, b, size * leading_);
}

void BlockBuilder::append(BlockBuilder&& other) {
    for (Row& row : other.rows_) {
        for (DrawOp& op : row.ops) {
            translate(op, 0, y_);
        }
        row.top += y_;
        rows_.push_back(std::move(row));
    }
    y_ += other.y_;
    other.rows_.clear();
    other.y_ = 0;
}

void BlockBuilder::space(double height) {
    newRow(height);
}

void BlockBuilder::rule(double width, double gray) {
    Row& row = newRow(width);
    row.ops.push_back(Line{x_, row.top + width / 2, x_ + width_, row.top + width / 2, width, gray});
}

void BlockBuilder::attach(std::vector<DrawOp> ops) {
    if (rows_.empty()) {
        newRow(0);
    }
    for (auto& op : ops) {
        rows_.back().ops.push_back(std::move(op));
    }
}

void BlockBuilder::openBox(double line_width, double padding) {
    box_line_ = line_width;
    box_padding_ = padding;
    box_left_ = x_ + line_width / 2;
    box_right_ = x_ + width_ - line_width / 2;
    Row& top = newRow(line_width);
    top.ops.push_back(
        Line{x_, top.top + line_width / 2, x_ + width_, top.top + line_width / 2, line_width, 0});
    top.keep_with_next = true;
    in_box_ = true;
    x_ += padding + line_width;
    width_ -= 2 * (padding + line_width);
    Row& pad = newRow(padding * 0.6);
    pad.keep_with_next = true;
}

void BlockBuilder::closeBox() {
    newRow(box_padding_ * 0.6);
    in_box_ = false;
    x_ -= box_padding_ + box_line_;
    width_ += 2 * (box_padding_ + box_line_);
    rows_[rows_.size() - 2].keep_with_next = true;
    Row& bottom = newRow(box_line_);
    bottom.ops.push_back(Line{x_, bottom.top + box_line_ / 2, x_ + width_,
                              bottom.top + box_line_ / 2, box_line_, 0});
}

void BlockBuilder::keepWithNext() {
    if (!rows_.empty()) {
        rows_.back().keep_with_next = true;
    }
}

void BlockBuilder::keepAllWithNext() {
    for (auto& row : rows_) {
        row.keep_with_next = true;
    }
}

void BlockBuilder::indent(double dx) {
    x_ += dx;
    width_ -= dx;
}

Block BlockBuilder::finish(double space_before) {
    if (y_ < float_until_) {  // the float reaches below the text: the block holds all of it
        space(float_until_ - y_);
    }
    for (auto& row : rows_) {  // rows beside a float stay on its page
        if (row.top < float_until_ && &row != &rows_.back()) {
            row.keep_with_next = true;
        }
    }
    float_until_ = -1;
    Block block;
    block.rows = std::move(rows_);
    block.space_before = space_before;
    rows_.clear();
    y_ = 0;
    return block;
}

}  // namespace hep
