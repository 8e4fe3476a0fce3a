#include "model/template_store.h"

#include "model/errors.h"
#include "model/file_io.h"
#include "model/sql_rows.h"
#include "model/sqlite_database.h"
#include "model/text_limits.h"

namespace hep {

std::vector<TemplateSummary> TemplateStore::list() const {
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

std::optional<ProtocolTemplate> TemplateStore::find(const std::string& id) const {
    return rows::findTemplate(sqlOf(db_), id);
}

ProtocolTemplate TemplateStore::get(const std::string& id) const {
    if (auto t = find(id)) {
        return *t;
    }
    throw NotFoundError("There is no template with the id \"" + id + "\".");
}

std::string TemplateStore::freeId(const std::string& name) const {
    std::string base = slugFromName(name);
    std::string id = base;
    for (int n = 2; find(id); ++n) {
        id = base + "-" + std::to_string(n);
    }
    return id;
}

void TemplateStore::check(const ProtocolTemplate& t) const {
    std::string where = "Template \"" + t.name + "\"";
    if (auto p = checkRequiredText(t.name, kMaxNameLength)) {
        throw InputError(where + ": the name " + *p + ".");
    }
    if (auto p = checkOptionalText(t.description, 4000)) {
        throw InputError(where + ": the description " + *p + ".");
    }
    if (auto p = checkOptionalText(t.instructions, 4000)) {
        throw InputError(where + ": the instructions " + *p + ".");
    }
    if (t.items.size() > kMaxItems) {
        throw InputError(where + " has " + std::to_string(t.items.size()) + " exercises; at most " +
                         std::to_string(kMaxItems) + " are allowed.");
    }
    for (std::size_t i = 0; i < t.items.size(); ++i) {
        const auto& item = t.items[i];
        std::string place = where + ", exercise " + std::to_string(i + 1);
        if (!catalogue_.find(item.exercise_id)) {
            throw InputError(place + ": \"" + item.exercise_id +
                             "\" is not an exercise of the catalogue.");
        }
        if (auto problems = checkDose(item.dose); !problems.empty()) {
            throw InputError(place + " (" + item.exercise_id + "): " + problems.front().field +
                             " " + problems.front().message + ".");
        }
        if (auto p = checkOptionalText(item.note, kMaxNoteLength)) {
            throw InputError(place + " (" + item.exercise_id + "): the note " + *p + ".");
        }
    }
}

std::string TemplateStore::save(ProtocolTemplate t) {
    auto existing = t.id.empty() ? std::nullopt : find(t.id);
    if (t.id.empty() || (existing && existing->builtin)) {
        if (existing && t.name == existing->name) {
            t.name += " (my copy)";
        }
        t.id = freeId(t.name);
    } else if (!isValidId(t.id)) {
        throw InputError("\"" + t.id + "\" is not a valid template id.");
    }
    t.builtin = false;
    check(t);
    WriteTransaction tx(sqlOf(db_));
    rows::upsertTemplate(sqlOf(db_), t);
    tx.commit();
    templatesChanged(db_);
    return t.id;
}

void TemplateStore::rename(const std::string& id, const std::string& new_name) {
    ProtocolTemplate t = get(id);
    if (t.builtin) {
        throw InputError("\"" + t.name +
                         "\" ships with HEP Studio and cannot be renamed. Duplicate it and "
                         "rename the copy.");
    }
    if (auto p = checkRequiredText(new_name, kMaxNameLength)) {
        throw InputError("The new name " + *p + ".");
    }
    SQLite::Statement st(sqlOf(db_), "UPDATE templates SET name = :name WHERE id = :id");
    st.bind(":name", new_name);
    st.bind(":id", id);
    st.exec();
    templatesChanged(db_);
}

std::string TemplateStore::duplicate(const std::string& id, const std::string& new_name) {
    ProtocolTemplate t = get(id);
    t.name = new_name;
    t.id.clear();
    return save(std::move(t));
}

void TemplateStore::remove(const std::string& id) {
    ProtocolTemplate t = get(id);
    if (t.builtin) {
        throw InputError("\"" + t.name + "\" ships with HEP Studio and cannot be deleted.");
    }
    WriteTransaction tx(sqlOf(db_));
    SQLite::Statement st(sqlOf(db_), "DELETE FROM templates WHERE id = :id");
    st.bind(":id", id);
    st.exec();
    tx.commit();
    templatesChanged(db_);
}

std::string TemplateStore::exportText(const std::string& id) const {
    ProtocolTemplate t = get(id);
    std::vector<Exercise> custom;
    for (const auto& item : t.items) {
        auto e = catalogue_.find(item.exercise_id);
        bool listed = false;
        for (const auto& c : custom) {
            listed = listed || c.id == item.exercise_id;
        }
        if (e && !e->builtin && !listed) {
            custom.push_back(*e);
        }
    }
    return templateToText(t, custom, catalogue_.lookup());
}

void TemplateStore::exportFile(const std::string& id, const std::filesystem::path& path) const {
    writeFileAtomically(path, exportText(id));
}

std::string TemplateStore::importText(std::string_view text, const std::string& source) {
    HepFile file = parseHepFile(text, source, catalogue_.lookup());
    if (file.kind != FileKind::Template) {
        throw InputError(source +
                         ": is a program, not a template (\"format\" is "
                         "\"hep-program\"). Open it as a program instead.");
    }
    ProtocolTemplate& t = file.template_;
    if (auto existing = find(t.id)) {
        throw InputError(source + ": a template with the id \"" + t.id + "\" (\"" + existing->name +
                         "\") is already in the catalogue. Delete or rename that one first, "
                         "or change the id in the file.");
    }
    std::vector<Exercise> to_add;
    for (std::size_t i = 0; i < file.custom_exercises.size(); ++i) {
        const Exercise& e = file.custom_exercises[i];
        if (auto existing = catalogue_.find(e.id)) {
            Exercise same = e;
            same.builtin = existing->builtin;
            if (!(same == *existing)) {
                throw InputError(source + ": exercises[" + std::to_string(i) + "] (" + e.id +
                                 "): a different exercise with this id is already in the "
                                 "catalogue. Change the id in the file, or edit the one in "
                                 "the catalogue to match.");
            }
        } else {
            to_add.push_back(e);
        }
    }
    t.builtin = false;
    WriteTransaction tx(sqlOf(db_));
    for (auto& e : to_add) {
        e.builtin = false;
        rows::upsertExercise(sqlOf(db_), e);
    }
    check(t);
    rows::upsertTemplate(sqlOf(db_), t);
    tx.commit();
    exercisesChanged(db_);
    templatesChanged(db_);
    return t.id;
}

std::string TemplateStore::importFile(const std::filesystem::path& path) {
    return importText(readFile(path), path.string());
}

}  // namespace hep
