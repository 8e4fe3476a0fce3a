#include "layout/figure_pictures.h"

#include <memory>

#include "figures/figure_catalogue.h"
#include "layout/figure_renderer.h"

namespace hep {

namespace {

// The scenes of every built-in figure, in the order of builtinFigures(), laid out on first use.
const std::vector<std::shared_ptr<const FigureScene>>& builtinScenes() {
    static const std::vector<std::shared_ptr<const FigureScene>> scenes = [] {
        std::vector<std::shared_ptr<const FigureScene>> out;
        for (const auto& pair : builtinFigures()) {
            out.push_back(std::make_shared<const FigureScene>(layoutFigure(pair)));
        }
        return out;
    }();
    return scenes;
}

}  // namespace

std::vector<Picture> figurePictures(const Exercise& exercise) {
    if (!exercise.builtin) {
        return {};
    }
    const FigurePair* pair = builtinFigure(exercise.id);
    if (pair == nullptr) {
        return {};
    }
    const auto index = static_cast<std::size_t>(pair - builtinFigures().data());
    std::shared_ptr<const FigureScene> scene = builtinScenes().at(index);
    std::vector<Picture> pictures;
    for (int pose = 0; pose < 2; ++pose) {
        Picture picture;
        picture.caption = pair->captions[static_cast<std::size_t>(pose)];
        picture.aspect = scene->aspect();
        picture.draw = [scene, pose](std::vector<DrawOp>& out, double x, double y, double w,
                                     double h) { drawFigure(*scene, pose, out, x, y, w, h); };
        pictures.push_back(std::move(picture));
    }
    return pictures;
}

}  // namespace hep
