#include "storage/summary_index.h"

#include <algorithm>
#include <numeric>
#include <utility>

#include "text/search_words.h"

namespace hep {

namespace {

char foldAscii(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool lessFolded(const std::string& a, const std::string& b) {
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                        [](char x, char y) { return foldAscii(x) < foldAscii(y); });
}

bool startsWithFolded(std::string_view text, std::string_view prefix) {
    if (prefix.empty() || prefix.size() > text.size()) {
        return false;
    }
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (foldAscii(text[i]) != foldAscii(prefix[i])) {
            return false;
        }
    }
    return true;
}

std::string_view firstWord(std::string_view text) {
    const auto start = text.find_first_not_of(" \t");
    if (start == std::string_view::npos) {
        return {};
    }
    const auto end = text.find_first_of(" \t", start);
    return text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

bool lessSummary(const ExerciseSummary& a, const ExerciseSummary& b) {
    if (lessFolded(a.name, b.name)) {
        return true;
    }
    if (lessFolded(b.name, a.name)) {
        return false;
    }
    return a.id < b.id;
}

// True when a sorted list of word ids holds one in [first, last).
bool holdsAnyOf(const std::vector<std::uint32_t>& ids, std::uint32_t first, std::uint32_t last) {
    const auto found = std::lower_bound(ids.begin(), ids.end(), first);
    return found != ids.end() && *found < last;
}

}  // namespace

bool passesFilters(const ExerciseSummary& s, const SearchQuery& query) {
    if (!query.category.empty() && s.category != query.category) {
        return false;
    }
    if (!query.position.empty() && s.position != query.position) {
        return false;
    }
    auto has = [](const std::vector<std::string>& words, const std::string& word) {
        return word.empty() || std::find(words.begin(), words.end(), word) != words.end();
    };
    return has(s.equipment, query.equipment) && has(s.conditions, query.condition);
}

void sortByName(ExerciseSummaries& list) {
    std::sort(list.begin(), list.end(), lessSummary);
}

int matchGroup(const ExerciseSummary& summary, std::string_view typed, bool all_in_name,
               bool all_in_name_or_purpose) {
    if (all_in_name) {
        return startsWithFolded(summary.name, firstWord(typed)) ? 0 : 1;
    }
    return all_in_name_or_purpose ? 2 : 3;
}

SummaryIndex::SummaryIndex(ExerciseSummaries summaries, const std::vector<Texts>& texts) {
    std::vector<std::size_t> order(summaries.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return lessSummary(summaries[a], summaries[b]);
    });
    std::vector<std::array<std::vector<std::string>, 3>> words(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::size_t from = order[i];
        words[i][0] = searchWords(summaries[from].name);
        if (from < texts.size()) {
            words[i][1] = searchWords(texts[from].purpose);
            words[i][2] = searchWords(texts[from].steps);
        }
        for (const auto& column : words[i]) {
            dictionary_.insert(dictionary_.end(), column.begin(), column.end());
        }
    }
    std::sort(dictionary_.begin(), dictionary_.end());
    dictionary_.erase(std::unique(dictionary_.begin(), dictionary_.end()), dictionary_.end());
    words_.resize(order.size());
    auto list = std::make_shared<ExerciseSummaries>();
    list->reserve(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        list->push_back(std::move(summaries[order[i]]));
        for (std::size_t c = 0; c < 3; ++c) {
            auto& ids = words_[i][c];
            for (const auto& word : words[i][c]) {
                ids.push_back(static_cast<std::uint32_t>(
                    std::lower_bound(dictionary_.begin(), dictionary_.end(), word) -
                    dictionary_.begin()));
            }
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        }
    }
    all_ = std::move(list);
}

SearchResults SummaryIndex::search(const SearchQuery& query) const {
    if (!all_) {
        return {};
    }
    std::vector<std::uint32_t> order;
    const std::vector<std::string> typed = searchWords(query.text);
    if (typed.empty()) {
        for (std::uint32_t i = 0; i < all_->size(); ++i) {
            if (passesFilters((*all_)[i], query)) {
                order.push_back(i);
            }
        }
        return {all_, std::move(order)};
    }
    // Each word typed as the range of dictionary ids it is a prefix of.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges;
    for (const auto& word : typed) {
        const auto first = std::lower_bound(dictionary_.begin(), dictionary_.end(), word);
        auto last = first;
        while (last != dictionary_.end() && last->compare(0, word.size(), word) == 0) {
            ++last;
        }
        if (first == last) {
            return {all_, {}};  // a word that no exercise holds
        }
        ranges.emplace_back(static_cast<std::uint32_t>(first - dictionary_.begin()),
                            static_cast<std::uint32_t>(last - dictionary_.begin()));
    }
    std::vector<std::pair<int, std::uint32_t>> ranked;  // (group, place in all_)
    for (std::uint32_t i = 0; i < all_->size(); ++i) {
        const ExerciseSummary& s = (*all_)[i];
        bool all_in_name = true;
        bool all_in_name_or_purpose = true;
        bool matched = true;
        for (const auto& [first, last] : ranges) {
            const bool in_name = holdsAnyOf(words_[i][0], first, last);
            const bool in_purpose = in_name || holdsAnyOf(words_[i][1], first, last);
            if (!in_purpose && !holdsAnyOf(words_[i][2], first, last)) {
                matched = false;
                break;
            }
            all_in_name = all_in_name && in_name;
            all_in_name_or_purpose = all_in_name_or_purpose && in_purpose;
        }
        if (matched && passesFilters(s, query)) {
            ranked.emplace_back(matchGroup(s, query.text, all_in_name, all_in_name_or_purpose), i);
        }
    }
    std::sort(ranked.begin(), ranked.end());
    order.reserve(ranked.size());
    for (const auto& entry : ranked) {
        order.push_back(entry.second);
    }
    return {all_, std::move(order)};
}

}  // namespace hep
