// Custom exercises' photos: kept as PNG, carried in files as base64, stored with the exercise.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "base64.h"
#include "core/errors.h"
#include "files/exercise_json.h"
#include "images/image_decode.h"
#include "images/photo.h"
#include "storage/sqlite_catalogue_store.h"
#include "storage/sqlite_template_store.h"
#include "tests/support/model_support.h"

namespace hep {
namespace {

std::string samplePng(int width, int height, unsigned char shade) {
    RgbImage image;
    image.width = width;
    image.height = height;
    image.pixels.assign(static_cast<std::size_t>(width) * height * 3, shade);
    for (int x = 0; x < width; ++x) {
        image.pixels[static_cast<std::size_t>(x) * 3] = static_cast<unsigned char>(x % 256);
    }
    return encodePng(image);
}

TEST(Base64, RoundTripsEveryLength) {
    std::string bytes;
    for (int n = 0; n < 70; ++n) {
        EXPECT_EQ(base64Decode(base64Encode(bytes)), bytes) << n;
        bytes += static_cast<char>(n * 37);
    }
    EXPECT_EQ(base64Encode("Man"), "TWFu");
    EXPECT_EQ(base64Encode("Ma"), "TWE=");
    EXPECT_EQ(base64Decode("TW\nFu"), "Man");
    EXPECT_FALSE(base64Decode("TW!u").has_value());
    EXPECT_FALSE(base64Decode("TWFuT").has_value());
    EXPECT_FALSE(base64Decode("TW=u").has_value());
}

TEST(Photos, ImportScalesAndKeepsPng) {
    std::string png = importPhoto(samplePng(3200, 1000, 90), "big.png");
    RgbImage back = decodeImage(png, "kept");
    EXPECT_EQ(back.width, 1600);
    EXPECT_EQ(back.height, 500);
    RgbImage small = photoForPrint(png, 600);
    EXPECT_EQ(small.width, 600);
}

TEST(Photos, TravelInExerciseJson) {
    Exercise e = test::sampleExercise("wall-push");
    e.photos = {importPhoto(samplePng(40, 30, 10), "a"), importPhoto(samplePng(30, 40, 200), "b")};
    nlohmann::json j = exerciseToJson(e);
    ASSERT_EQ(j["photos"].size(), 2u);
    EXPECT_EQ(exerciseFromJson(j, "x.json"), e);
}

TEST(Photos, BadPhotosInJsonNameTheField) {
    nlohmann::json j = exerciseToJson(test::sampleExercise("wall-push"));
    j["photos"] = {"not base64 !"};
    try {
        exerciseFromJson(j, "x.json");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "x.json (wall-push): field \"photos\" item 1 is not a picture in base64 form");
    }
    j["photos"] = {base64Encode("GIF89a not really")};
    try {
        exerciseFromJson(j, "x.json");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("x.json (wall-push): photos[0]: is a GIF image"),
                  std::string::npos)
            << e.what();
    }
    std::string png = base64Encode(samplePng(4, 4, 1));
    j["photos"] = {png, png, png};
    EXPECT_THROW(exerciseFromJson(j, "x.json"), InputError);
}

TEST(Photos, StoredWithTheExerciseAndCarriedByTemplates) {
    test::TempDir dir;
    Database db(dir / "hep.db");
    SqliteCatalogueStore catalogue(db);
    Exercise e = test::sampleExercise("wall-push");
    e.photos = {importPhoto(samplePng(64, 48, 30), "a")};
    catalogue.addCustom(e);
    EXPECT_EQ(catalogue.get("wall-push").photos, e.photos);
    e.photos.push_back(importPhoto(samplePng(48, 64, 220), "b"));
    catalogue.updateCustom(e);
    EXPECT_EQ(catalogue.get("wall-push").photos.size(), 2u);

    SqliteTemplateStore templates(db);
    ProtocolTemplate t;
    t.name = "Wall work";
    t.items = {{"wall-push", e.default_dose, "", {}}};
    std::string text = templates.exportText(templates.save(t));

    test::TempDir other_dir;
    Database other(other_dir / "other.db");
    SqliteTemplateStore(other).importText(text, "wall.json");
    EXPECT_EQ(SqliteCatalogueStore(other).get("wall-push").photos, e.photos);

    EXPECT_THROW(catalogue.removeCustom("wall-push"), InputError);  // the template uses it
    templates.remove("wall-work");
    catalogue.removeCustom("wall-push");
    EXPECT_FALSE(catalogue.find("wall-push").has_value());
}

}  // namespace
}  // namespace hep
