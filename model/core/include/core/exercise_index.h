// Search results over an in-memory list of every exercise's summary, sorted by name, so that a
// search as the user types costs a full-text lookup and no copying of rows.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace hep {

// What a list shows for each exercise, without the full text.
struct ExerciseSummary {
    std::string id;
    std::string name;
    std::string category;
    std::string position;
    std::vector<std::string> equipment;   // needed and optional
    std::vector<std::string> conditions;  // the condition ids it serves
    bool builtin = false;
    std::int64_t key = 0;  // the database row
};

// Every exercise's summary, sorted by name (case folded), then id.
using ExerciseSummaries = std::vector<ExerciseSummary>;

// The exercises a search found, in order, as positions in a shared list of summaries: reading a
// result copies nothing, and the results stay valid while the catalogue changes.
class SearchResults {
  public:
    SearchResults() = default;
    SearchResults(std::shared_ptr<const ExerciseSummaries> all, std::vector<std::uint32_t> order)
        : all_(std::move(all)), order_(std::move(order)) {}

    std::size_t size() const { return order_.size(); }
    bool empty() const { return order_.empty(); }
    const ExerciseSummary& operator[](std::size_t i) const { return (*all_)[order_[i]]; }

    class Iterator {
      public:
        Iterator(const SearchResults* results, std::size_t i) : results_(results), i_(i) {}
        const ExerciseSummary& operator*() const { return (*results_)[i_]; }
        const ExerciseSummary* operator->() const { return &(*results_)[i_]; }
        Iterator& operator++() {
            ++i_;
            return *this;
        }
        bool operator==(const Iterator& other) const = default;

      private:
        const SearchResults* results_;
        std::size_t i_;
    };
    Iterator begin() const { return {this, 0}; }
    Iterator end() const { return {this, order_.size()}; }

  private:
    std::shared_ptr<const ExerciseSummaries> all_;
    std::vector<std::uint32_t> order_;
};

}  // namespace hep
