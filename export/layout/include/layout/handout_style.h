// The handout's page geometry and type sizes, from the paper and the print size.
#pragma once

#include "core/program.h"
#include "layout/document.h"

namespace hep {

struct HandoutStyle {
    PageSize paper = kLetter;
    double margin = 54;  // 0.75 in on every side; nothing is drawn outside
    double scale = 1;    // 18/14 in large print: every size below is multiplied by it

    double body = 14;            // steps, dose, safety text
    double small = 11;           // footer, sources, log entries; never under 10
    double title = 26;           // "Your home exercise program"
    double heading = 19;         // section headings
    double exercise_title = 16;  // "Exercise 1: Pelvic tilt"
    double message = 16;         // the main message
    double header = 12;          // clinic name and phone at the top of every page
    double leading = 1.3;        // line height as a multiple of the size (1.3 to 1.5)

    double contentLeft() const { return margin; }
    double contentRight() const { return paper.width - margin; }
    double contentWidth() const { return paper.width - 2 * margin; }
    double lineHeight(double size) const { return size * leading; }
};

HandoutStyle handoutStyle(const HandoutOptions& options);

}  // namespace hep
