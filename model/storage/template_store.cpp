#include "storage/template_store.h"

#include "core/errors.h"
#include "core/file_io.h"
#include "core/text_limits.h"
#include "files/program_file.h"

namespace hep {

namespace {

// An exercise brought in (from a file, another catalogue) that is the one here: the same in
// everything but where it came from.
bool sameContent(Exercise brought, const Exercise& here) {
    brought.builtin = here.builtin;
    return brought == here;
}

}  // namespace

ProtocolTemplate TemplateStore::get(const std::string& id) const {
    if (auto t = find(id)) {
        return *t;
    }
    throw NotFoundError("There is no template with the id \"" + id + "\".");
}

std::string TemplateStore::freeId(const std::string& name) const {
    return freeSlug(name, [this](const std::string& id) { return find(id).has_value(); });
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
    return save(std::move(t), {});
}

std::string TemplateStore::save(ProtocolTemplate t, std::vector<Exercise> new_exercises) {
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
    for (auto& e : new_exercises) {
        e.builtin = false;
        if (auto problems = CatalogueStore::problemsOf(e)) {
            throw InputError(*problems);
        }
        if (auto existing = catalogue_.find(e.id)) {
            throw InputError("The id \"" + e.id + "\" is already used by the exercise \"" +
                             existing->name + "\". Choose another id.");
        }
    }
    writeTemplates({t}, new_exercises, [&] { check(t); });
    return t.id;
}

void TemplateStore::checkUnchanged(const ProtocolTemplate& t,
                                   std::optional<long long> seen_version) const {
    if (seen_version && *seen_version != versionOf(t.id)) {
        throw ChangedElsewhereError("\"" + t.name +
                                    "\" was changed by someone else since the list was shown. "
                                    "Nothing was changed here: look at it again, then try again.");
    }
}

void TemplateStore::rename(const std::string& id, const std::string& new_name,
                           std::optional<long long> seen_version) {
    ProtocolTemplate t = get(id);
    checkUnchanged(t, seen_version);
    if (t.builtin) {
        throw InputError("\"" + t.name +
                         "\" ships with HEP Studio and cannot be renamed. Duplicate it and "
                         "rename the copy.");
    }
    if (auto p = checkRequiredText(new_name, kMaxNameLength)) {
        throw InputError("The new name " + *p + ".");
    }
    writeName(id, new_name);
}

std::string TemplateStore::duplicate(const std::string& id, const std::string& new_name) {
    ProtocolTemplate t = get(id);
    t.name = new_name;
    t.id.clear();
    return save(std::move(t));
}

void TemplateStore::remove(const std::string& id, std::optional<long long> seen_version) {
    ProtocolTemplate t = get(id);
    checkUnchanged(t, seen_version);
    if (t.builtin) {
        throw InputError("\"" + t.name + "\" ships with HEP Studio and cannot be deleted.");
    }
    eraseTemplate(id);
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
            if (!sameContent(e, *existing)) {
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
    for (auto& e : to_add) {
        e.builtin = false;
    }
    writeTemplates({t}, to_add, [&] { check(t); });
    return t.id;
}

TemplateStore::CopyResult TemplateStore::copyIn(const std::vector<ProtocolTemplate>& templates,
                                                const std::vector<Exercise>& exercises) {
    CopyResult result;
    std::vector<std::string> clashes;
    std::vector<Exercise> new_exercises;
    for (Exercise e : exercises) {
        e.builtin = false;
        if (auto here = catalogue_.find(e.id)) {
            if (sameContent(e, *here)) {
                ++result.already_here;
            } else {
                clashes.push_back("exercise \"" + e.id + "\" (here: \"" + here->name + "\")");
            }
            continue;
        }
        if (auto problems = CatalogueStore::problemsOf(e)) {
            throw InputError("The exercise \"" + e.id + "\" cannot be copied: " + *problems);
        }
        result.exercises.push_back(e.id);
        new_exercises.push_back(std::move(e));
    }
    std::vector<ProtocolTemplate> new_templates;
    for (ProtocolTemplate t : templates) {
        t.builtin = false;
        if (auto here = find(t.id)) {
            if (t == *here) {
                ++result.already_here;
            } else {
                clashes.push_back("template \"" + t.id + "\" (here: \"" + here->name + "\")");
            }
            continue;
        }
        result.templates.push_back(t.id);
        new_templates.push_back(std::move(t));
    }
    if (!clashes.empty()) {
        std::string list;
        for (const auto& clash : clashes) {
            list += "\n  " + clash;
        }
        throw InputError(std::to_string(clashes.size()) +
                         (clashes.size() == 1 ? " id is" : " ids are") +
                         " already used here by something different; nothing was copied. "
                         "Rename or delete them on one side, then copy again:" +
                         list);
    }
    if (!new_exercises.empty() || !new_templates.empty()) {
        writeTemplates(new_templates, new_exercises, [&] {
            for (const auto& t : new_templates) {
                check(t);
            }
        });
    }
    return result;
}

std::string TemplateStore::importFile(const std::filesystem::path& path) {
    return importText(readFile(path), path.string());
}

}  // namespace hep
