// Searching the catalogue in memory, and the rules of filters and order every backend shares:
// the summaries sorted by name, with the words of each exercise's name, purpose and steps. The
// clinic server searches this; the SQLite file asks its full-text index for the matches and
// ranks them by the same rules.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/exercise_index.h"
#include "storage/catalogue_store.h"

namespace hep {

// True when the summary passes the query's filters (category, position, equipment, condition).
bool passesFilters(const ExerciseSummary& summary, const SearchQuery& query);

// Sorts by name (ASCII letters case folded), then id: the order of every list of exercises.
void sortByName(ExerciseSummaries& list);

// The group a match ranks in, best first: 0 every word typed is in the name and the name starts
// with the first word typed, 1 every word is in the name, 2 every word is in the name or the
// purpose, 3 a word is only in the steps.
int matchGroup(const ExerciseSummary& summary, std::string_view typed, bool all_in_name,
               bool all_in_name_or_purpose);

class SummaryIndex {
  public:
    // The texts searched besides the name, for each summary in the same order.
    struct Texts {
        std::string purpose;
        std::string steps;  // every step, one after another
    };

    SummaryIndex() = default;
    SummaryIndex(ExerciseSummaries summaries, const std::vector<Texts>& texts);

    // As CatalogueStore::search: every word typed, as a prefix of a word of the name, purpose
    // or steps (case and Latin accents folded); ranked by matchGroup, then by name.
    SearchResults search(const SearchQuery& query) const;
    std::size_t size() const { return all_ ? all_->size() : 0; }

  private:
    std::shared_ptr<const ExerciseSummaries> all_;
    std::vector<std::string> dictionary_;  // every word, sorted, once: a word's id is its place
    // For each summary: the sorted ids of the words of its name, purpose and steps.
    std::vector<std::array<std::vector<std::uint32_t>, 3>> words_;
};

}  // namespace hep
