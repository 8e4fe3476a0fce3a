#include "tests/model/test_support.h"

#include <unistd.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace hep::test {

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "hep-test-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("mkdtemp failed");
    }
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ec);
    std::filesystem::remove_all(path_, ec);
}

void writeText(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out) {
        throw std::runtime_error("cannot write " + path.string());
    }
}

std::string readText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string fileBytes(const std::filesystem::path& path) { return readText(path); }

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

}  // namespace hep::test
