// The child of the restore crash test: adds an exercise, backs the database up and restores
// that backup, in a loop, printing "restored N" after each restore has returned, until killed.
// Usage: crash_restorer DATABASE FIRST_NUMBER
#include <cstdio>
#include <cstdlib>

#include "storage/backup.h"
#include "storage/sqlite_catalogue_store.h"
#include "tests/crash/crash_items.h"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: crash_restorer DATABASE FIRST_NUMBER\n");
        return 2;
    }
    using namespace hep;
    for (long n = std::atol(argv[2]);; ++n) {
        std::filesystem::path backup;
        {
            Database db(argv[1]);
            SqliteCatalogueStore(db).addCustom(crash::exerciseNumber(n));
            backup = makeBackup(db, "manual");
        }
        restoreBackup(argv[1], backup);
        std::printf("restored %ld\n", n);
        std::fflush(stdout);
    }
}
