#include "layout/figure_pictures.h"

#include <map>
#include <memory>
#include <mutex>

#include "figures/figure_catalogue.h"
#include "layout/figure_renderer.h"

namespace hep {

namespace {

// The scene of a built-in figure, laid out on first use and kept.
std::shared_ptr<const FigureScene> builtinScene(const FigurePair& pair) {
    static std::mutex mutex;
    static std::map<const FigurePair*, std::shared_ptr<const FigureScene>> scenes;
    const std::lock_guard lock(mutex);
    auto& scene = scenes[&pair];
    if (!scene) {
        scene = std::make_shared<const FigureScene>(layoutFigure(pair));
    }
    return scene;
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
    std::shared_ptr<const FigureScene> scene = builtinScene(*pair);
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
