// hep exercise add and hep exercise photos: custom exercises and their photos for scripts.
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "core/errors.h"
#include "core/file_io.h"
#include "files/exercise_json.h"
#include "files/json_object.h"
#include "images/image_decode.h"
#include "images/photo.h"
#include "storage/catalogue_store.h"

namespace hep::cli {

namespace {

int addExercise(Context& context, Arguments& args) {
    auto photo_files = args.options("photo");
    std::string file = args.word("exercise file (JSON, as hep show --json prints)");
    args.finish();
    if (photo_files.size() > kMaxPhotos) {
        throw UsageError("at most 2 --photo (start and end)");
    }
    const nlohmann::json value = parseJson(readFile(file), file);
    Exercise e = exerciseFromJson(value, file);
    if (!photo_files.empty()) {
        e.photos.clear();
        for (const auto& photo : photo_files) {
            e.photos.push_back(importPhoto(photo));
        }
    }
    context.storage().catalogue().addCustom(e);
    std::cout << "Added the exercise \"" << e.name << "\" as " << e.id << " with "
              << e.photos.size() << (e.photos.size() == 1 ? " photo" : " photos") << "\n";
    return 0;
}

int listPhotos(Context& context, Arguments& args) {
    auto prefix = args.option("o");
    std::string id = args.word("exercise id");
    args.finish();
    Exercise e = context.storage().catalogue().get(id);
    const char* names[] = {"start", "finish"};
    for (std::size_t i = 0; i < e.photos.size(); ++i) {
        RgbImage image = decodeImage(e.photos[i].bytes(), id + " photo " + names[i]);
        std::cout << names[i] << ": " << image.width << " x " << image.height << " pixels, "
                  << (e.photos[i].size() + 1023) / 1024 << " KB PNG";
        if (prefix) {
            std::string out = *prefix + "-" + names[i] + ".png";
            context.checkOutput(out);
            writeFileAtomically(out, e.photos[i].bytes());
            std::cout << ", written to " << out;
        }
        std::cout << "\n";
    }
    if (e.photos.empty()) {
        std::cout << id << " has no photos\n";
    }
    return 0;
}

}  // namespace

int exerciseCommand(Context& context, Arguments& args) {
    std::string action = args.word("exercise action (add or photos)");
    if (action == "add") {
        return addExercise(context, args);
    }
    if (action == "photos") {
        return listPhotos(context, args);
    }
    throw UsageError("unknown exercise action \"" + action + "\" (add or photos)");
}

}  // namespace hep::cli
