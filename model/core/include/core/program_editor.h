// The program being worked on: its changes with undo and redo, whether it is saved, and who to
// tell when it changes. Plain C++, so the window stays thin and the behaviour is testable.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/program.h"
#include "core/topic.h"

namespace hep {

class ProgramEditor {
  public:
    explicit ProgramEditor(Program program = {});

    const Program& program() const { return states_[current_].program; }

    // Changes the program and records the change for undo under description ("Change dose").
    // Changes with the same non-empty merge_key in a row make one undo step (typing a name).
    // A change that would take the program past kMaxItems exercises throws InputError and
    // changes nothing.
    void change(const std::string& description, const std::function<void(Program&)>& edit,
                const std::string& merge_key = {});

    bool canUndo() const { return current_ > 0; }
    bool canRedo() const { return current_ + 1 < states_.size(); }
    std::string undoDescription() const;  // "" when nothing to undo
    std::string redoDescription() const;
    void undo();
    void redo();

    // Replaces the program (open, new) and forgets the undo history.
    void reset(Program program, std::filesystem::path file = {});

    bool modified() const { return current_ != saved_; }
    void markSaved(std::filesystem::path file);
    const std::filesystem::path& file() const { return file_; }

    // Tells of every change, undo, redo, reset and save until the Subscription is destroyed.
    [[nodiscard]] Subscription subscribe(Topic<ProgramChanged>::Listener listener) {
        return changes_.subscribe(std::move(listener));
    }

    // Common edits, each one undo step.
    // With its default dose (InputError when the program has kMaxItems already).
    void addExercise(const Exercise& exercise, std::size_t at);
    void removeItem(std::size_t index);
    void moveItem(std::size_t from, std::size_t to);
    void setDose(std::size_t index, const Dose& dose);
    void setNote(std::size_t index, const std::string& note);

  private:
    struct State {
        Program program;
        std::string description;  // of the change that led here
        std::string merge_key;
    };
    void notify(ProgramChanged::Kind kind);

    std::vector<State> states_;
    std::size_t current_ = 0;
    std::size_t saved_ = 0;  // the state last saved (or opened); npos-like when none matches
    std::filesystem::path file_;
    Topic<ProgramChanged> changes_;
};

inline constexpr std::size_t kMaxUndoSteps = 200;

}  // namespace hep
