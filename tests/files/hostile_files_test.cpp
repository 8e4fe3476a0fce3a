// Hostile program files, as an attacker or an unlucky clinic makes them: nesting that would
// recurse past the stack, a FIFO that never ends, a parse error that would quote a patient's
// name on stderr. Each is an input error naming the file, and nothing else.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "core/file_io.h"
#include "files/builtin_catalogue.h"
#include "files/program_file.h"
#include "images/photo.h"
#include "tests/support/image_makers.h"
#include "tests/support/model_support.h"

namespace hep {
namespace {

using nlohmann::json;

// A file nested 500,000 levels deep under an unknown field (1 MB) crashed the reader: every
// level was a level of recursion. Nesting is refused as the text is read.
TEST(ProgramFileErrors, DeepNestingIsAnInputErrorNotACrash) {
    for (std::size_t depth : {65u, 50000u, 500000u}) {
        std::string text = test::exampleProgramJson().dump();
        text.pop_back();  // the closing brace
        text += ", \"deep\": " + std::string(depth, '[') + std::string(depth, ']') + "}";
        try {
            parseHepFile(text, "deep.hep", test::builtinLookup());
            FAIL() << depth;
        } catch (const InputError& e) {
            EXPECT_EQ(std::string(e.what()),
                      "deep.hep: is nested deeper than 64 levels; a HEP Studio file never is");
        }
    }
    // 64 levels under the root are still read (and the unknown field reported).
    std::string text = test::exampleProgramJson().dump();
    text.pop_back();
    text += ", \"deep\": " + std::string(63, '[') + std::string(63, ']') + "}";
    EXPECT_NO_THROW(parseHepFile(text, "deep.hep", test::builtinLookup()));
}

// A parse error names the line and column, and never quotes the text it read: a tab in a
// patient's name put the name on stderr ("last read: '\"Zoë Secret-Name<TAB>'").
TEST(ProgramFileErrors, AParseErrorDoesNotQuoteThePatient) {
    std::string text = test::exampleProgramJson().dump();
    const auto at = text.find("Núñez");
    ASSERT_NE(at, std::string::npos);
    text.insert(at, "Secret\t");
    try {
        parseHepFile(text, "p.hep", test::builtinLookup());
        FAIL();
    } catch (const InputError& e) {
        const std::string message = e.what();
        EXPECT_EQ(message.find("Secret"), std::string::npos) << message;
        EXPECT_EQ(message.find("Núñez"), std::string::npos) << message;
        EXPECT_NE(message.find("line 1, column"), std::string::npos) << message;
    }
}

// 31 MB of "{}" took 1.2 GB to hold, and the parser's callback made long arrays of objects
// quadratic (over 15 minutes). Values are counted before the text is parsed.
TEST(ProgramFileErrors, MillionsOfTinyValuesAreAnInputError) {
    std::string text = test::exampleProgramJson().dump();
    text.pop_back();
    std::string many;
    for (int i = 0; i < 250000; ++i) {
        many += i == 0 ? "{}" : ",{}";
    }
    try {
        parseHepFile(text + ", \"x\": [" + many + "]}", "many.hep", test::builtinLookup());
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "many.hep: holds more than 200000 values; a HEP Studio file never does");
    }
    // 90,000 objects in a list are still read, and at once (linear time: this took minutes).
    many.resize(90000 * 3 - 1);
    EXPECT_NO_THROW(
        parseHepFile(text + ", \"x\": [" + many + "]}", "many.hep", test::builtinLookup()));
}

// A photo in a file larger than HEP Studio keeps is refused from its header, before its pixels
// are decoded (80 photos of 40 megapixels took 26 s to check); a kept one stays byte for byte.
TEST(ProgramFileErrors, AnOversizedPhotoIsRefusedFromItsHeader) {
    const std::string small = test::rgbPng(40, 30, [](int x, int y) {
        return test::Rgb{static_cast<unsigned char>(x), static_cast<unsigned char>(y), 9};
    });
    EXPECT_EQ(photoFromFile(small, "p.hep: photos[0]"), small);
    const std::string huge = test::withPngSize(small, 7300, 5470);
    try {
        photoFromFile(huge, "p.hep: photos[0]");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(std::string(e.what()).rfind("p.hep: photos[0]: is 7300 x 5470 pixels; a photo "
                                              "in a HEP Studio file is at most 1600 pixels",
                                              0),
                  0u)
            << e.what();
    }
}

// A FIFO (or a device) is never read whole: `hep check` on one waited forever.
TEST(ProgramFile, AFifoIsNotRead) {
    test::TempDir dir;
    const auto fifo = dir / "p.hep";
    ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
    try {
        readHepFile(fifo, test::builtinLookup());
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(std::string(e.what()), fifo.string() + ": is not a regular file");
    }
}

}  // namespace
}  // namespace hep
