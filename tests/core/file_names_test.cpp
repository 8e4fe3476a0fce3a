// Names at the file system's limits: any valid name can be written (the temporary name beside
// it must not be too long), and a path too long for the system is said to be so, not "missing".
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "core/errors.h"
#include "core/file_io.h"
#include "tests/support/model_support.h"

namespace hep {
namespace {

namespace fs = std::filesystem;

std::size_t filesIn(const fs::path& folder) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder)) {
        ++n;
    }
    return n;
}

TEST(FileNames, NamesUpToTheLimitAreWritten) {
    test::TempDir dir;
    std::string accented;
    while (accented.size() + 2 <= 251) {
        accented += "é";  // 2 bytes each: the cut must not split one
    }
    for (const std::string& name :
         {std::string(255, 'a'), std::string(244, 'b'), accented + ".hep"}) {
        const fs::path file = dir / name;
        writeFileAtomically(file, "content");
        EXPECT_EQ(readFile(file), "content") << name.size();
        fs::remove(file);
        EXPECT_EQ(filesIn(dir.path()), 0u)
            << "a temporary file was left for a name of " << name.size();
    }
}

TEST(FileNames, APathTooLongForTheSystemIsNotMissing) {
    test::TempDir dir;
    fs::path deep = dir.path();
    while (deep.string().size() < 5000) {
        deep /= std::string(100, 'd');
    }
    try {
        writeFileAtomically(deep / "p.hep", "content");
        ADD_FAILURE() << "a path of 5000 bytes was written";
    } catch (const StorageError& e) {
        const std::string message = e.what();
        EXPECT_EQ(message.find("does not exist"), std::string::npos) << message;
        EXPECT_NE(message.find("cannot be reached"), std::string::npos) << message;
    }
}

}  // namespace
}  // namespace hep
