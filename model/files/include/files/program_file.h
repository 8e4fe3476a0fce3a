// Program and template files (PROGRAM_FORMAT.md): reading with checks that say where a problem
// is, and writing.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/exercise_lookup.h"
#include "core/program.h"
#include "core/protocol_template.h"

namespace hep {

inline constexpr int kFormatVersion = 1;

enum class FileKind { Program, Template };

struct HepFile {
    FileKind kind = FileKind::Program;
    Program program;                         // when kind is Program
    ProtocolTemplate template_;              // when kind is Template
    std::vector<Exercise> custom_exercises;  // the file's "exercises" (also in program)
    std::vector<std::string> warnings;       // unknown fields and other things worth a look
};

// Parses a program or template file. source names it in messages. Every item's exercise must be
// defined in the file or found by lookup; its missing dose fields take that exercise's default.
// Throws InputError with the file, item and field of the first problem.
HepFile parseHepFile(std::string_view text, const std::string& source,
                     const ExerciseLookup& lookup);

// readFile + parseHepFile.
HepFile readHepFile(const std::filesystem::path& path, const ExerciseLookup& lookup);

// The file text of a program or template (UTF-8 JSON, 2-space indent, newline at the end).
// Dose fields that the exercise's default sets but the item does not are written as null.
std::string programToText(const Program& program, const ExerciseLookup& lookup);
std::string templateToText(const ProtocolTemplate& tmpl, const std::vector<Exercise>& custom,
                           const ExerciseLookup& lookup);

}  // namespace hep
