// Places blocks on pages top to bottom: a block that fits stays whole, one that does not starts
// a new page, and one taller than a page starts where its first rows fit and continues on the
// next pages under its repeated title.
#pragma once

#include <functional>

#include "layout/block.h"
#include "layout/document.h"

namespace hep {

class Flow {
  public:
    // start draws what every page carries at its top (the header) and returns the y where the
    // content starts; content ends at bottom.
    using PageStart = std::function<double(Page&)>;
    Flow(Document& document, PageSize size, double bottom, PageStart start);

    void add(const Block& block);
    // Like add, but a block that does not fit in the room left starts here all the same when
    // its first rows (those kept together) fit, and goes on to the next page under its repeated
    // title (the safety box on page 1, a long list at a glance).
    void addStartingHere(const Block& block);
    void newPage();
    // The height left on the current page.
    double room() const { return bottom_ - y_; }

  private:
    void place(const Row& row);
    double chainHeight(const std::vector<Row>& rows, std::size_t from) const;
    // When the page holds something and the block's first rows (those kept together) fit under
    // it, places the block from here on, going on to new pages as they fill; else places
    // nothing and returns false.
    bool startHere(const Block& block);
    // Places the rows of a block from here on, going on to new pages as they fill; fresh: the
    // page holds nothing yet.
    void rowByRow(const Block& block, bool fresh);

    Document& document_;
    PageSize size_;
    double bottom_;
    PageStart start_;
    double top_ = 0;
    double y_ = 0;
    bool empty_ = true;
};

}  // namespace hep
