// Program and template files (PROGRAM_FORMAT.md): reading with checks that say where a problem
// is, and writing.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/program.h"
#include "model/protocol_template.h"

namespace hep {

inline constexpr int kFormatVersion = 1;

// Finds an exercise of the catalogue by id (built-in or custom); nullopt when there is none.
using ExerciseLookup = std::function<std::optional<Exercise>(const std::string& id)>;

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

// A lookup over a list of exercises, then over fallback when given.
ExerciseLookup lookupIn(const std::vector<Exercise>& exercises, ExerciseLookup fallback = {});

// What is wrong with a program's own fields (names, date, lengths, items, doses), as messages
// that name the field; empty when it can be saved.
std::vector<std::string> checkProgram(const Program& program);

}  // namespace hep
