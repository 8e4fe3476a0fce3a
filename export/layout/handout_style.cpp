#include "layout/handout_style.h"

namespace hep {

HandoutStyle handoutStyle(const HandoutOptions& options) {
    HandoutStyle s;
    s.paper = options.paper == Paper::A4 ? kA4 : kLetter;
    s.scale = options.large_print ? 18.0 / 14.0 : 1.0;
    s.body *= s.scale;
    s.small = options.large_print ? 13 : 11;
    // The title is large already: in large print it stays on one line, so that page 1 still
    // holds the safety box.
    s.heading *= s.scale;
    s.exercise_title *= s.scale;
    s.message *= s.scale;
    s.header = options.large_print ? 14 : 12;
    return s;
}

}  // namespace hep
