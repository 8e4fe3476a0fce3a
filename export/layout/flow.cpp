#include "layout/flow.h"

namespace hep {

Flow::Flow(Document& document, PageSize size, double bottom, PageStart start)
    : document_(document), size_(size), bottom_(bottom), start_(std::move(start)) {}

void Flow::newPage() {
    Page& page = document_.addPage(size_);
    top_ = y_ = start_(page);
    empty_ = true;
}

void Flow::place(const Row& row) {
    Page& page = document_.pages.back();
    const double dy = y_ - row.top;
    for (DrawOp op : row.ops) {
        translate(op, 0, dy);
        page.ops.push_back(std::move(op));
    }
    y_ += row.height;
    empty_ = false;
}

double Flow::chainHeight(const std::vector<Row>& rows, std::size_t from) const {
    double h = 0;
    for (std::size_t i = from; i < rows.size(); ++i) {
        h += rows[i].height;
        if (!rows[i].keep_with_next) {
            break;
        }
    }
    return h;
}

namespace {

double leadInHeight(const Block& block) {
    double height = 0;
    for (const auto& row : block.lead_in) {
        height += row.height;
    }
    return height;
}

}  // namespace

void Flow::add(const Block& block) {
    if (document_.pages.empty()) {
        newPage();
    }
    const double height = block.height();
    const double space = empty_ ? 0 : block.space_before + leadInHeight(block);
    if (y_ + space + height <= bottom_) {
        if (!empty_) {
            y_ += block.space_before;
            for (const auto& row : block.lead_in) {
                place(row);
            }
        }
        for (const auto& row : block.rows) {
            place(row);
        }
        return;
    }
    // Taller than any page, it is split wherever it starts: under what the page holds, rather
    // than leave the page's room empty.
    if (height > bottom_ - top_ && startHere(block)) {
        return;
    }
    if (!empty_) {
        newPage();
    }
    if (height <= bottom_ - top_) {
        for (const auto& row : block.rows) {
            place(row);
        }
        return;
    }
    rowByRow(block, true);
}

void Flow::addStartingHere(const Block& block) {
    const bool whole = !document_.pages.empty() &&
                       y_ + block.space_before + leadInHeight(block) + block.height() <= bottom_;
    if (whole || !startHere(block)) {
        add(block);
    }
}

bool Flow::startHere(const Block& block) {
    if (document_.pages.empty() || empty_ || block.rows.empty() ||
        y_ + block.space_before + leadInHeight(block) + chainHeight(block.rows, 0) > bottom_) {
        return false;
    }
    y_ += block.space_before;
    for (const auto& row : block.lead_in) {
        place(row);
    }
    rowByRow(block, false);
    return true;
}

void Flow::rowByRow(const Block& block, bool fresh) {
    // Row by row, keeping chained rows together where a page can hold them, with the block's
    // title repeated at the top of each page it continues on.
    for (std::size_t i = 0; i < block.rows.size(); ++i) {
        double need = chainHeight(block.rows, i);
        if (need > bottom_ - top_) {
            need = block.rows[i].height;
        }
        if (y_ + need > bottom_ && !fresh) {
            newPage();
            for (const auto& row : block.continued_title) {
                place(row);
            }
        }
        place(block.rows[i]);
        fresh = false;
    }
}

}  // namespace hep
