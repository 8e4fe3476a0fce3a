// Fuzz target: random text in every field a therapist types (patient, clinic, instructions,
// notes, a custom exercise's name and steps) laid out as a handout and rendered to PDF. A program
// that passes the checks the window and the hep command apply must always print.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/exercise.h"
#include "core/program_check.h"
#include "files/builtin_catalogue.h"
#include "files/program_file.h"
#include "layout/exercise_pictures.h"
#include "layout/handout_layout.h"
#include "pdf/pdf_writer.h"
#include "tests/fuzz/fuzz_check.h"
#include "tests/support/handout_fixtures.h"

using namespace hep;

namespace {

// The input as fields separated by NUL bytes; missing fields are empty.
class Fields {
  public:
    explicit Fields(std::string_view data) : data_(data) {}
    std::string next() {
        if (pos_ > data_.size()) {
            return {};
        }
        std::size_t end = data_.find('\0', pos_);
        if (end == std::string_view::npos) {
            end = data_.size();
        }
        std::string field(data_.substr(pos_, end - pos_));
        pos_ = end + 1;
        return field;
    }

  private:
    std::string_view data_;
    std::size_t pos_ = 0;
};

// A custom exercise whose patient-facing text comes from the input.
Exercise customExercise(Fields& f) {
    Exercise e = builtinExercises().front();
    e.id = "fuzz-custom";
    e.builtin = false;
    e.name = f.next();
    e.purpose = f.next();
    e.steps = {f.next(), f.next(), f.next()};
    e.feel = f.next();
    e.stop_if = f.next();
    e.cautions = {f.next()};
    if (e.cautions.front().empty()) {
        e.cautions.clear();
    }
    return e;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) {
        return 0;
    }
    const unsigned flags = data[0];
    Fields f(std::string_view(reinterpret_cast<const char*>(data + 1), size - 1));

    Program p;
    p.title = f.next();
    p.patient = f.next();
    p.therapist = f.next();
    p.clinic = {f.next(), f.next(), f.next()};
    p.instructions = f.next();
    p.date = "2026-11-24";
    p.condition = "lumbar-spinal-stenosis";
    p.handout.paper = (flags & 1) ? Paper::A4 : Paper::Letter;
    p.handout.large_print = (flags & 2) != 0;
    p.handout.education = (flags & 4) != 0;
    p.handout.log_weeks = int((flags >> 3) % (kMaxLogWeeks + 1));
    Exercise custom = customExercise(f);
    p.custom_exercises.push_back(custom);
    p.items.push_back({custom.id, custom.default_dose, f.next(), {}});
    const auto& builtin = builtinExercises();
    const Exercise& other = builtin[(flags >> 6) % builtin.size()];
    p.items.push_back({other.id, other.default_dose, f.next(), {}});

    // What the window and `hep check` refuse never reaches the handout.
    if (!checkProgram(p).empty() || !checkExercise(custom).empty()) {
        return 0;
    }
    HandoutInputs inputs = test::builtinInputs();
    inputs.lookup = lookupIn(p.custom_exercises, fuzz::builtinLookup());
    inputs.pictures = exercisePictures;
    try {
        Handout handout = layoutHandout(p, inputs);
        fuzz::require(!handout.document.pages.empty(), "a handout without pages");
        auto pdf = renderPdf(handout.document);
        fuzz::require(pdf.size() > 1000, "a PDF of almost nothing");
    } catch (const std::exception& e) {
        fuzz::fail(std::string("a program that passed its checks did not print: ") + e.what());
    }
    return 0;
}
