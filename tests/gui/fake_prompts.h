// A UserPrompts for tests: records what the window says and answers its questions from queues.
#pragma once

#include <deque>
#include <vector>

#include "app/gui/user_prompts.h"

namespace hep::gui::test {

class FakePrompts : public UserPrompts {
  public:
    std::deque<wxString> paths;         // answers to openPath and savePath, in order
    std::deque<DiscardChoice> discard;  // answers to askToSave (Cancel when empty)
    std::deque<bool> confirms;          // answers to confirm (false when empty)
    std::vector<wxString> errors, infos, questions, opened;
    int save_questions = 0;

    std::optional<wxString> openPath(wxWindow*, const wxString&, const wxString&) override {
        return next();
    }
    std::optional<wxString> savePath(wxWindow*, const wxString&, const wxString&,
                                     const wxString&) override {
        return next();
    }
    DiscardChoice askToSave(wxWindow*, const wxString&) override {
        ++save_questions;
        if (discard.empty()) {
            return DiscardChoice::Cancel;
        }
        auto answer = discard.front();
        discard.pop_front();
        return answer;
    }
    bool confirm(wxWindow*, const wxString& question, const wxString&) override {
        questions.push_back(question);
        if (confirms.empty()) {
            return false;
        }
        bool answer = confirms.front();
        confirms.pop_front();
        return answer;
    }
    void error(wxWindow*, const wxString& message) override { errors.push_back(message); }
    void info(wxWindow*, const wxString& message) override { infos.push_back(message); }
    void openInViewer(const wxString& path) override { opened.push_back(path); }

  private:
    std::optional<wxString> next() {
        if (paths.empty()) {
            return std::nullopt;
        }
        wxString path = paths.front();
        paths.pop_front();
        return path;
    }
};

}  // namespace hep::gui::test
