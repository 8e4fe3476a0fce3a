#include "core/program_editor.h"

#include <algorithm>
#include <limits>

#include "core/errors.h"
#include "core/program_from_template.h"

namespace hep {

namespace {
constexpr std::size_t kNoState = std::numeric_limits<std::size_t>::max();
}

ProgramEditor::ProgramEditor(Program program) {
    states_.push_back({std::move(program), {}, {}});
}

void ProgramEditor::change(const std::string& description,
                           const std::function<void(Program&)>& edit,
                           const std::string& merge_key) {
    Program next = program();
    edit(next);
    if (next == program()) {
        return;
    }
    // Every edit that adds exercises (one, a template's, ...) stops at the limit, changing nothing.
    if (const std::size_t have = program().items.size();
        next.items.size() > kMaxItems && next.items.size() > have) {
        throw InputError("A program can have at most " + std::to_string(kMaxItems) +
                         " exercises; this one has " + std::to_string(have) + ", so " +
                         std::to_string(next.items.size() - have) + " more cannot be added.");
    }
    states_.resize(current_ + 1);  // a change after undo drops the redo steps
    if (saved_ != kNoState && saved_ > current_) {
        saved_ = kNoState;
    }
    bool merge = !merge_key.empty() && current_ > 0 && current_ != saved_ &&
                 states_[current_].merge_key == merge_key;
    if (merge) {
        states_[current_].program = std::move(next);
    } else {
        states_.push_back({std::move(next), description, merge_key});
        ++current_;
        if (states_.size() > kMaxUndoSteps + 1) {
            states_.erase(states_.begin());
            --current_;
            saved_ = saved_ == 0 || saved_ == kNoState ? kNoState : saved_ - 1;
        }
    }
    notify(ProgramChanged::Kind::Edit);
}

std::string ProgramEditor::undoDescription() const {
    return canUndo() ? states_[current_].description : std::string();
}

std::string ProgramEditor::redoDescription() const {
    return canRedo() ? states_[current_ + 1].description : std::string();
}

void ProgramEditor::undo() {
    if (canUndo()) {
        --current_;
        notify(ProgramChanged::Kind::Undo);
    }
}

void ProgramEditor::redo() {
    if (canRedo()) {
        ++current_;
        notify(ProgramChanged::Kind::Redo);
    }
}

void ProgramEditor::reset(Program program, std::filesystem::path file) {
    states_.assign(1, {std::move(program), {}, {}});
    current_ = saved_ = 0;
    file_ = std::move(file);
    notify(ProgramChanged::Kind::Reset);
}

void ProgramEditor::markSaved(std::filesystem::path file) {
    saved_ = current_;
    states_[current_].merge_key.clear();  // typing after a save starts a new step
    file_ = std::move(file);
    notify(ProgramChanged::Kind::Saved);
}

void ProgramEditor::notify(ProgramChanged::Kind kind) {
    changes_.publish(ProgramChanged{kind});
}

void ProgramEditor::addExercise(const Exercise& exercise, std::size_t at) {
    change("Add " + exercise.name, [&](Program& p) {
        at = std::min(at, p.items.size());
        p.items.insert(p.items.begin() + static_cast<long>(at),
                       ProgramItem{exercise.id, exercise.default_dose, "", {}});
        carryExercise(p, exercise);
    });
}

void ProgramEditor::removeItem(std::size_t index) {
    if (index >= program().items.size()) {
        return;
    }
    change("Remove exercise", [&](Program& p) {
        std::string id = p.items[index].exercise_id;
        p.items.erase(p.items.begin() + static_cast<long>(index));
        bool still_used = std::any_of(p.items.begin(), p.items.end(), [&](const ProgramItem& item) {
            return item.exercise_id == id;
        });
        if (!still_used) {
            std::erase_if(p.custom_exercises, [&](const Exercise& e) { return e.id == id; });
        }
    });
}

void ProgramEditor::moveItem(std::size_t from, std::size_t to) {
    const auto n = program().items.size();
    if (from >= n || to >= n || from == to) {
        return;
    }
    change(to < from ? "Move up" : "Move down", [&](Program& p) {
        ProgramItem item = std::move(p.items[from]);
        p.items.erase(p.items.begin() + static_cast<long>(from));
        p.items.insert(p.items.begin() + static_cast<long>(to), std::move(item));
    });
}

void ProgramEditor::setDose(std::size_t index, const Dose& dose) {
    if (index >= program().items.size()) {
        return;
    }
    change(
        "Change dose", [&](Program& p) { p.items[index].dose = dose; },
        "dose-" + std::to_string(index));
}

void ProgramEditor::setNote(std::size_t index, const std::string& note) {
    if (index >= program().items.size()) {
        return;
    }
    change(
        "Edit note", [&](Program& p) { p.items[index].note = note; },
        "note-" + std::to_string(index));
}

}  // namespace hep
