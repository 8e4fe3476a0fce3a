// hep export and hep summary: the handout PDF and the clinical-note summary of a program.
#include <iostream>

#include "app/cli/commands.h"
#include "app/cli/program_source.h"
#include "core/errors.h"
#include "core/program_summary.h"
#include "files/builtin_catalogue.h"
#include "images/image_decode.h"
#include "layout/exercise_pictures.h"
#include "layout/handout_layout.h"
#include "pdf/pdf_writer.h"
#include "storage/catalogue_store.h"
#include "text/utf8.h"

namespace hep::cli {

int exportCommand(Context& context, Arguments& args) {
    auto out = args.option("o");
    auto paper = args.option("paper");
    auto log_weeks = args.option("log-weeks");
    auto logo = args.option("logo");
    bool large_print = args.flag("large-print");
    bool no_education = args.flag("no-education");
    ProgramSource source = readProgramSource(context, args);
    args.finish();
    if (!out) {
        throw UsageError("export needs -o OUT.pdf");
    }
    context.checkOutput(*out, source.files);
    Program& program = source.program;
    if (paper) {
        if (*paper != "letter" && *paper != "a4") {
            throw UsageError("--paper takes letter or a4, not \"" + *paper + "\"");
        }
        program.handout.paper = *paper == "a4" ? Paper::A4 : Paper::Letter;
    }
    if (log_weeks) {
        int weeks = parseInt("--log-weeks", *log_weeks);
        if (weeks < 0 || weeks > kMaxLogWeeks) {
            throw UsageError("--log-weeks takes 0 to 4, not " + *log_weeks);
        }
        program.handout.log_weeks = weeks;
    }
    program.handout.large_print = program.handout.large_print || large_print;
    program.handout.education = program.handout.education && !no_education;
    if (program.items.empty()) {
        throw InputError(source.name +
                         ": the program has no exercises; add at least one before "
                         "making a handout");
    }

    HandoutInputs inputs;
    inputs.text = builtinHandoutText();
    inputs.conditions = builtinConditions();
    inputs.lookup = context.lookup();
    inputs.creator = std::string("HEP Studio ") + HEP_VERSION;
    inputs.pictures = exercisePictures;
    if (logo) {
        inputs.logo = loadImageFile(*logo);
    }
    Handout handout = layoutHandout(program, inputs);
    for (const auto& warning : handout.warnings) {
        std::cerr << "warning: " << oneLineMessage(warning) << "\n";
    }
    writePdf(handout.document, *out);
    std::cerr << "Wrote " << handout.document.pages.size()
              << (handout.document.pages.size() == 1 ? " page" : " pages") << " to " << *out
              << "\n";
    return 0;
}

int summaryCommand(Context& context, Arguments& args) {
    ProgramSource source = readProgramSource(context, args);
    args.finish();
    std::cout << programSummary(source.program, context.lookup());
    return 0;
}

}  // namespace hep::cli
