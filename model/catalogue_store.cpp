#include "model/catalogue_store.h"

#include <nlohmann/json.hpp>

#include "model/errors.h"
#include "model/search_query.h"
#include "model/sql_rows.h"
#include "model/sqlite_database.h"

namespace hep {

namespace {

std::string describeProblems(const Exercise& e, const std::vector<ExerciseProblem>& problems) {
    std::string text = "Exercise \"" + e.id + "\":";
    for (const auto& p : problems) {
        text += " field \"" + p.field + "\" " + p.message + ";";
    }
    text.back() = '.';
    return text;
}

// Maps the common accented Latin letters (two UTF-8 bytes) to their base letter.
char foldLatin(unsigned char first, unsigned char second) {
    static const char* const kC3 =  // U+00C0 .. U+00FF
        "aaaaaaaceeeeiiiidnooooo/ouuuuyts"
        "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
    if (first == 0xC3 && second >= 0x80 && second <= 0xBF) {
        return kC3[second - 0x80];
    }
    if (first == 0xC4 || first == 0xC5) {  // Latin Extended-A: ą ć ę ł ń ś ź ż ...
        static const char* const kExtA =
            "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllllllln"
            "nnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
        int index = (first - 0xC4) * 64 + (second - 0x80);
        if (second >= 0x80 && second <= 0xBF && index < 128) {
            return kExtA[index];
        }
    }
    return 0;
}

}  // namespace

std::string slugFromName(const std::string& name) {
    std::string slug;
    bool hyphen = false;
    auto put = [&](char c) {
        if (hyphen && !slug.empty()) {
            slug += '-';
        }
        hyphen = false;
        slug += c;
    };
    for (std::size_t i = 0; i < name.size() && slug.size() < 48; ++i) {
        auto c = static_cast<unsigned char>(name[i]);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            put(static_cast<char>(c));
        } else if (c >= 'A' && c <= 'Z') {
            put(static_cast<char>(c - 'A' + 'a'));
        } else if (c >= 0x80 && i + 1 < name.size()) {
            char folded = foldLatin(c, static_cast<unsigned char>(name[i + 1]));
            if (folded != 0 && folded != '/') {
                put(folded);
                ++i;
            } else {
                hyphen = true;
            }
        } else {
            hyphen = true;
        }
    }
    return slug.empty() ? "item" : slug;
}

std::optional<Exercise> CatalogueStore::find(const std::string& id) const {
    return rows::findExercise(sqlOf(db_), id);
}

Exercise CatalogueStore::get(const std::string& id) const {
    if (auto e = find(id)) {
        return *e;
    }
    throw NotFoundError("There is no exercise with the id \"" + id + "\" in the catalogue.");
}

std::vector<Exercise> CatalogueStore::all() const {
    SQLite::Statement q(sqlOf(db_), std::string("SELECT ") + rows::kExerciseColumns +
                                        " FROM exercises ORDER BY name COLLATE NOCASE, id");
    std::vector<Exercise> out;
    while (q.executeStep()) {
        out.push_back(rows::readExercise(q));
    }
    return out;
}

std::size_t CatalogueStore::count() const {
    return static_cast<std::size_t>(
        sqlOf(db_).execAndGet("SELECT count(*) FROM exercises").getInt64());
}

std::vector<ExerciseSummary> CatalogueStore::search(const SearchQuery& query) const {
    std::string match = ftsMatchExpression(query.text);
    std::string sql = "SELECT e.id, e.name, e.category, e.position, e.builtin FROM ";
    if (!match.empty()) {
        sql += "exercise_search JOIN exercises e ON e.key = exercise_search.rowid "
               "WHERE exercise_search MATCH :match";
    } else {
        sql += "exercises e WHERE 1";
    }
    if (!query.category.empty()) {
        sql += " AND e.category = :category";
    }
    if (!query.position.empty()) {
        sql += " AND e.position = :position";
    }
    if (!query.equipment.empty()) {
        sql += " AND (EXISTS (SELECT 1 FROM json_each(e.equipment) WHERE value = :equipment)"
               " OR EXISTS (SELECT 1 FROM json_each(e.optional_equipment)"
               " WHERE value = :equipment))";
    }
    // Matches in the name rank first, then in the purpose, then in the steps.
    sql += match.empty() ? " ORDER BY e.name COLLATE NOCASE, e.id"
                         : " ORDER BY bm25(exercise_search, 20.0, 4.0, 1.0), e.name COLLATE "
                           "NOCASE, e.id";
    SQLite::Statement q(sqlOf(db_), sql);
    if (!match.empty()) {
        q.bind(":match", match);
    }
    if (!query.category.empty()) {
        q.bind(":category", query.category);
    }
    if (!query.position.empty()) {
        q.bind(":position", query.position);
    }
    if (!query.equipment.empty()) {
        q.bind(":equipment", query.equipment);
    }
    std::vector<ExerciseSummary> out;
    while (q.executeStep()) {
        out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(),
                       q.getColumn(2).getString(), q.getColumn(3).getString(),
                       q.getColumn(4).getInt() != 0});
    }
    return out;
}

ExerciseLookup CatalogueStore::lookup() const {
    return [this](const std::string& id) { return find(id); };
}

std::vector<std::string> CatalogueStore::templatesUsing(const std::string& id) const {
    SQLite::Statement q(sqlOf(db_),
                        "SELECT DISTINCT t.name FROM templates t JOIN template_items i "
                        "ON i.template_id = t.id WHERE i.exercise_id = :id ORDER BY t.name");
    q.bind(":id", id);
    std::vector<std::string> names;
    while (q.executeStep()) {
        names.push_back(q.getColumn(0).getString());
    }
    return names;
}

std::string CatalogueStore::freeId(const std::string& name) const {
    std::string base = slugFromName(name);
    std::string id = base;
    for (int n = 2; find(id); ++n) {
        id = base + "-" + std::to_string(n);
    }
    return id;
}

void CatalogueStore::addCustom(Exercise exercise) { addCustom(std::vector<Exercise>{exercise}); }

void CatalogueStore::addCustom(std::vector<Exercise> exercises) {
    SQLite::Transaction tx(sqlOf(db_));
    for (auto& exercise : exercises) {
        exercise.builtin = false;
        if (auto problems = checkExercise(exercise); !problems.empty()) {
            throw InputError(describeProblems(exercise, problems));
        }
        if (auto existing = find(exercise.id)) {
            throw InputError("The id \"" + exercise.id + "\" is already used by the exercise \"" +
                             existing->name + "\". Choose another id.");
        }
        rows::upsertExercise(sqlOf(db_), exercise);
    }
    tx.commit();
}

void CatalogueStore::updateCustom(Exercise exercise) {
    auto existing = find(exercise.id);
    if (!existing) {
        throw NotFoundError("There is no exercise with the id \"" + exercise.id + "\".");
    }
    if (existing->builtin) {
        throw InputError("\"" + existing->name +
                         "\" is a built-in exercise and cannot be changed. Save it as a new "
                         "custom exercise instead.");
    }
    exercise.builtin = false;
    if (auto problems = checkExercise(exercise); !problems.empty()) {
        throw InputError(describeProblems(exercise, problems));
    }
    SQLite::Transaction tx(sqlOf(db_));
    rows::upsertExercise(sqlOf(db_), exercise);
    tx.commit();
}

void CatalogueStore::removeCustom(const std::string& id) {
    Exercise existing = get(id);
    if (existing.builtin) {
        throw InputError("\"" + existing.name + "\" is a built-in exercise and cannot be deleted.");
    }
    auto users = templatesUsing(id);
    if (!users.empty()) {
        std::string list;
        for (const auto& name : users) {
            list += (list.empty() ? "\"" : ", \"") + name + "\"";
        }
        throw InputError("\"" + existing.name + "\" cannot be deleted while " +
                         (users.size() == 1 ? "the template " : "the templates ") + list +
                         (users.size() == 1 ? " uses" : " use") +
                         " it. Remove it from them first.");
    }
    SQLite::Transaction tx(sqlOf(db_));
    SQLite::Statement del(sqlOf(db_), "DELETE FROM exercises WHERE id = :id AND builtin = 0");
    del.bind(":id", id);
    del.exec();
    tx.commit();
}

}  // namespace hep
