#include "deflated_font_cache.h"

#include <algorithm>
#include <mutex>
#include <vector>

namespace hep {

namespace {

struct Entry {
    std::string program;
    std::string deflated;
};

struct Cache {
    std::mutex mutex;
    std::vector<Entry> entries;  // the latest first
};

Cache& cache() {
    static Cache instance;
    return instance;
}

}  // namespace

std::optional<std::string> findDeflatedFont(std::string_view program) {
    Cache& c = cache();
    const std::lock_guard<std::mutex> lock(c.mutex);
    const auto found = std::find_if(c.entries.begin(), c.entries.end(),
                                    [&](const Entry& e) { return e.program == program; });
    if (found == c.entries.end()) {
        return std::nullopt;
    }
    std::rotate(c.entries.begin(), found, found + 1);
    return c.entries.front().deflated;
}

void keepDeflatedFont(std::string_view program, std::string_view deflated) {
    Cache& c = cache();
    const std::lock_guard<std::mutex> lock(c.mutex);
    if (std::any_of(c.entries.begin(), c.entries.end(),
                    [&](const Entry& e) { return e.program == program; })) {
        return;
    }
    if (c.entries.size() == kDeflatedFontCacheSize) {
        c.entries.pop_back();
    }
    c.entries.insert(c.entries.begin(), Entry{std::string(program), std::string(deflated)});
}

}  // namespace hep
