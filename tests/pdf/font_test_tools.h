// Helpers the font tests share: the outside tools a test needs, and a character set from text.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "font_subset.h"
#include "tests/support/test_support.h"

namespace hep::test {

// Fails the test when the tool is not on PATH, naming the Debian package that has it.
inline void requireTool(const std::string& tool, const std::string& package) {
    const std::string missing = missingTool(tool, package);
    ASSERT_TRUE(missing.empty()) << missing;
}

inline CharacterSet charactersOf(std::string_view text) {
    CharacterSet characters;
    characters.addText(text);
    return characters;
}

}  // namespace hep::test
