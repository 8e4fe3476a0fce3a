#include "storage/catalogue_store.h"

#include <utility>

#include "core/errors.h"

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

Exercise CatalogueStore::get(const std::string& id) const {
    if (auto e = find(id)) {
        return *e;
    }
    throw NotFoundError("There is no exercise with the id \"" + id + "\" in the catalogue.");
}

ExerciseLookup CatalogueStore::lookup() const {
    return [this](const std::string& id) { return find(id); };
}

std::string freeSlug(const std::string& name,
                     const std::function<bool(const std::string&)>& taken) {
    const std::string base = slugFromName(name);
    std::string id = base;
    for (int n = 2; taken(id); ++n) {
        id = base + "-" + std::to_string(n);
    }
    return id;
}

std::string CatalogueStore::freeId(const std::string& name) const {
    return freeSlug(name, [this](const std::string& id) { return find(id).has_value(); });
}

std::optional<std::string> CatalogueStore::problemsOf(const Exercise& exercise) {
    if (auto problems = checkExercise(exercise); !problems.empty()) {
        return describeProblems(exercise, problems);
    }
    return std::nullopt;
}

void CatalogueStore::addCustom(Exercise exercise) {
    std::vector<Exercise> one;
    one.push_back(std::move(exercise));  // its photos can be megabytes
    addCustom(std::move(one));
}

void CatalogueStore::addCustom(std::vector<Exercise> exercises) {
    for (std::size_t i = 0; i < exercises.size(); ++i) {
        Exercise& exercise = exercises[i];
        exercise.builtin = false;
        if (auto problems = problemsOf(exercise)) {
            throw InputError(*problems);
        }
        if (auto existing = find(exercise.id)) {
            throw InputError("The id \"" + exercise.id + "\" is already used by the exercise \"" +
                             existing->name + "\". Choose another id.");
        }
        for (std::size_t k = 0; k < i; ++k) {
            if (exercises[k].id == exercise.id) {
                throw InputError("The id \"" + exercise.id + "\" is given to two exercises (\"" +
                                 exercises[k].name + "\" and \"" + exercise.name +
                                 "\"). Choose another id.");
            }
        }
    }
    insertExercises(exercises);
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
    if (auto problems = problemsOf(exercise)) {
        throw InputError(*problems);
    }
    replaceExercise(exercise);
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
    eraseExercise(id);
}

}  // namespace hep
