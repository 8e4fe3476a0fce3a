#include "server_stores.h"

#include "server_rows.h"

namespace hep::server {

std::optional<Exercise> CatalogueOnServer::find(const std::string& id) const {
    return connection_.read([&](Tx& tx) { return findExercise(tx, id); });
}

std::vector<Exercise> CatalogueOnServer::all() const {
    return connection_.read([&](Tx& tx) { return allExercises(tx); });
}

std::size_t CatalogueOnServer::count() const {
    return connection_.read([&](Tx& tx) {
        return tx.exec("SELECT count(*) FROM hep_exercises")[0][0].as<std::size_t>();
    });
}

const SummaryIndex& CatalogueOnServer::index() const {
    connection_.read([&](Tx& tx) {
        const long long now = changeCounts(tx).catalogue;
        if (now == index_count_) {
            return;
        }
        ExerciseSummaries summaries;
        std::vector<SummaryIndex::Texts> texts;
        for (const auto& row : tx.exec("SELECT id, builtin, document FROM hep_exercises")) {
            const Exercise e = exerciseOfRow(
                row, "the clinic server's exercise \"" + row[0].as<std::string>() + "\"");
            ExerciseSummary s;
            s.id = e.id;
            s.name = e.name;
            s.category = e.category;
            s.position = e.position;
            s.equipment = e.equipment;
            s.equipment.insert(s.equipment.end(), e.optional_equipment.begin(),
                               e.optional_equipment.end());
            s.conditions = e.conditions;
            s.builtin = e.builtin;
            s.key = static_cast<std::int64_t>(summaries.size());
            summaries.push_back(std::move(s));
            SummaryIndex::Texts t{e.purpose, {}};
            for (const auto& step : e.steps) {
                t.steps += step + "\n";
            }
            texts.push_back(std::move(t));
        }
        index_ = SummaryIndex(std::move(summaries), texts);
        index_count_ = now;
    });
    return index_;
}

SearchResults CatalogueOnServer::search(const SearchQuery& query) const {
    return index().search(query);
}

std::vector<std::string> CatalogueOnServer::templatesUsing(const std::string& id) const {
    return connection_.read([&](Tx& tx) {
        std::vector<std::string> names;
        for (const auto& row :
             tx.exec_params("SELECT DISTINCT t.name FROM hep_templates t JOIN hep_template_items i "
                            "ON i.template_id = t.id WHERE i.exercise_id = $1 ORDER BY t.name",
                            id)) {
            names.push_back(row[0].as<std::string>());
        }
        return names;
    });
}

void CatalogueOnServer::insertExercises(const std::vector<Exercise>& exercises) {
    connection_.write([&](Tx& tx) {
        for (const auto& e : exercises) {
            upsertExercise(tx, e);
        }
        countChange(tx, true, false);
    });
    changes_.publish({});
}

void CatalogueOnServer::replaceExercise(const Exercise& exercise) {
    insertExercises({exercise});
}

void CatalogueOnServer::eraseExercise(const std::string& id) {
    connection_.write([&](Tx& tx) {
        tx.exec_params("DELETE FROM hep_exercises WHERE id = $1 AND NOT builtin", id);
        countChange(tx, true, false);
    });
    changes_.publish({});
}

std::vector<TemplateSummary> TemplatesOnServer::list() const {
    return connection_.read([&](Tx& tx) {
        std::vector<TemplateSummary> out;
        for (const auto& row :
             tx.exec("SELECT t.id, t.name, t.description, t.builtin, (SELECT count(*) FROM "
                     "hep_template_items i WHERE i.template_id = t.id), t.version "
                     "FROM hep_templates t ORDER BY t.builtin DESC, lower(t.name), t.id")) {
            out.push_back({row[0].as<std::string>(), row[1].as<std::string>(),
                           row[2].as<std::string>(), row[4].as<int>(), row[3].as<bool>(),
                           row[5].as<long long>()});
        }
        return out;
    });
}

std::optional<ProtocolTemplate> TemplatesOnServer::find(const std::string& id) const {
    return connection_.read([&](Tx& tx) { return findTemplate(tx, id); });
}

void TemplatesOnServer::writeTemplates(const std::vector<ProtocolTemplate>& templates,
                                       const std::vector<Exercise>& exercises,
                                       const std::function<void()>& check) {
    connection_.write([&](Tx& tx) {
        for (const auto& e : exercises) {
            upsertExercise(tx, e);
        }
        check();
        for (const auto& tmpl : templates) {
            upsertTemplate(tx, tmpl);
        }
        countChange(tx, !exercises.empty(), true);
    });
    if (!exercises.empty()) {
        catalogue_changes_.publish({});
    }
    changes_.publish({});
}

void TemplatesOnServer::writeName(const std::string& id, const std::string& name) {
    connection_.write([&](Tx& tx) {
        tx.exec_params("UPDATE hep_templates SET name = $1, version = version + 1 WHERE id = $2",
                       name, id);
        countChange(tx, false, true);
    });
    changes_.publish({});
}

long long TemplatesOnServer::versionOf(const std::string& id) const {
    return connection_.read([&](Tx& tx) {
        const auto rows = tx.exec_params("SELECT version FROM hep_templates WHERE id = $1", id);
        return rows.empty() ? -1LL : rows[0][0].as<long long>();
    });
}

void TemplatesOnServer::eraseTemplate(const std::string& id) {
    connection_.write([&](Tx& tx) {
        tx.exec_params("DELETE FROM hep_templates WHERE id = $1", id);
        countChange(tx, false, true);
    });
    changes_.publish({});
}

}  // namespace hep::server
