#include "tests/support/generated_exercises.h"

#include <iterator>
#include <random>
#include <string>

#include "tests/support/model_support.h"

namespace hep::test {

std::vector<Exercise> generatedExercises(int n) {
    const char* words[] = {"knee", "hip",   "back",  "calf",     "chest", "reach",   "lift",
                           "bend", "roll",  "press", "slide",    "step",  "march",   "twist",
                           "rock", "tilt",  "curl",  "squat",    "lunge", "stretch", "hold",
                           "wall", "chair", "band",  "towel",    "ball",  "side",    "front",
                           "heel", "toe",   "arm",   "shoulder", "neck",  "ankle",   "glute"};
    const auto n_words = std::size(words);
    std::mt19937 rng(42);
    std::vector<Exercise> batch;
    for (int i = 0; i < n; ++i) {
        Exercise e = test::sampleExercise("gen-" + std::to_string(i));
        e.name = std::string(words[rng() % n_words]) + " " + words[rng() % n_words] + " " +
                 words[rng() % n_words] + " " + std::to_string(i);
        e.name[0] = static_cast<char>(e.name[0] - 'a' + 'A');
        e.purpose = std::string("It helps your ") + words[rng() % n_words] + " and " +
                    words[rng() % n_words] + ".";
        e.steps = {std::string("Start with your ") + words[rng() % n_words] + ".",
                   std::string("Move your ") + words[rng() % n_words] + " slowly.",
                   "Come back to the start."};
        batch.push_back(std::move(e));
    }
    return batch;
}

}  // namespace hep::test
