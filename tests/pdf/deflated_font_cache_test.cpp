// Tests of the cache of deflated font programs: matched on every byte, the latest kept.
#include "deflated_font_cache.h"

#include <gtest/gtest.h>

#include <string>

namespace hep {
namespace {

// A font program of 20,000 bytes that no other test keeps.
std::string program(char tag) {
    std::string bytes(20000, '\0');
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        bytes[i] = static_cast<char>((i * 7 + static_cast<unsigned char>(tag)) % 251);
    }
    return "deflated-font-cache-test " + std::string(1, tag) + bytes;
}

TEST(DeflatedFontCache, FindsAProgramOnlyByAllItsBytes) {
    const std::string kept = program('a');
    keepDeflatedFont(kept, "deflated a");
    EXPECT_EQ(findDeflatedFont(kept), "deflated a");

    std::string lastByte = kept;
    lastByte.back() = static_cast<char>(lastByte.back() + 1);
    EXPECT_EQ(findDeflatedFont(lastByte), std::nullopt);
    EXPECT_EQ(findDeflatedFont(kept.substr(0, kept.size() - 1)), std::nullopt);
    EXPECT_EQ(findDeflatedFont(kept + '\0'), std::nullopt);
}

TEST(DeflatedFontCache, KeepsTheLatestAndTheLastFound) {
    static_assert(kDeflatedFontCacheSize == 4);
    for (char tag : {'b', 'c', 'd', 'e'}) {
        keepDeflatedFont(program(tag), std::string("deflated ") + tag);
    }
    ASSERT_EQ(findDeflatedFont(program('b')), "deflated b");  // now the latest
    keepDeflatedFont(program('f'), "deflated f");             // c, the oldest, goes
    EXPECT_EQ(findDeflatedFont(program('c')), std::nullopt);
    for (char tag : {'b', 'd', 'e', 'f'}) {
        EXPECT_EQ(findDeflatedFont(program(tag)), std::string("deflated ") + tag) << tag;
    }
    keepDeflatedFont(program('d'), "kept again");  // already there: left as it was
    EXPECT_EQ(findDeflatedFont(program('d')), "deflated d");
}

}  // namespace
}  // namespace hep
