#include "storage/sqlite_template_store.h"

#include "sql_rows.h"
#include "sqlite_database.h"

namespace hep {

SqliteTemplateStore::SqliteTemplateStore(Database& database)
    : SqliteTemplateStore(database, std::make_unique<SqliteCatalogueStore>(database)) {}

SqliteTemplateStore::SqliteTemplateStore(Database& database,
                                         std::unique_ptr<SqliteCatalogueStore> catalogue)
    : TemplateStore(*catalogue), db_(database), catalogue_(std::move(catalogue)) {}

std::vector<TemplateSummary> SqliteTemplateStore::list() const {
    SQLite::Statement q(sqlOf(db_),
                        "SELECT t.id, t.name, t.description, t.builtin, "
                        "(SELECT count(*) FROM template_items i WHERE i.template_id = t.id) "
                        "FROM templates t ORDER BY t.builtin DESC, t.name COLLATE NOCASE, t.id");
    std::vector<TemplateSummary> out;
    while (q.executeStep()) {
        out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(),
                       q.getColumn(2).getString(), q.getColumn(4).getInt(),
                       q.getColumn(3).getInt() != 0});
    }
    return out;
}

std::optional<ProtocolTemplate> SqliteTemplateStore::find(const std::string& id) const {
    return rows::findTemplate(sqlOf(db_), id);
}

void SqliteTemplateStore::writeTemplates(const std::vector<ProtocolTemplate>& templates,
                                         const std::vector<Exercise>& exercises,
                                         const std::function<void()>& check) {
    WriteTransaction tx(sqlOf(db_));
    for (const auto& e : exercises) {
        rows::upsertExercise(sqlOf(db_), e);
    }
    check();
    for (const auto& tmpl : templates) {
        rows::upsertTemplate(sqlOf(db_), tmpl);
    }
    tx.commit();
    if (!exercises.empty()) {
        exercisesChanged(db_);
    }
    templatesChanged(db_);
}

void SqliteTemplateStore::writeName(const std::string& id, const std::string& name) {
    SQLite::Statement st(sqlOf(db_), "UPDATE templates SET name = :name WHERE id = :id");
    st.bind(":name", name);
    st.bind(":id", id);
    st.exec();
    templatesChanged(db_);
}

void SqliteTemplateStore::eraseTemplate(const std::string& id) {
    WriteTransaction tx(sqlOf(db_));
    SQLite::Statement st(sqlOf(db_), "DELETE FROM templates WHERE id = :id");
    st.bind(":id", id);
    st.exec();
    tx.commit();
    templatesChanged(db_);
}

}  // namespace hep
