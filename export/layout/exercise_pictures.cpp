#include "layout/exercise_pictures.h"

#include "layout/figure_pictures.h"
#include "photo_pictures.h"

namespace hep {

std::vector<Picture> exercisePictures(const Exercise& exercise) {
    auto photos = photoPictures(exercise);
    return photos.empty() ? figurePictures(exercise) : photos;
}

}  // namespace hep
