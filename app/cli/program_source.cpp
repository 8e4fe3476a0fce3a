#include "app/cli/program_source.h"

#include <ctime>

#include "core/errors.h"
#include "core/program_check.h"
#include "core/program_from_template.h"
#include "files/program_file.h"
#include "storage/catalogue_store.h"
#include "storage/template_store.h"

namespace hep::cli {

std::string today() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[11];
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

Program newProgramFrom(Context& context, const ProtocolTemplate& tmpl) {
    Program program = programFromTemplate(tmpl, context.storage().catalogue().lookup());
    program.date = today();
    if (auto clinic = context.storage().clinic()) {
        program.clinic = *clinic;
    }
    return program;
}

ProgramSource readProgramSource(Context& context, Arguments& args) {
    auto template_id = args.option("template");
    auto patient = args.option("patient");
    auto therapist = args.option("therapist");
    auto date = args.option("date");
    ProgramSource source;
    if (template_id) {
        source.program = newProgramFrom(context, context.storage().templates().get(*template_id));
        source.name = "template " + *template_id;
    } else {
        std::string path = args.word("program file (or --template ID)");
        HepFile file = readHepFile(path, context.lookup());
        source.name = path;
        source.files.push_back({path, "the file being read"});
        if (file.kind == FileKind::Template) {
            ProtocolTemplate& t = file.template_;
            source.program = newProgramFrom(context, t);
            source.program.custom_exercises = file.custom_exercises;
        } else {
            source.program = std::move(file.program);
        }
    }
    if (patient) {
        source.program.patient = *patient;
    }
    if (therapist) {
        source.program.therapist = *therapist;
    }
    if (date) {
        source.program.date = *date;
    }
    if (auto problems = checkProgram(source.program); !problems.empty()) {
        // A problem with a value given on the command line names the option, not the source.
        const std::string& problem = problems.front();
        for (const auto& [field, given] : {std::pair{"patient ", patient.has_value()},
                                           std::pair{"therapist ", therapist.has_value()},
                                           std::pair{"date ", date.has_value()}}) {
            if (given && problem.starts_with(field)) {
                throw InputError("--" + problem);
            }
        }
        throw InputError(source.name + ": " + problem);
    }
    return source;
}

}  // namespace hep::cli
