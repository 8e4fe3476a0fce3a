// The pictures show the movement by themselves: the body drawn at the start and at the end
// differs by a clear share of its drawn area in every built-in figure (arrows do not count).
#include "layout/figure_change.h"

#include <gtest/gtest.h>

#include "figures/figure_catalogue.h"

namespace hep {
namespace {

TEST(FigureChange, StartAndEndDifferClearly) {
    for (const auto& pair : builtinFigures()) {
        EXPECT_GE(changedShare(layoutFigure(pair)), kClearChange) << pair.exercise_id;
    }
}

// The measure sees a change, and no change: a figure against itself changes nothing; a leg
// lifted high changes a good share.
TEST(FigureChange, MeasuresWhatMoves) {
    FigurePair pair = *builtinFigure("straight-leg-raise");
    EXPECT_GE(changedShare(layoutFigure(pair)), kClearChange);
    pair.poses[1] = pair.poses[0];
    EXPECT_EQ(changedShare(layoutFigure(pair)), 0.0);
}

}  // namespace
}  // namespace hep
