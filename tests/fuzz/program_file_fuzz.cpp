// Fuzz target: any bytes as a program or template file. The reader either refuses them with an
// InputError or gives a file that writes and reads back to the same program or template.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/errors.h"
#include "core/program_check.h"
#include "files/program_file.h"
#include "tests/fuzz/fuzz_check.h"

using namespace hep;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    HepFile file;
    try {
        file = parseHepFile(text, "fuzz.hep", fuzz::builtinLookup());
    } catch (const InputError& e) {
        fuzz::require(std::string_view(e.what()).find("fuzz.hep") != std::string_view::npos,
                      std::string("message does not name the file: ") + e.what());
        return 0;
    }
    // What was read must survive a save and a second read unchanged.
    auto lookup = lookupIn(file.custom_exercises, fuzz::builtinLookup());
    std::string written;
    if (file.kind == FileKind::Program) {
        checkProgram(file.program);
        written = programToText(file.program, lookup);
    } else {
        written = templateToText(file.template_, file.custom_exercises, lookup);
    }
    HepFile again;
    try {
        again = parseHepFile(written, "written.hep", fuzz::builtinLookup());
    } catch (const InputError& e) {
        fuzz::fail(std::string("a written file does not read back: ") + e.what() + "\n" + written);
    }
    fuzz::require(again.kind == file.kind, "the kind changed on the way back");
    if (file.kind == FileKind::Program) {
        fuzz::require(again.program == file.program,
                      "the program changed on the way back\n" + written);
    } else {
        fuzz::require(again.template_ == file.template_,
                      "the template changed on the way back\n" + written);
    }
    fuzz::require(again.custom_exercises == file.custom_exercises,
                  "the custom exercises changed on the way back\n" + written);
    return 0;
}
