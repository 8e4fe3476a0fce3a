#include "server_schema.h"

#include <set>
#include <string>
#include <vector>

#include "files/builtin_catalogue.h"
#include "server_rows.h"
#include "storage/builtin_refresh.h"

namespace hep::server {

namespace {

// Any number held by HEP Studio alone: the advisory lock of its migrations.
constexpr long long kMigrationLock = 0x4845505354554449;  // "HEPSTUDI"

// Migration N takes version N-1 to N. Append new steps; never edit one that has shipped. The
// tables hold no patient data: programs stay files on each therapist's machine.
const char* const kMigrations[] = {
    // 1: the shared catalogue, templates and clinic details, and the change counters (sequences:
    // moving one forward never makes two writers' transactions conflict).
    R"sql(
    CREATE TABLE hep_meta (key text PRIMARY KEY, value text NOT NULL);
    CREATE TABLE hep_exercises (
        id text PRIMARY KEY,
        builtin boolean NOT NULL,
        name text NOT NULL,
        document text NOT NULL
    );
    CREATE TABLE hep_exercise_photos (
        exercise_id text NOT NULL REFERENCES hep_exercises (id) ON DELETE CASCADE
                                                                ON UPDATE CASCADE,
        slot integer NOT NULL CHECK (slot IN (0, 1)),
        png bytea NOT NULL,
        PRIMARY KEY (exercise_id, slot)
    );
    CREATE TABLE hep_templates (
        id text PRIMARY KEY,
        builtin boolean NOT NULL,
        name text NOT NULL,
        description text NOT NULL,
        condition text NOT NULL,
        instructions text NOT NULL,
        version integer NOT NULL DEFAULT 1
    );
    CREATE TABLE hep_template_items (
        template_id text NOT NULL REFERENCES hep_templates (id) ON DELETE CASCADE
                                                                ON UPDATE CASCADE,
        position integer NOT NULL,
        exercise_id text NOT NULL REFERENCES hep_exercises (id) ON UPDATE CASCADE,
        note text NOT NULL,
        sets integer, reps integer, hold_seconds integer, minutes integer,
        times_per_day integer, days_per_week integer, side text NOT NULL,
        PRIMARY KEY (template_id, position)
    );
    CREATE INDEX hep_template_items_by_exercise ON hep_template_items (exercise_id);
    CREATE TABLE hep_clinic (
        id integer PRIMARY KEY CHECK (id = 1),
        name text NOT NULL,
        phone text NOT NULL,
        address text NOT NULL,
        emergency_number text NOT NULL
    );
    CREATE SEQUENCE hep_catalogue_changes;
    CREATE SEQUENCE hep_template_changes;
    )sql",
};
static_assert(sizeof kMigrations / sizeof kMigrations[0] == kSchemaVersion);

std::string metaValue(Tx& tx, const std::string& key) {
    const auto rows = tx.exec_params("SELECT value FROM hep_meta WHERE key = $1", key);
    return rows.empty() ? std::string() : rows[0][0].as<std::string>();
}

void setMeta(Tx& tx, const std::string& key, const std::string& value) {
    tx.exec_params(
        "INSERT INTO hep_meta (key, value) VALUES ($1, $2) "
        "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
        key, value);
}

// The built-ins follow this build's catalogue by the rule of builtin_refresh.h, as in the
// local file; the clinic's own exercises and templates are not touched.
void refreshBuiltins(Tx& tx) {
    if (!builtinsOutOfDate(metaValue(tx, "builtin_revision"),
                           metaValue(tx, "builtin_fingerprint"))) {
        return;
    }
    const auto& catalogue = builtinCatalogue();
    std::set<std::string> custom_ids;
    for (const auto& row : tx.exec("SELECT id FROM hep_exercises WHERE NOT builtin")) {
        custom_ids.insert(row[0].as<std::string>());
    }
    for (const Exercise* exercise : builtinsToInstall(custom_ids)) {
        upsertExercise(tx, *exercise);
    }
    tx.exec("DELETE FROM hep_templates WHERE builtin");
    for (const auto& tmpl : catalogue.templates) {
        upsertTemplate(tx, tmpl);
    }
    std::vector<std::string> unused;
    for (const auto& row : tx.exec("SELECT id FROM hep_exercises WHERE builtin AND id NOT IN "
                                   "(SELECT exercise_id FROM hep_template_items)")) {
        unused.push_back(row[0].as<std::string>());
    }
    for (const auto& id : builtinsToDrop(unused)) {
        tx.exec_params("DELETE FROM hep_exercises WHERE id = $1", id);
    }
    setMeta(tx, "builtin_revision", std::to_string(catalogue.revision));
    setMeta(tx, "builtin_fingerprint", catalogue.fingerprint);
    countChange(tx, true, true);
}

}  // namespace

void prepare(Connection& connection) {
    connection.writeLocked([&](Tx& tx) {
        tx.exec("SELECT pg_advisory_xact_lock(" + std::to_string(kMigrationLock) + ")");
        // Made only when missing: creating needs a privilege the therapists' role has not.
        if (tx.exec("SELECT to_regclass('hep_schema') IS NULL")[0][0].as<bool>()) {
            tx.exec("CREATE TABLE hep_schema (version integer NOT NULL)");
        }
        const auto rows = tx.exec("SELECT version FROM hep_schema");
        int version = 0;
        if (rows.empty()) {
            tx.exec("INSERT INTO hep_schema (version) VALUES (0)");
        } else {
            version = rows[0][0].as<int>();
        }
        if (version < 0) {
            throw StorageError(connection.description() + " is damaged: its schema version is " +
                               std::to_string(version) + ". Nothing was changed.");
        }
        if (version > kSchemaVersion) {
            throw StorageError(connection.description() + " was set up by a newer HEP Studio " +
                               "(its schema is version " + std::to_string(version) +
                               "; this one knows up to " + std::to_string(kSchemaVersion) +
                               "). Update HEP Studio, or work on the local catalogue (start "
                               "HEP Studio without --db).");
        }
        for (std::size_t step = static_cast<std::size_t>(version); step < kSchemaVersion; ++step) {
            tx.exec(kMigrations[step]);  // migration step + 1
            tx.exec("UPDATE hep_schema SET version = " + std::to_string(step + 1));
        }
        refreshBuiltins(tx);
    });
}

}  // namespace hep::server
