// hep backup and hep restore: copies of the database, and putting one back.
#include <iostream>

#include "app/cli/commands.h"
#include "storage/backup.h"

namespace hep::cli {

int backupCommand(Context& context, Arguments& args) {
    bool list = args.flag("list");
    args.finish();
    Database& db = context.database();
    if (!list) {
        std::cout << "Backed up the database to " << makeBackup(db, "manual").string() << "\n";
    }
    for (const auto& backup : listBackups(db.path())) {
        std::cout << backup.string() << "\n";
    }
    return 0;
}

int restoreCommand(Context& context, Arguments& args) {
    std::string backup = args.word("backup file to restore");
    args.finish();
    auto path = context.databasePath();
    auto aside = restoreBackup(path, backup);
    std::cout << "Restored " << backup << " as " << path.string() << "\n";
    if (!aside.empty()) {
        std::cout << "The database it replaced is kept as " << aside.string() << "\n";
    }
    return 0;
}

}  // namespace hep::cli
