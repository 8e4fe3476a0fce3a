// How much memory 200 undo steps keep for a program with 10 photo exercises (each a start and an
// end photo of 100 KB): the heap in use after the edits, less the heap before. Prints one line;
// run as build/test/tests/bench/undo_memory. (Issue 14, item 8: photos as shared values.)
#include <malloc.h>

#include <cstdio>
#include <string>

#include "core/program_editor.h"
#include "tests/support/model_support.h"

int main() {
    using namespace hep;
    constexpr int kExercises = 10, kSteps = 200;
    constexpr std::size_t kPhotoBytes = std::size_t{100} * 1024;
    const std::size_t before = mallinfo2().uordblks;
    {
        Program program;
        for (int i = 0; i < kExercises; ++i) {
            Exercise e = test::sampleExercise("photo-" + std::to_string(i));
            e.builtin = false;
            e.photos = {std::string(kPhotoBytes, static_cast<char>('a' + i)),
                        std::string(kPhotoBytes, static_cast<char>('A' + i))};
            program.items.push_back({e.id, e.default_dose, "", {}});
            program.custom_exercises.push_back(e);
        }
        ProgramEditor editor;
        editor.reset(program);
        for (int step = 0; step < kSteps; ++step) {  // each a new undo step: a note each time
            editor.setNote(static_cast<std::size_t>(step % kExercises),
                           "Step " + std::to_string(step));
        }
        const std::size_t after = mallinfo2().uordblks;
        std::printf(
            "%d undo steps, %d exercises with 2 photos of %zu KB: %.1f MB kept (photos "
            "once: %.1f MB)\n",
            kSteps, kExercises, kPhotoBytes / 1024,
            static_cast<double>(after - before) / (1024.0 * 1024.0),
            2.0 * kExercises * kPhotoBytes / (1024.0 * 1024.0));
    }
    return 0;
}
