#include "model/catalogue_store.h"

#include <algorithm>
#include <utility>

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
    for (auto& e : out) {
        if (!e.builtin) {
            rows::loadPhotos(sqlOf(db_), e);
        }
    }
    return out;
}

std::size_t CatalogueStore::count() const {
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

char foldAscii(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool lessFolded(const std::string& a, const std::string& b) {
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                        [](char x, char y) { return foldAscii(x) < foldAscii(y); });
}

bool startsWithFolded(const std::string& text, const std::string& prefix) {
    if (prefix.empty() || prefix.size() > text.size()) {
        return false;
    }
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (foldAscii(text[i]) != foldAscii(prefix[i])) {
            return false;
        }
    }
    return true;
}

std::string firstWord(const std::string& text) {
    auto start = text.find_first_not_of(" \t");
    if (start == std::string::npos) {
        return {};
    }
    auto end = text.find_first_of(" \t", start);
    return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
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
    std::sort(list->begin(), list->end(), [](const ExerciseSummary& a, const ExerciseSummary& b) {
        if (lessFolded(a.name, b.name)) {
            return true;
        }
        if (lessFolded(b.name, a.name)) {
            return false;
        }
        return a.id < b.id;
    });
    impl.summary_of_key.clear();
    for (std::uint32_t i = 0; i < list->size(); ++i) {
        impl.summary_of_key[(*list)[i].key] = i;
    }
    impl.summaries = list;
    impl.summaries_data_version = version;
    return impl.summaries;
}

bool passesFilters(const ExerciseSummary& s, const SearchQuery& query) {
    if (!query.category.empty() && s.category != query.category) {
        return false;
    }
    if (!query.position.empty() && s.position != query.position) {
        return false;
    }
    auto has = [](const std::vector<std::string>& words, const std::string& word) {
        return word.empty() || std::find(words.begin(), words.end(), word) != words.end();
    };
    return has(s.equipment, query.equipment) && has(s.conditions, query.condition);
}

}  // namespace

SearchResults CatalogueStore::search(const SearchQuery& query) const {
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
    std::string first = firstWord(query.text);
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
        int group = 3;
        if (holds(in_name, key)) {
            group = startsWithFolded(s.name, first) ? 0 : 1;
        } else if (holds(in_purpose, key)) {
            group = 2;
        }
        ranked.emplace_back(group, it->second);
    }
    std::sort(ranked.begin(), ranked.end());
    order.reserve(ranked.size());
    for (const auto& [group, index] : ranked) {
        order.push_back(index);
    }
    return {all, std::move(order)};
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

void CatalogueStore::addCustom(Exercise exercise) {
    std::vector<Exercise> one;
    one.push_back(std::move(exercise));  // its photos can be megabytes
    addCustom(std::move(one));
}

void CatalogueStore::addCustom(std::vector<Exercise> exercises) {
    WriteTransaction tx(sqlOf(db_));
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
    exercisesChanged(db_);
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
    WriteTransaction tx(sqlOf(db_));
    rows::upsertExercise(sqlOf(db_), exercise);
    tx.commit();
    exercisesChanged(db_);
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
    WriteTransaction tx(sqlOf(db_));
    SQLite::Statement del(sqlOf(db_), "DELETE FROM exercises WHERE id = :id AND builtin = 0");
    del.bind(":id", id);
    del.exec();
    tx.commit();
    exercisesChanged(db_);
}

}  // namespace hep
