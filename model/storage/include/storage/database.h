// The HEP Studio database file: opening it safely, its schema migrations and the refresh of the
// built-in catalogue. SQLite stays behind this class: callers never see SQL.
#pragma once

#include <filesystem>
#include <memory>

#include "core/topic.h"

namespace hep {

inline constexpr int kSchemaVersion = 5;

class Database {
  public:
    // Opens the database at path, creating it (and its folder, private to the user) when it
    // does not exist. Checks that an existing file is a sound HEP Studio database of a schema
    // this version understands before writing anything to it, migrates it, and refreshes the
    // built-in exercises and templates when this build carries a newer catalogue. Throws
    // StorageError naming the file, the problem and the way out; a file it refuses is not
    // modified.
    //
    // With Access::Exclusive (the window) the file is also locked for this process: a second
    // window on the same database is refused with a message that says to close the other one.
    enum class Access { Shared, Exclusive };
    explicit Database(const std::filesystem::path& path, Access access = Access::Shared);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const std::filesystem::path& path() const;
    int schemaVersion() const;
    int builtinRevision() const;  // the revision of the built-in catalogue it holds
    bool createdNow() const;      // true when this open created the file

    // Changes made through this database (custom exercises, templates), for the views that show
    // them. Told after the change is committed.
    Topic<CatalogueChanged>& catalogueChanges() { return catalogue_changes_; }
    Topic<TemplatesChanged>& templateChanges() { return template_changes_; }

    // The default database file: $XDG_DATA_HOME/hepstudio/hepstudio.db, else
    // ~/.local/share/hepstudio/hepstudio.db.
    static std::filesystem::path defaultPath();

    // The window's autosave of an unsaved program: beside the database and named after it
    // (hepstudio.autosave.hep), so that windows on two databases in one folder keep their own.
    // The shared autosave.hep of earlier versions becomes the default-named database's.
    static std::filesystem::path autosavePath(const std::filesystem::path& database_file);

    struct Impl;
    Impl& impl();
    const Impl& impl() const;

  private:
    Topic<CatalogueChanged> catalogue_changes_;
    Topic<TemplatesChanged> template_changes_;
    std::unique_ptr<Impl> impl_;
};

}  // namespace hep
