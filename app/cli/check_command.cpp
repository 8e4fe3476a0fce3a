// hep check: validates a program or template file and reports the reading grade of its custom
// text (notes, instructions, custom exercises).
#include <cstdio>
#include <iostream>

#include "app/cli/commands.h"
#include "core/program_advice.h"
#include "files/builtin_catalogue.h"
#include "files/program_file.h"
#include "storage/catalogue_store.h"
#include "text/readability.h"
#include "text/utf8.h"

namespace hep::cli {

namespace {

struct GradedText {
    std::string where;
    std::string text;
};

std::string gradeText(double grade) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.1f", grade);
    return buffer;
}

}  // namespace

int checkCommand(Context& context, Arguments& args) {
    std::string path = args.word("file to check");
    args.finish();
    CatalogueStore& catalogue = context.storage().catalogue();
    HepFile file = readHepFile(path, catalogue.lookup());

    const auto& items = file.kind == FileKind::Program ? file.program.items : file.template_.items;
    const auto& instructions =
        file.kind == FileKind::Program ? file.program.instructions : file.template_.instructions;
    std::vector<GradedText> texts;
    if (!instructions.empty()) {
        texts.push_back({"instructions", instructions});
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!items[i].note.empty()) {
            texts.push_back({"items[" + std::to_string(i) + "] (" + items[i].exercise_id + ") note",
                             items[i].note});
        }
    }
    for (std::size_t i = 0; i < file.custom_exercises.size(); ++i) {
        const auto& e = file.custom_exercises[i];
        texts.push_back(
            {"exercises[" + std::to_string(i) + "] (" + e.id + ") text", readableText(e)});
    }

    std::cout << path << ": ok, a " << (file.kind == FileKind::Program ? "program" : "template")
              << " of " << items.size() << (items.size() == 1 ? " exercise" : " exercises");
    if (!file.custom_exercises.empty()) {
        std::cout << " (" << file.custom_exercises.size() << " custom)";
    }
    std::cout << "\n";
    for (const auto& warning : file.warnings) {
        std::cout << "warning: " << oneLineMessage(warning) << "\n";
    }
    if (auto advice = programSizeAdvice(items.size())) {
        std::cout << "warning: " << path << ": " << *advice << "\n";
    }
    const std::string& condition =
        file.kind == FileKind::Program ? file.program.condition : file.template_.condition;
    if (auto advice = conditionAdvice(condition, builtinConditions())) {
        std::cout << "warning: " << path << ": the " << *advice << "\n";
    }
    auto lookup = lookupIn(file.custom_exercises, catalogue.lookup());
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (auto e = lookup(items[i].exercise_id)) {
            if (auto advice = doseUseAdvice(*e, items[i].dose)) {
                std::cout << "warning: " << path << ": items[" << i << "] (" << e->id
                          << "): " << *advice << "\n";
            }
        }
    }
    for (const auto& t : texts) {
        double grade = scoreText(t.text).grade;
        std::cout << "reading grade " << gradeText(grade) << ": " << t.where << "\n";
        if (grade > kHighestGrade) {
            std::cout << "warning: " << path << ": " << t.where << " reads at grade "
                      << gradeText(grade)
                      << ", above 8; shorter sentences and shorter words make it easier for "
                         "patients\n";
        }
    }
    return 0;
}

}  // namespace hep::cli
