#include "storage/sqlite_catalogue_store.h"

#include <algorithm>
#include <utility>

#include "core/errors.h"
#include "core/search_query.h"
#include "sql_rows.h"
#include "sqlite_database.h"
#include "storage/summary_index.h"

namespace hep {

std::optional<Exercise> SqliteCatalogueStore::find(const std::string& id) const {
    return rows::findExercise(sqlOf(db_), id);
}

std::vector<Exercise> SqliteCatalogueStore::all() const {
    SQLite::Statement q(sqlOf(db_), std::string("SELECT ") + rows::kExerciseColumns +
                                        " FROM exercises ORDER BY name COLLATE NOCASE, id");
    std::vector<Exercise> out;
    while (q.executeStep()) {
        out.push_back(rows::readExercise(q));
    }
    for (auto& e : out) {
        if (!e.builtin) {
            rows::loadPhotos(sqlOf(db_), e);
        }
    }
    return out;
}

std::size_t SqliteCatalogueStore::count() const {
    return static_cast<std::size_t>(
        sqlOf(db_).execAndGet("SELECT count(*) FROM exercises").getInt64());
}

namespace {

// The words of a JSON list of plain words, as stored for equipment: ["mat","band"].
void appendWords(const std::string& json_list, std::vector<std::string>& out) {
    std::size_t i = 0;
    while ((i = json_list.find('"', i)) != std::string::npos) {
        std::size_t end = json_list.find('"', i + 1);
        if (end == std::string::npos) {
            break;
        }
        out.push_back(json_list.substr(i + 1, end - i - 1));
        i = end + 1;
    }
}

// The keys of the exercises matching an FTS expression, sorted.
std::vector<std::int64_t> matchingKeys(SQLite::Database& db, const std::string& expression) {
    SQLite::Statement q(db, "SELECT rowid FROM exercise_search WHERE exercise_search MATCH :m");
    q.bind(":m", expression);
    std::vector<std::int64_t> keys;
    while (q.executeStep()) {
        keys.push_back(q.getColumn(0).getInt64());
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

bool holds(const std::vector<std::int64_t>& sorted, std::int64_t key) {
    return std::binary_search(sorted.begin(), sorted.end(), key);
}

std::shared_ptr<const ExerciseSummaries> loadSummaries(Database::Impl& impl) {
    std::int64_t version = impl.db.execAndGet("PRAGMA data_version").getInt64();
    if (impl.summaries && version == impl.summaries_data_version) {
        return impl.summaries;
    }
    auto list = std::make_shared<ExerciseSummaries>();
    SQLite::Statement q(impl.db,
                        "SELECT key, id, name, category, position, equipment, optional_equipment, "
                        "builtin, conditions FROM exercises");
    while (q.executeStep()) {
        ExerciseSummary s;
        s.key = q.getColumn(0).getInt64();
        s.id = q.getColumn(1).getString();
        s.name = q.getColumn(2).getString();
        s.category = q.getColumn(3).getString();
        s.position = q.getColumn(4).getString();
        appendWords(q.getColumn(5).getString(), s.equipment);
        appendWords(q.getColumn(6).getString(), s.equipment);
        s.builtin = q.getColumn(7).getInt() != 0;
        appendWords(q.getColumn(8).getString(), s.conditions);
        list->push_back(std::move(s));
    }
    sortByName(*list);
    impl.summary_of_key.clear();
    for (std::uint32_t i = 0; i < list->size(); ++i) {
        impl.summary_of_key[(*list)[i].key] = i;
    }
    impl.summaries = list;
    impl.summaries_data_version = version;
    return impl.summaries;
}

}  // namespace

SearchResults SqliteCatalogueStore::search(const SearchQuery& query) const {
    auto& impl = db_.impl();
    auto all = loadSummaries(impl);
    std::vector<std::uint32_t> order;
    std::string match = ftsMatchExpression(query.text);
    if (match.empty()) {
        for (std::uint32_t i = 0; i < all->size(); ++i) {
            if (passesFilters((*all)[i], query)) {
                order.push_back(i);
            }
        }
        return {all, std::move(order)};
    }
    auto matched = matchingKeys(impl.db, match);
    auto in_name = matchingKeys(impl.db, "name : (" + match + ")");
    auto in_purpose = matchingKeys(impl.db, "{name purpose} : (" + match + ")");
    std::vector<std::pair<int, std::uint32_t>> ranked;  // (group, position in all)
    for (std::int64_t key : matched) {
        auto it = impl.summary_of_key.find(key);
        if (it == impl.summary_of_key.end()) {
            continue;
        }
        const ExerciseSummary& s = (*all)[it->second];
        if (!passesFilters(s, query)) {
            continue;
        }
        ranked.emplace_back(matchGroup(s, query.text, holds(in_name, key), holds(in_purpose, key)),
                            it->second);
    }
    std::sort(ranked.begin(), ranked.end());
    order.reserve(ranked.size());
    for (const auto& [group, index] : ranked) {
        order.push_back(index);
    }
    return {all, std::move(order)};
}

std::vector<std::string> SqliteCatalogueStore::templatesUsing(const std::string& id) const {
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

void SqliteCatalogueStore::insertExercises(const std::vector<Exercise>& exercises) {
    WriteTransaction tx(sqlOf(db_));
    for (const auto& exercise : exercises) {
        rows::upsertExercise(sqlOf(db_), exercise);
    }
    tx.commit();
    exercisesChanged(db_);
}

void SqliteCatalogueStore::replaceExercise(const Exercise& exercise) {
    WriteTransaction tx(sqlOf(db_));
    rows::upsertExercise(sqlOf(db_), exercise);
    tx.commit();
    exercisesChanged(db_);
}

void SqliteCatalogueStore::eraseExercise(const std::string& id) {
    WriteTransaction tx(sqlOf(db_));
    SQLite::Statement del(sqlOf(db_), "DELETE FROM exercises WHERE id = :id AND builtin = 0");
    del.bind(":id", id);
    del.exec();
    tx.commit();
    exercisesChanged(db_);
}

}  // namespace hep
