#include "photo_pictures.h"

#include <functional>
#include <map>
#include <mutex>

#include "images/image_decode.h"
#include "images/photo.h"

namespace hep {

namespace {

std::shared_ptr<const RgbImage> decodedPhoto(const std::string& png, std::string& key) {
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const RgbImage>> cache;  // by content hash
    key =
        "photo-" + std::to_string(std::hash<std::string>{}(png)) + "-" + std::to_string(png.size());
    std::lock_guard lock(mutex);
    auto found = cache.find(key);
    if (found == cache.end()) {
        if (cache.size() > 64) {
            cache.clear();
        }
        RgbImage image = photoForPrint(png);
        image.photographic = true;  // the PDF embeds it as JPEG
        found = cache.emplace(key, std::make_shared<const RgbImage>(std::move(image))).first;
    }
    return found->second;
}

}  // namespace

std::vector<Picture> photoPictures(const Exercise& exercise) {
    std::vector<Picture> pictures;
    for (std::size_t i = 0; i < exercise.photos.size() && i < 2; ++i) {
        Picture p;
        p.caption = i == 0 ? "Start" : "Finish";
        p.image = decodedPhoto(exercise.photos[i], p.image_key);
        if (p.image->height > 0) {
            p.aspect = static_cast<double>(p.image->width) / p.image->height;
        }
        pictures.push_back(std::move(p));
    }
    return pictures;
}

}  // namespace hep
