// hep: HEP Studio from the command line. See `hep --help` and README.md.
#include <cstdio>
#include <iostream>
#include <map>
#include <string>

#include "app/cli/commands.h"
#include "core/errors.h"
#include "core/exercise.h"
#include "files/builtin_catalogue.h"
#include "text/utf8.h"

namespace {

const char* const kUsage = R"(Usage: hep [--db PATH|URI] COMMAND [OPTIONS]

HEP Studio: home exercise programs and patient handouts.

Commands:
  catalogue [--search TEXT] [--category C] [--position P] [--equipment E]
            [--condition ID] [--json]
                              list or search the exercise catalogue
  show ID [--json]            one exercise in full
  templates [--json]          list the templates
  template export ID -o FILE  write a template (with its custom exercises) to a file
  template import FILE        add the template of a file to the catalogue
  new --template ID [--patient NAME] [--therapist NAME] [--date YYYY-MM-DD] -o FILE
                              start a program file from a template of the catalogue
                              (or from a template file: new FILE -o FILE)
  check FILE                  check a program or template file and the reading grade of its
                              custom text
  export FILE -o OUT.pdf [--paper letter|a4] [--large-print] [--no-education]
         [--log-weeks N] [--logo IMAGE]
                              the patient handout of a program file as PDF
  export --template ID [--patient NAME] -o OUT.pdf
                              the handout of a template
  summary FILE                the program as plain text for the clinical note
  exercise add FILE.json [--photo START] [--photo END]
                              add a custom exercise (the JSON of hep show --json) with photos
  exercise photos ID [-o PREFIX]
                              list a custom exercise's photos (and write them as PNG)

  figures -o OUT.pdf [--id ID]... [--figure FILE.json]...
                              a contact sheet of the built-in exercises' figures (or of
                              figure files under review), each checked; exit 1 on problems
  clinic [--name N] [--phone P] [--address A] [--emergency-number N]
                              show or set the clinic's details, kept with the catalogue; new
                              programs and template handouts carry them
  backup [--list]             copy the database to its backups folder (the last 7 are kept)
  restore FILE                put a backup in place of the database (the current one is kept
                              aside)
  copy --from DB --to DB      copy the custom exercises and templates of one database (a file
                              or a postgresql:// URI) to another; nothing on an id clash

Options:
  --db PATH    the database file to use (default: $XDG_DATA_HOME/hepstudio/hepstudio.db)
  --db URI     a clinic server instead (PostgreSQL): postgresql://host/dbname, or
               postgresql:// with the PG* environment variables; passwords come from
               ~/.pgpass, never from HEP Studio
  --help       show this help
  --version    show the version

Exit status: 0 success, 1 bad input (the message names the file, item and field),
2 wrong usage.
)";

// The words the catalogue's filters take, from the catalogue itself.
std::string filterWords() {
    auto line = [](const std::string& label, const auto& words) {
        std::string out = "  " + label;
        std::size_t width = out.size();
        for (std::size_t i = 0; i < words.size(); ++i) {
            const std::string word = std::string(words[i]) + (i + 1 < words.size() ? "," : "");
            if (width + 1 + word.size() > 94) {
                out += "\n" + std::string(label.size() + 2, ' ') + word;
                width = label.size() + 2 + word.size();
            } else {
                out += (i == 0 ? "" : " ") + word;
                width += (i == 0 ? 0 : 1) + word.size();
            }
        }
        return out + "\n";
    };
    std::vector<std::string> conditions;
    for (const auto& c : hep::builtinConditions()) {
        conditions.push_back(c.id);
    }
    return "\nCatalogue filters:\n" + line("--category   ", hep::categories()) +
           line("--position   ", hep::positions()) + line("--equipment  ", hep::equipmentKinds()) +
           line("--condition  ", conditions);
}

}  // namespace

int main(int argc, char** argv) {
    using namespace hep::cli;
    std::vector<std::string> raw(argv + 1, argv + argc);
    try {
        Arguments args(std::move(raw));
        if (args.flag("help")) {
            std::cout << kUsage << filterWords();
            return 0;
        }
        if (args.flag("version")) {
            std::cout << "hep (HEP Studio) " << HEP_VERSION << "\n";
            return 0;
        }
        std::optional<std::filesystem::path> db;
        if (auto path = args.option("db")) {
            db = *path;
        }
        auto command = args.optionalWord();
        if (!command) {
            std::cerr << kUsage;
            return 2;
        }
        static const std::map<std::string, int (*)(Context&, Arguments&)> commands = {
            {"catalogue", catalogueCommand},
            {"show", showCommand},
            {"templates", templatesCommand},
            {"template", templateCommand},
            {"new", newCommand},
            {"check", checkCommand},
            {"export", exportCommand},
            {"summary", summaryCommand},
            {"exercise", exerciseCommand},
            {"backup", backupCommand},
            {"figures", figuresCommand},
            {"restore", restoreCommand},
            {"clinic", clinicCommand},
            {"copy", copyCommand},
        };
        auto it = commands.find(*command);
        if (it == commands.end()) {
            throw UsageError("unknown command \"" + *command + "\"");
        }
        Context context(db);
        int status = it->second(context, args);
        std::cout.flush();
        if (!std::cout) {
            std::cerr << "hep: could not write the output\n";
            return 1;
        }
        return status;
    } catch (const UsageError& e) {
        std::cerr << "hep: " << hep::oneLineMessage(e.what()) << "\nTry 'hep --help'.\n";
        return 2;
    } catch (const hep::Error& e) {  // input, storage, not found, export
        std::cerr << "hep: " << hep::oneLineMessage(e.what()) << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "hep: unexpected error: " << hep::oneLineMessage(e.what()) << "\n";
        return 1;
    }
}
