// hep copy: moving a catalogue's own templates and custom exercises between a local file and a
// clinic server (either way, or file to file), all or nothing.
#include <iostream>

#include "app/cli/commands.h"
#include "core/errors.h"

namespace hep::cli {

int copyCommand(Context& /*context*/, Arguments& args) {
    const auto from = args.option("from");
    const auto to = args.option("to");
    args.finish();
    if (!from || !to) {
        throw UsageError("copy needs --from and --to (a database file or a postgresql:// URI)");
    }
    auto source = openStorage(*from);
    std::vector<Exercise> exercises;
    for (auto& e : source->catalogue().all()) {
        if (!e.builtin) {
            exercises.push_back(std::move(e));
        }
    }
    std::vector<ProtocolTemplate> templates;
    for (const auto& summary : source->templates().list()) {
        if (!summary.builtin) {
            templates.push_back(source->templates().get(summary.id));
        }
    }
    auto target = openStorage(*to);
    const auto result = target->templates().copyIn(templates, exercises);
    std::cout << "Copied " << result.exercises.size() << " custom exercise"
              << (result.exercises.size() == 1 ? "" : "s") << " and " << result.templates.size()
              << " template" << (result.templates.size() == 1 ? "" : "s") << " to "
              << target->description();
    if (result.already_here > 0) {
        std::cout << " (" << result.already_here << " already there, the same)";
    }
    std::cout << "\n";
    return 0;
}

}  // namespace hep::cli
