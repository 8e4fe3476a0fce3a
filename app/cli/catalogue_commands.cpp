// hep catalogue and hep show: the exercise catalogue from the command line.
#include <algorithm>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "core/dose_text.h"
#include "core/errors.h"
#include "core/text_limits.h"
#include "files/builtin_catalogue.h"
#include "files/exercise_json.h"
#include "server/server_address.h"
#include "server/server_loader.h"
#include "storage/catalogue_store.h"

namespace hep::cli {

std::unique_ptr<Storage> openStorage(const std::string& db) {
    if (isServerUri(db)) {
        return openServerStorage(db);
    }
    return std::make_unique<SqliteStorage>(db);
}

bool Context::onServer() const {
    return db_path_ && isServerUri(db_path_->string());
}

std::filesystem::path Context::databasePath() const {
    if (onServer()) {
        throw InputError("backup and restore work on a local database file; " +
                         serverName(db_path_->string()) +
                         " is a clinic server, which its administrator backs up (pg_dump).");
    }
    return db_path_ ? *db_path_ : Database::defaultPath();
}

void Context::checkOutput(const std::filesystem::path& output, std::vector<KeptFile> read) const {
    if (!onServer()) {
        read.push_back({databasePath(), "the HEP Studio database"});
    }
    checkOutputIsNot(output, read);
}

Storage& Context::storage() {
    if (!storage_) {
        if (onServer()) {
            storage_ = openStorage(db_path_->string());
        } else {
            auto local = std::make_unique<SqliteStorage>(databasePath());
            local_ = local.get();
            storage_ = std::move(local);
        }
    }
    return *storage_;
}

ExerciseLookup Context::lookup() {
    return [this](const std::string& id) -> std::optional<Exercise> {
        if (auto e = builtinExercise(id)) {
            return e;
        }
        return storage().catalogue().find(id);
    };
}

Database& Context::database() {
    databasePath();  // refuses a clinic server
    storage();
    return local_->database();
}

namespace {

std::vector<std::string_view> conditionIds() {
    std::vector<std::string_view> ids;
    for (const auto& c : builtinConditions()) {
        ids.push_back(c.id);
    }
    return ids;
}

std::string checkedWord(const std::optional<std::string>& value, const std::string& option,
                        const std::vector<std::string_view>& allowed) {
    if (!value) {
        return {};
    }
    if (std::find(allowed.begin(), allowed.end(), *value) == allowed.end()) {
        std::string list;
        for (auto w : allowed) {
            list += (list.empty() ? "" : ", ") + std::string(w);
        }
        throw UsageError("--" + option + " \"" + *value + "\" is not one of: " + list);
    }
    return *value;
}

std::string padded(const std::string& text, std::size_t width) {
    std::size_t length = utf8Length(text);
    return text + std::string(length < width ? width - length : 1, ' ');
}

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) {
        out += (out.empty() ? "" : ", ") + w;
    }
    return out;
}

}  // namespace

int catalogueCommand(Context& context, Arguments& args) {
    SearchQuery query;
    query.text = args.option("search").value_or("");
    query.category = checkedWord(args.option("category"), "category", categories());
    query.position = checkedWord(args.option("position"), "position", positions());
    query.equipment = checkedWord(args.option("equipment"), "equipment", equipmentKinds());
    query.condition = checkedWord(args.option("condition"), "condition", conditionIds());
    bool as_json = args.flag("json");
    args.finish();

    CatalogueStore& store = context.storage().catalogue();
    auto found = store.search(query);
    if (as_json) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& summary : found) {
            list.push_back(exerciseToJson(store.get(summary.id)));
        }
        std::cout << nlohmann::json{{"count", found.size()}, {"exercises", list}}.dump(2) << "\n";
        return 0;
    }
    std::size_t id_width = 2, name_width = 4, category_width = 8;
    for (const auto& s : found) {
        id_width = std::max(id_width, utf8Length(s.id));
        name_width = std::max(name_width, utf8Length(s.name));
        category_width = std::max(category_width, utf8Length(s.category));
    }
    std::cout << padded("ID", id_width + 2) << padded("NAME", name_width + 2)
              << padded("CATEGORY", category_width + 2) << "POSITION\n";
    for (const auto& s : found) {
        std::cout << padded(s.id, id_width + 2) << padded(s.name, name_width + 2)
                  << padded(s.category, category_width + 2) << s.position
                  << (s.builtin ? "" : "  (custom)") << "\n";
    }
    std::cout << found.size() << (found.size() == 1 ? " exercise\n" : " exercises\n");
    return 0;
}

int showCommand(Context& context, Arguments& args) {
    bool as_json = args.flag("json");
    std::string id = args.word("exercise id");
    args.finish();
    Exercise e = context.storage().catalogue().get(id);
    if (as_json) {
        std::cout << exerciseToJson(e).dump(2) << "\n";
        return 0;
    }
    std::cout << e.name << "  (" << e.id << (e.builtin ? "" : ", custom") << ")\n"
              << "Category: " << e.category << "   Position: " << e.position
              << "   Equipment: " << joined(e.equipment);
    if (!e.optional_equipment.empty()) {
        std::cout << " (optional: " << joined(e.optional_equipment) << ")";
    }
    std::cout << "\n\n" << e.purpose << "\n\n";
    for (std::size_t i = 0; i < e.steps.size(); ++i) {
        std::cout << "  " << i + 1 << ". " << e.steps[i] << "\n";
    }
    std::cout << "\n" << feelLabel(e) << " " << e.feel << "\nStop if: " << e.stop_if << "\n";
    for (const auto& caution : e.cautions) {
        std::cout << "Take care: " << caution << "\n";
    }
    std::cout << "\nDefault dose: " << doseText(e.default_dose, doseUse(e)) << "\n"
              << "              (" << doseShorthand(e.default_dose, doseUse(e)) << ")\n";
    if (e.use == ExerciseUse::OneTime) {
        std::cout << "A one-time test: done 1 time, not every day; the log leaves it out.\n";
    } else if (e.use == ExerciseUse::AsNeeded) {
        std::cout << "Used as needed: held until the symptoms ease, any time; the log leaves it "
                     "out.\n";
    }
    if (!e.therapist_alert.empty()) {
        std::cout << "\nFor the therapist: " << e.therapist_alert << "\n";
    }
    return 0;
}

}  // namespace hep::cli
