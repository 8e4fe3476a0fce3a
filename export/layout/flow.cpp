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

void Flow::add(const Block& block) {
    if (document_.pages.empty()) {
        newPage();
    }
    const double height = block.height();
    double lead_in = 0;
    for (const auto& row : block.lead_in) {
        lead_in += row.height;
    }
    const double space = empty_ ? 0 : block.space_before + lead_in;
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
    if (height > bottom_ - top_ && !empty_ && !block.rows.empty() &&
        y_ + space + chainHeight(block.rows, 0) <= bottom_) {
        // Taller than any page, so split wherever it starts: it starts here, under what the
        // page holds, rather than leave the page's room empty.
        y_ += block.space_before;
        for (const auto& row : block.lead_in) {
            place(row);
        }
        rowByRow(block, false);
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
    if (document_.pages.empty() || empty_ || y_ + block.space_before + block.height() <= bottom_ ||
        block.rows.empty() || y_ + block.space_before + chainHeight(block.rows, 0) > bottom_) {
        add(block);
        return;
    }
    y_ += block.space_before;
    rowByRow(block, false);
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
