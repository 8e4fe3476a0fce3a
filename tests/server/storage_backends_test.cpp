// The storage's behaviour, the same on both backends: the built-in catalogue, custom exercises
// with photos, templates and their one-transaction saves, and the clinic's details.
#include <gtest/gtest.h>

#include "core/errors.h"
#include "files/builtin_catalogue.h"
#include "tests/server/server_fixture.h"
#include "tests/support/model_support.h"

namespace hep::test {
namespace {

class StorageBackends : public BackendTest {};

TEST_P(StorageBackends, StartWithTheBuiltInCatalogue) {
    Storage& s = storage();
    EXPECT_EQ(s.catalogue().count(), builtinCatalogue().exercises.size());
    EXPECT_EQ(s.templates().list().size(), builtinCatalogue().templates.size());
    for (const auto& e : builtinCatalogue().exercises) {
        EXPECT_EQ(s.catalogue().get(e.id), e) << e.id;
    }
    for (const auto& t : builtinCatalogue().templates) {
        EXPECT_EQ(s.templates().get(t.id), t) << t.id;
    }
    // A second client finds it set up and changes nothing.
    auto other = open();
    EXPECT_EQ(other->catalogue().count(), builtinCatalogue().exercises.size());
}

TEST_P(StorageBackends, KeepCustomExercisesWithTheirPhotos) {
    Storage& s = storage();
    Exercise mine = sampleExercise("wall-push");
    mine.photos = {PhotoBytes(std::string("\x89PNG start\0bytes", 16)), PhotoBytes("end")};
    s.catalogue().addCustom(mine);
    EXPECT_EQ(open()->catalogue().get("wall-push"), mine);  // another client reads it back
    mine.name = "Wall push, changed";
    mine.photos.pop_back();
    s.catalogue().updateCustom(mine);
    EXPECT_EQ(s.catalogue().get("wall-push"), mine);
    EXPECT_THROW(s.catalogue().addCustom(mine), InputError);  // the id is in use
    Exercise builtin = s.catalogue().get("bridge");
    EXPECT_THROW(s.catalogue().updateCustom(builtin), InputError);
    s.catalogue().removeCustom("wall-push");
    EXPECT_FALSE(s.catalogue().find("wall-push"));
}

TEST_P(StorageBackends, RefuseToRemoveAnExerciseATemplateUses) {
    Storage& s = storage();
    s.catalogue().addCustom(sampleExercise("wall-push"));
    ProtocolTemplate t;
    t.name = "Desk breaks";
    t.items = {{"wall-push", {}, "", {}}, {"bridge", {}, "", {}}};
    const std::string id = s.templates().save(t);
    try {
        s.catalogue().removeCustom("wall-push");
        ADD_FAILURE() << "an exercise a template uses was removed";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("Desk breaks"), std::string::npos) << e.what();
    }
    s.templates().rename(id, "Desk breaks, renamed");
    EXPECT_EQ(s.templates().get(id).name, "Desk breaks, renamed");
    const std::string copy = s.templates().duplicate(id, "Desk breaks 2");
    EXPECT_EQ(s.templates().get(copy).items, s.templates().get(id).items);
    s.templates().remove(id);
    s.templates().remove(copy);
    s.catalogue().removeCustom("wall-push");
    EXPECT_FALSE(s.templates().find(id));
}

TEST_P(StorageBackends, SaveATemplateWithItsNewExercisesAllOrNothing) {
    Storage& s = storage();
    ProtocolTemplate t;
    t.name = std::string(121, 'x');  // one character too long
    t.items = {{"own-stretch", {}, "", {}}};
    EXPECT_THROW(s.templates().save(t, {sampleExercise("own-stretch")}), InputError);
    EXPECT_FALSE(s.catalogue().find("own-stretch"));
    t.name = "Own stretch";
    const std::string id = s.templates().save(t, {sampleExercise("own-stretch")});
    EXPECT_TRUE(open()->catalogue().find("own-stretch"));
    EXPECT_EQ(open()->templates().get(id).items[0].exercise_id, "own-stretch");
}

TEST_P(StorageBackends, KeepTheClinicDetails) {
    Storage& s = storage();
    EXPECT_FALSE(s.clinic());
    const Clinic clinic{"Clínica Núñez", "555-0142", "12 Main St", "112"};
    s.setClinic(clinic);
    EXPECT_EQ(open()->clinic(), clinic);
    Clinic bad = clinic;
    bad.emergency_number.clear();
    EXPECT_THROW(s.setClinic(bad), InputError);
    EXPECT_EQ(s.clinic(), clinic);
}

TEST_P(StorageBackends, TellViewsOfChanges) {
    Storage& s = storage();
    int catalogue = 0;
    int templates = 0;
    auto a = s.catalogueChanges().subscribe([&](const CatalogueChanged&) { ++catalogue; });
    auto b = s.templateChanges().subscribe([&](const TemplatesChanged&) { ++templates; });
    s.catalogue().addCustom(sampleExercise("wall-push"));
    ProtocolTemplate t;
    t.name = "Two";
    t.items = {{"wall-push", {}, "", {}}};
    s.templates().save(t);
    EXPECT_EQ(catalogue, 1);
    EXPECT_EQ(templates, 1);
}

TEST_P(StorageBackends, CopyInAllOrNothing) {
    Storage& s = storage();
    ProtocolTemplate t;
    t.id = "desk";
    t.name = "Desk";
    t.items = {{"desk-push", {}, "", {}}};
    auto result = s.templates().copyIn({t}, {sampleExercise("desk-push")});
    EXPECT_EQ(result.exercises, std::vector<std::string>{"desk-push"});
    EXPECT_EQ(result.templates, std::vector<std::string>{"desk"});
    result = s.templates().copyIn({t}, {sampleExercise("desk-push")});
    EXPECT_EQ(result.already_here, 2u);
    EXPECT_TRUE(result.exercises.empty());
    // Two clashes and one new exercise: both named, nothing written.
    Exercise changed = sampleExercise("desk-push");
    changed.name = "Desk push, changed";
    t.name = "Desk, changed";
    try {
        s.templates().copyIn({t}, {changed, sampleExercise("new-one")});
        ADD_FAILURE() << "a copy with clashes was taken";
    } catch (const InputError& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("2 ids are already used"), std::string::npos) << message;
        EXPECT_NE(message.find("exercise \"desk-push\""), std::string::npos) << message;
        EXPECT_NE(message.find("template \"desk\""), std::string::npos) << message;
    }
    EXPECT_FALSE(s.catalogue().find("new-one"));
    EXPECT_EQ(s.templates().get("desk").name, "Desk");
}

INSTANTIATE_TEST_SUITE_P(Both, StorageBackends, ::testing::Values(Backend::Local, Backend::Server),
                         backendName);

}  // namespace
}  // namespace hep::test
