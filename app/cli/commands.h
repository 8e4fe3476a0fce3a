// The commands of `hep`. Each reads its arguments, writes its output to stdout and returns the
// exit status; errors are thrown and turned into a message and a status by main.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>

#include "app/cli/arguments.h"
#include "core/exercise_lookup.h"
#include "core/file_io.h"
#include "storage/database.h"
#include "storage/sqlite_storage.h"
#include "storage/storage.h"

namespace hep::cli {

// The storage --db names: a clinic server for a postgresql:// URI, else the database file.
std::unique_ptr<Storage> openStorage(const std::string& db);

// What every command shares: the storage of the catalogue and templates, opened on first use.
class Context {
  public:
    explicit Context(std::optional<std::filesystem::path> db_path) : db_path_(std::move(db_path)) {}
    Storage& storage();
    // Exercises by id for reading programs: a built-in one from HEP Studio itself, any other
    // (a custom exercise) from the catalogue in storage, opened only then. A handout of
    // built-in exercises needs no database (the database's built-in exercises are the same,
    // and cannot be changed).
    ExerciseLookup lookup();
    // True when --db names a clinic server (a postgresql:// URI) rather than a file.
    bool onServer() const;
    // The local database file (backups and restores are made of it). Throws InputError on a
    // clinic server: its administrator backs it up.
    Database& database();
    std::filesystem::path databasePath() const;  // without opening it
    // Throws InputError when an output would replace the database (or its journal) or one of
    // the files the command reads.
    void checkOutput(const std::filesystem::path& output, std::vector<KeptFile> read = {}) const;

  private:
    std::optional<std::filesystem::path> db_path_;
    std::unique_ptr<Storage> storage_;
    SqliteStorage* local_ = nullptr;  // storage_ when it is the local file
};

int catalogueCommand(Context& context, Arguments& args);
int showCommand(Context& context, Arguments& args);
int templatesCommand(Context& context, Arguments& args);
int templateCommand(Context& context, Arguments& args);  // template export | import
int newCommand(Context& context, Arguments& args);
int checkCommand(Context& context, Arguments& args);
int exportCommand(Context& context, Arguments& args);
int summaryCommand(Context& context, Arguments& args);
int exerciseCommand(Context& context, Arguments& args);  // exercise add | photos
int backupCommand(Context& context, Arguments& args);
int figuresCommand(Context& context, Arguments& args);  // a contact sheet of the figures
int restoreCommand(Context& context, Arguments& args);
int clinicCommand(Context& context, Arguments& args);  // show or set the clinic's details
int copyCommand(Context& context, Arguments& args);    // templates and exercises, file <-> server

}  // namespace hep::cli
