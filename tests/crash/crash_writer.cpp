// The child of the crash test: saves templates, custom exercises and a program file in a loop,
// printing "saved N" after each save has returned, until it is killed.
// Usage: crash_writer DATABASE PROGRAM_FILE FIRST_NUMBER
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/file_io.h"
#include "files/builtin_catalogue.h"
#include "files/program_file.h"
#include "storage/sqlite_catalogue_store.h"
#include "storage/sqlite_template_store.h"
#include "tests/crash/crash_items.h"

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: crash_writer DATABASE PROGRAM_FILE FIRST_NUMBER\n");
        return 2;
    }
    using namespace hep;
    Database db(argv[1]);
    SqliteCatalogueStore catalogue(db);
    SqliteTemplateStore templates(db);
    for (long n = std::atol(argv[3]);; ++n) {
        catalogue.addCustom(crash::exerciseNumber(n));
        templates.save(crash::templateNumber(n));
        writeFileAtomically(argv[2], programToText(crash::programNumber(n), catalogue.lookup()));
        std::printf("saved %ld\n", n);
        std::fflush(stdout);
    }
}
