#include "tests/support/model_support.h"

#include "core/errors.h"
#include "files/builtin_catalogue.h"
#include "storage/database.h"

namespace hep::test {

Exercise sampleExercise(const std::string& id) {
    Exercise e;
    e.id = id;
    e.name = "Wall slide " + id;
    e.category = "strengthening";
    e.position = "standing";
    e.equipment = {"wall"};
    e.conditions = {"lumbar-spinal-stenosis"};
    e.purpose = "It makes your thighs strong.";
    e.steps = {"Stand with your back to a wall.", "Slide down a little.", "Slide back up."};
    e.feel = "your thighs working.";
    e.stop_if = "your knees hurt.";
    e.cautions = {"Keep your heels down."};
    e.default_dose.reps = 10;
    e.default_dose.times_per_day = 1;
    e.default_dose.days_per_week = 7;
    return e;
}

ExerciseLookup builtinLookup() {
    return lookupIn(builtinExercises());
}

std::string openError(const std::filesystem::path& database) {
    try {
        Database db(database);
    } catch (const StorageError& e) {
        return e.what();
    }
    return "";
}

}  // namespace hep::test
