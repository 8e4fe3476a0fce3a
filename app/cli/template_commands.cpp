// hep templates, hep template export|import and hep new: templates from the command line.
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/program_source.h"
#include "core/errors.h"
#include "core/file_io.h"
#include "files/program_file.h"
#include "storage/catalogue_store.h"
#include "storage/template_store.h"

namespace hep::cli {

int templatesCommand(Context& context, Arguments& args) {
    bool as_json = args.flag("json");
    args.finish();
    auto list = context.storage().templates().list();
    if (as_json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& t : list) {
            out.push_back({{"id", t.id},
                           {"name", t.name},
                           {"description", t.description},
                           {"items", t.item_count},
                           {"builtin", t.builtin}});
        }
        std::cout << nlohmann::json{{"count", list.size()}, {"templates", out}}.dump(2) << "\n";
        return 0;
    }
    for (const auto& t : list) {
        std::cout << t.id << "  " << t.name << "  (" << t.item_count
                  << (t.item_count == 1 ? " exercise" : " exercises")
                  << (t.builtin ? ", built in" : "") << ")\n";
    }
    std::cout << list.size() << (list.size() == 1 ? " template\n" : " templates\n");
    return 0;
}

int templateCommand(Context& context, Arguments& args) {
    std::string action = args.word("template action (export or import)");
    if (action == "export") {
        auto out = args.option("o");
        std::string id = args.word("template id");
        args.finish();
        if (!out) {
            throw UsageError("template export needs -o FILE");
        }
        context.checkOutput(*out);
        context.storage().templates().exportFile(id, *out);
        std::cerr << "Wrote the template \"" << id << "\" to " << *out << "\n";
        return 0;
    }
    if (action == "import") {
        std::string file = args.word("template file");
        args.finish();
        TemplateStore& store = context.storage().templates();
        std::string id = store.importFile(file);
        std::cout << "Imported the template \"" << store.get(id).name << "\" as " << id << "\n";
        return 0;
    }
    throw UsageError("unknown template action \"" + action + "\" (export or import)");
}

int newCommand(Context& context, Arguments& args) {
    auto out = args.option("o");
    ProgramSource source = readProgramSource(context, args);
    args.finish();
    if (!out) {
        throw UsageError("new needs -o FILE");
    }
    context.checkOutput(*out, source.files);
    writeFileAtomically(*out,
                        programToText(source.program, context.storage().catalogue().lookup()));
    std::cerr << "Wrote a program of " << source.program.items.size() << " exercises from "
              << source.name << " to " << *out << "\n";
    return 0;
}

}  // namespace hep::cli
