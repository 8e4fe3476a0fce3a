// hep templates, hep template export|import and hep new: templates from the command line.
#include <ctime>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "model/catalogue_store.h"
#include "model/errors.h"
#include "model/file_io.h"
#include "model/program_file.h"
#include "model/template_store.h"

namespace hep::cli {

namespace {

std::string today() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[11];
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

}  // namespace

int templatesCommand(Context& context, Arguments& args) {
    bool as_json = args.flag("json");
    args.finish();
    auto list = TemplateStore(context.database()).list();
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
        TemplateStore(context.database()).exportFile(id, *out);
        std::cerr << "Wrote the template \"" << id << "\" to " << *out << "\n";
        return 0;
    }
    if (action == "import") {
        std::string file = args.word("template file");
        args.finish();
        TemplateStore store(context.database());
        std::string id = store.importFile(file);
        std::cout << "Imported the template \"" << store.get(id).name << "\" as " << id << "\n";
        return 0;
    }
    throw UsageError("unknown template action \"" + action + "\" (export or import)");
}

int newCommand(Context& context, Arguments& args) {
    auto template_id = args.option("template");
    auto out = args.option("o");
    auto patient = args.option("patient");
    auto therapist = args.option("therapist");
    auto date = args.option("date");
    args.finish();
    if (!template_id) {
        throw UsageError("new needs --template ID");
    }
    if (!out) {
        throw UsageError("new needs -o FILE");
    }
    Database& db = context.database();
    CatalogueStore catalogue(db);
    ProtocolTemplate t = TemplateStore(db).get(*template_id);
    Program program;
    program.patient = patient.value_or("");
    program.therapist = therapist.value_or("");
    program.date = date.value_or(today());
    program.condition = t.condition;
    program.instructions = t.instructions;
    program.items = t.items;
    for (const auto& item : t.items) {
        auto e = catalogue.find(item.exercise_id);
        if (e && !e->builtin) {
            program.custom_exercises.push_back(*e);
        }
    }
    if (auto problems = checkProgram(program); !problems.empty()) {
        throw InputError("The new program: " + problems.front());
    }
    writeFileAtomically(*out, programToText(program, catalogue.lookup()));
    std::cerr << "Wrote a program of " << program.items.size() << " exercises from \"" << t.name
              << "\" to " << *out << "\n";
    return 0;
}

}  // namespace hep::cli
