// What the crash test's child saves for number N, so that the parent can check it whole.
#pragma once

#include <string>

#include "core/program.h"
#include "core/protocol_template.h"
#include "tests/support/model_support.h"

namespace hep::crash {

inline Exercise exerciseNumber(long n) {
    Exercise e = test::sampleExercise("crash-" + std::to_string(n));
    e.purpose = "It is number " + std::to_string(n) + ".";
    return e;
}

inline ProtocolTemplate templateNumber(long n) {
    ProtocolTemplate t;
    t.id = "crash-template-" + std::to_string(n);
    t.name = "Crash template " + std::to_string(n);
    t.description = std::string(static_cast<std::size_t>(n % 50) * 40, 'd');
    for (long i = 0; i < 3 + n % 5; ++i) {
        Exercise e = exerciseNumber(n);
        t.items.push_back({e.id, e.default_dose, "Note " + std::to_string(i), {}});
    }
    return t;
}

inline Program programNumber(long n) {
    Program p;
    p.patient = "Patient " + std::to_string(n);
    p.instructions = std::string(static_cast<std::size_t>(n % 79) * 50, 'i');
    Exercise e = exerciseNumber(n);
    p.custom_exercises = {e};
    p.items = {{e.id, e.default_dose, "", {}}};
    return p;
}

}  // namespace hep::crash
