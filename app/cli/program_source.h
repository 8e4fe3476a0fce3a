// Where a command's program comes from: a program file, a template file, or --template ID
// from the catalogue (with --patient, --therapist and --date for the new program).
#pragma once

#include <string>

#include "app/cli/arguments.h"
#include "app/cli/commands.h"
#include "core/file_io.h"
#include "core/program.h"
#include "core/protocol_template.h"

namespace hep::cli {

struct ProgramSource {
    Program program;
    std::string name;             // the file, or "template ID", for messages
    std::vector<KeptFile> files;  // the file read, which an output must not replace
};

// Reads --template ID or a FILE word (plus --patient, --therapist, --date) from args.
ProgramSource readProgramSource(Context& context, Arguments& args);

// A new program from a template: its items, condition and instructions, with the definitions
// of the custom exercises it uses.
Program programFromTemplate(Context& context, const ProtocolTemplate& tmpl);

// Today's date as YYYY-MM-DD, local time.
std::string today();

}  // namespace hep::cli
