#include "sqlite_schema.h"

#include <set>

#include "core/errors.h"
#include "files/builtin_catalogue.h"
#include "sql_rows.h"
#include "sqlite_database.h"
#include "storage/backup.h"
#include "storage/builtin_refresh.h"

namespace hep::sqlite_schema {

namespace fs = std::filesystem;

namespace {

// Schema steps: migration N takes user_version N-1 to N. Each runs in one transaction with
// its version bump. Append new steps; never edit a step that has shipped.
const char* const kMigrations[] = {
    // 1: the first schema.
    R"sql(
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE exercises (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        builtin INTEGER NOT NULL,
        name TEXT NOT NULL,
        category TEXT NOT NULL,
        position TEXT NOT NULL,
        equipment TEXT NOT NULL,
        optional_equipment TEXT NOT NULL,
        conditions TEXT NOT NULL,
        purpose TEXT NOT NULL,
        steps TEXT NOT NULL,
        feel TEXT NOT NULL,
        stop_if TEXT NOT NULL,
        cautions TEXT NOT NULL,
        therapist_alert TEXT NOT NULL,
        sets INTEGER, reps INTEGER, hold_seconds INTEGER, minutes INTEGER,
        times_per_day INTEGER, days_per_week INTEGER, side TEXT NOT NULL
    );
    CREATE INDEX exercises_by_name ON exercises (name COLLATE NOCASE);
    CREATE VIRTUAL TABLE exercise_search USING fts5 (
        name, purpose, steps, content = 'exercises', content_rowid = 'key',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
    CREATE TRIGGER exercises_ai AFTER INSERT ON exercises BEGIN
        INSERT INTO exercise_search (rowid, name, purpose, steps)
        VALUES (new.key, new.name, new.purpose, new.steps);
    END;
    CREATE TRIGGER exercises_ad AFTER DELETE ON exercises BEGIN
        INSERT INTO exercise_search (exercise_search, rowid, name, purpose, steps)
        VALUES ('delete', old.key, old.name, old.purpose, old.steps);
    END;
    CREATE TRIGGER exercises_au AFTER UPDATE ON exercises BEGIN
        INSERT INTO exercise_search (exercise_search, rowid, name, purpose, steps)
        VALUES ('delete', old.key, old.name, old.purpose, old.steps);
        INSERT INTO exercise_search (rowid, name, purpose, steps)
        VALUES (new.key, new.name, new.purpose, new.steps);
    END;
    CREATE TABLE templates (
        id TEXT PRIMARY KEY,
        builtin INTEGER NOT NULL,
        name TEXT NOT NULL,
        description TEXT NOT NULL,
        condition TEXT NOT NULL,
        instructions TEXT NOT NULL
    );
    CREATE TABLE template_items (
        template_id TEXT NOT NULL REFERENCES templates (id) ON DELETE CASCADE
                                                           ON UPDATE CASCADE,
        position INTEGER NOT NULL,
        exercise_id TEXT NOT NULL REFERENCES exercises (id) ON UPDATE CASCADE,
        note TEXT NOT NULL,
        sets INTEGER, reps INTEGER, hold_seconds INTEGER, minutes INTEGER,
        times_per_day INTEGER, days_per_week INTEGER, side TEXT NOT NULL,
        PRIMARY KEY (template_id, position)
    );
    CREATE INDEX template_items_by_exercise ON template_items (exercise_id);
    )sql",
    // 2: the therapist's own photos of custom exercises (PNG), start then end.
    R"sql(
    CREATE TABLE exercise_photos (
        exercise_id TEXT NOT NULL REFERENCES exercises (id) ON DELETE CASCADE
                                                            ON UPDATE CASCADE,
        slot INTEGER NOT NULL CHECK (slot IN (0, 1)),
        png BLOB NOT NULL,
        PRIMARY KEY (exercise_id, slot)
    );
    )sql",
    // 3: one-time tests (done once, not every day; not logged).
    R"sql(
    ALTER TABLE exercises ADD COLUMN one_time INTEGER NOT NULL DEFAULT 0;
    )sql",
    // 4: rest positions used as needed (held until the symptoms ease; not logged).
    R"sql(
    ALTER TABLE exercises ADD COLUMN as_needed INTEGER NOT NULL DEFAULT 0;
    )sql",
    // 5: the clinic's details, one row, with the catalogue they belong to (before: each user's
    // window settings).
    R"sql(
    CREATE TABLE clinic (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        phone TEXT NOT NULL,
        address TEXT NOT NULL,
        emergency_number TEXT NOT NULL
    );
    )sql",
};
constexpr int kMigrationCount = sizeof kMigrations / sizeof kMigrations[0];
static_assert(kMigrationCount == kSchemaVersion);

}  // namespace

std::string wayOut(const fs::path& path) {
    std::string text = " The file was left as it is. ";
    if (auto backups = listBackups(path); !backups.empty()) {
        text += "To go back to the latest backup, run: hep --db " + path.string() + " restore " +
                backups.back().string() + ". Or ";
    } else {
        text += "Or ";
    }
    return text + "start HEP Studio with --db and another file, or move " + path.string() +
           " aside to start with a fresh catalogue.";
}

void migrate(SQLite::Database& db, int from) {
    for (int version = from + 1; version <= kSchemaVersion; ++version) {
        WriteTransaction tx(db);
        db.exec(kMigrations[version - 1]);
        db.exec("PRAGMA user_version = " + std::to_string(version));
        tx.commit();
    }
}

std::string metaValue(SQLite::Database& db, const std::string& key) {
    SQLite::Statement q(db, "SELECT value FROM meta WHERE key = :key");
    q.bind(":key", key);
    return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

void setMeta(SQLite::Database& db, const std::string& key, const std::string& value) {
    SQLite::Statement st(db,
                         "INSERT INTO meta (key, value) VALUES (:key, :value) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(":key", key);
    st.bind(":value", value);
    st.exec();
}

// Brings the built-in exercises and templates up to this build's catalogue, by the rule of
// builtin_refresh.h. Custom exercises and the user's templates are not touched.
int refreshBuiltins(SQLite::Database& db) {
    const std::string stored_revision = metaValue(db, "builtin_revision");
    if (!builtinsOutOfDate(stored_revision, metaValue(db, "builtin_fingerprint"))) {
        return stored_revision.empty() ? 0 : std::atoi(stored_revision.c_str());
    }
    const auto& catalogue = builtinCatalogue();
    WriteTransaction tx(db);
    std::set<std::string> custom_ids;
    {
        SQLite::Statement q(db, "SELECT id FROM exercises WHERE builtin = 0");
        while (q.executeStep()) {
            custom_ids.insert(q.getColumn(0).getString());
        }
    }
    for (const Exercise* exercise : builtinsToInstall(custom_ids)) {
        rows::upsertExercise(db, *exercise);
    }
    db.exec("DELETE FROM templates WHERE builtin = 1");
    for (const auto& tmpl : catalogue.templates) {
        rows::upsertTemplate(db, tmpl);
    }
    SQLite::Statement old(db,
                          "SELECT id FROM exercises WHERE builtin = 1 AND id NOT IN "
                          "(SELECT exercise_id FROM template_items)");
    std::vector<std::string> unused;
    while (old.executeStep()) {
        unused.push_back(old.getColumn(0).getString());
    }
    for (const auto& id : builtinsToDrop(unused)) {
        SQLite::Statement del(db, "DELETE FROM exercises WHERE id = :id");
        del.bind(":id", id);
        del.exec();
    }
    setMeta(db, "builtin_revision", std::to_string(catalogue.revision));
    setMeta(db, "builtin_fingerprint", catalogue.fingerprint);
    tx.commit();
    return catalogue.revision;
}

// The tables as HEP Studio makes them, read as it reads them: a column that another program
// dropped or renamed is damage found at open, not an "unexpected error" in the middle of work.
void checkTables(SQLite::Database& db, const fs::path& path) {
    const std::string reads[] = {
        "SELECT key, value FROM meta",
        std::string("SELECT key, ") + rows::kExerciseColumns + " FROM exercises",
        "SELECT id, builtin, name, description, condition, instructions FROM templates",
        std::string("SELECT template_id, position, exercise_id, note, sets, reps, ") +
            "hold_seconds, minutes, times_per_day, days_per_week, side FROM template_items",
        "SELECT exercise_id, slot, png FROM exercise_photos",
        "SELECT rowid, name, purpose, steps FROM exercise_search",
        "SELECT id, name, phone, address, emergency_number FROM clinic",
    };
    for (const auto& sql : reads) {
        try {
            SQLite::Statement read(db, sql);
        } catch (const SQLite::Exception& e) {
            throw StorageError("The database " + path.string() +
                               " is damaged (its tables are not as HEP Studio made them: " +
                               e.what() + ")." + wayOut(path));
        }
    }
}

}  // namespace hep::sqlite_schema
