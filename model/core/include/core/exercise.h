// An exercise of the catalogue: what the patient reads about it and its default dose.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/dose.h"
#include "core/photo_bytes.h"

namespace hep {

// The closed vocabularies of the catalogue. Files name them by these words.
const std::vector<std::string_view>& categories();      // mobility, strengthening, ...
const std::vector<std::string_view>& positions();       // lying-back, sitting, ...
const std::vector<std::string_view>& equipmentKinds();  // none, mat, chair, ...

// How an exercise is used: on the days its dose says; once, as a test (the first time with the
// therapist); or as needed, a rest position held until the symptoms ease.
enum class ExerciseUse { Regular, OneTime, AsNeeded };

struct Exercise {
    std::string id;  // stable slug: "pelvic-tilt"
    std::string name;
    std::string category;
    std::string position;
    std::vector<std::string> equipment;           // needed; {"none"} for none
    std::vector<std::string> optional_equipment;  // may be used ("band" for a clamshell)
    std::vector<std::string> conditions;          // condition tags: "lumbar-spinal-stenosis"
    std::string purpose;                          // one line on why it helps
    std::vector<std::string> steps;               // 3 to 7 short action sentences
    std::string feel;                             // printed after feelLabel()
    std::string stop_if;                          // printed after "Stop if:"
    std::vector<std::string> cautions;            // short sentences printed with the steps
    std::string therapist_alert;  // shown to the therapist only, e.g. for an extension trial
    Dose default_dose;
    // A one-time test's dose says "up to" and "only 1 time"; an as-needed one's says "up to" and
    // "whenever you need it"; the handout's log leaves both out.
    ExerciseUse use = ExerciseUse::Regular;
    std::vector<PhotoBytes> photos;  // the therapist's own pictures as PNG files: start, end
    bool builtin = false;

    bool operator==(const Exercise&) const = default;
};

// The label in front of what the patient feels: "You may feel:" for a test (it looks for
// symptoms), "You should feel:" otherwise.
std::string feelLabel(const Exercise& exercise);

// The patient-facing text of an exercise as sentences, as the patient reads it ("You should
// feel ...", "Stop if ..."), for reading-level checks.
std::string readableText(const Exercise& exercise);

// Limits on the text of an exercise (documented in README.md).
inline constexpr std::size_t kMaxNameLength = 120;
inline constexpr std::size_t kMaxLineLength = 600;  // purpose, a step, feel, stop-if, caution
inline constexpr std::size_t kMinSteps = 3;
inline constexpr std::size_t kMaxSteps = 7;
inline constexpr std::size_t kMaxCautions = 5;
inline constexpr std::size_t kMaxPhotos = 2;

// A problem with one field of an exercise, e.g. {"steps", "has 9 steps; at most 7 are allowed"}.
struct ExerciseProblem {
    std::string field;
    std::string message;
};

// What is wrong with an exercise definition (ids, vocabularies, lengths, step count, dose).
std::vector<ExerciseProblem> checkExercise(const Exercise& exercise);

// True for a slug of lowercase letters, digits and single hyphens, 1 to 64 characters.
bool isValidId(std::string_view id);

}  // namespace hep
