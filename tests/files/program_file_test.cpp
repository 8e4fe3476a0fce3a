#include "files/program_file.h"
#include "core/program_check.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "core/file_io.h"
#include "files/builtin_catalogue.h"
#include "tests/support/model_support.h"
#include "text/utf8.h"

namespace hep {
namespace {

using nlohmann::json;

HepFile parse(const json& j) {
    return parseHepFile(j.dump(), "p.hep", test::builtinLookup());
}

// The message of the InputError that parsing j throws, or "" when it parses.
std::string errorOf(const json& j) {
    try {
        parse(j);
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

TEST(ProgramFile, ReadsTheFormatExample) {
    HepFile file = parse(test::exampleProgramJson());
    ASSERT_EQ(file.kind, FileKind::Program);
    const Program& p = file.program;
    EXPECT_EQ(p.patient, "María José Núñez");
    EXPECT_EQ(p.date, "2026-11-24");
    EXPECT_EQ(p.clinic.phone, "555-0142");
    EXPECT_EQ(p.condition, "lumbar-spinal-stenosis");
    ASSERT_EQ(p.items.size(), 2u);
    EXPECT_EQ(p.items[0].exercise_id, "single-knee-to-chest");
    EXPECT_EQ(p.items[0].dose.hold_seconds, 20);
    EXPECT_EQ(p.items[0].dose.side, Side::Each);
    EXPECT_EQ(p.items[0].note, "Go only as far as is comfortable.");
    EXPECT_EQ(p.handout.log_weeks, 2);
    EXPECT_TRUE(file.warnings.empty());
}

TEST(ProgramFile, MissingDoseFieldsTakeTheDefault) {
    HepFile file = parse(test::exampleProgramJson());
    const Dose& bike = file.program.items[1].dose;
    EXPECT_EQ(bike.minutes, 10);
    EXPECT_EQ(bike.days_per_week, 5);
    // Everything else as the built-in stationary bike's default.
    Dose expected = lookupIn(builtinExercises())("stationary-bike")->default_dose;
    expected.minutes = 10;
    expected.days_per_week = 5;
    EXPECT_EQ(bike, expected);
}

TEST(ProgramFile, NullClearsADefaultField) {
    json j = test::exampleProgramJson();
    j["items"][0]["hold_seconds"] = nullptr;
    HepFile file = parse(j);
    EXPECT_FALSE(file.program.items[0].dose.hold_seconds.has_value());
    // Written back as null so that it stays cleared.
    json again = json::parse(programToText(file.program, test::builtinLookup()));
    EXPECT_TRUE(again["items"][0]["hold_seconds"].is_null());
    EXPECT_EQ(parse(again).program, file.program);
}

TEST(ProgramFile, RoundTripKeepsEverything) {
    HepFile file = parse(test::exampleProgramJson());
    Program p = file.program;
    p.items[1].note = "Ñandú 🚲 — “quotes” and \\ backslash";
    p.instructions = "Line one.\nLine two.";
    p.handout.paper = Paper::A4;
    p.handout.large_print = true;
    p.handout.education = false;
    p.handout.log_weeks = 4;
    std::string text = programToText(p, test::builtinLookup());
    HepFile again = parseHepFile(text, "again.hep", test::builtinLookup());
    EXPECT_EQ(again.program, p);
    EXPECT_EQ(programToText(again.program, test::builtinLookup()), text);
}

TEST(ProgramFile, CustomExercisesTravelWithTheFile) {
    Exercise custom = test::sampleExercise("wall-slide");
    Program with_custom;
    with_custom.custom_exercises = {custom};
    with_custom.items = {{"wall-slide", custom.default_dose, "", {}}};
    std::string text = programToText(with_custom, test::builtinLookup());
    HepFile file = parseHepFile(text, "c.hep", test::builtinLookup());
    ASSERT_EQ(file.custom_exercises.size(), 1u);
    EXPECT_EQ(file.custom_exercises[0], custom);
    EXPECT_EQ(file.program, with_custom);
    // Without its definition, the item's exercise is unknown.
    json j = json::parse(text);
    j["exercises"] = json::array();
    EXPECT_NE(errorOf(j).find("names \"wall-slide\""), std::string::npos);
}

// How an exercise is used travels with it; a file cannot make it both a test and as needed.
TEST(ProgramFile, AnExercisesUseTravelsAndIsOneOrTheOther) {
    for (ExerciseUse use : {ExerciseUse::Regular, ExerciseUse::OneTime, ExerciseUse::AsNeeded}) {
        Program p;
        p.custom_exercises = {test::sampleExercise("wall-slide")};
        p.custom_exercises[0].use = use;
        HepFile file =
            parseHepFile(programToText(p, test::builtinLookup()), "c.hep", test::builtinLookup());
        ASSERT_EQ(file.custom_exercises.size(), 1u);
        EXPECT_EQ(file.custom_exercises[0].use, use);
    }
    Program p;
    p.custom_exercises = {test::sampleExercise("wall-slide")};
    json j = json::parse(programToText(p, test::builtinLookup()));
    j["exercises"][0]["one_time"] = true;
    j["exercises"][0]["as_needed"] = true;
    EXPECT_EQ(errorOf(j),
              "p.hep: exercises[0] (wall-slide): field \"as_needed\" cannot be true with "
              "one_time: an exercise is a one-time test or used as needed, not both");
    j["exercises"][0]["as_needed"] = "yes";
    EXPECT_NE(errorOf(j).find("field \"as_needed\""), std::string::npos) << errorOf(j);
}

TEST(ProgramFile, UnknownFieldsAreWarnedAndKept) {
    json j = test::exampleProgramJson();
    j["colour"] = "blue";
    j["items"][0]["tempo"] = {{"up", 2}};
    HepFile file = parse(j);
    ASSERT_EQ(file.warnings.size(), 2u);
    EXPECT_EQ(file.warnings[0],
              "p.hep: items[0] (single-knee-to-chest): unknown field \"tempo\" (kept, not used)");
    EXPECT_EQ(file.warnings[1], "p.hep: unknown field \"colour\" (kept, not used)");
    json again = json::parse(programToText(file.program, test::builtinLookup()));
    EXPECT_EQ(again["colour"], "blue");
    EXPECT_EQ(again["items"][0]["tempo"]["up"], 2);
}

TEST(ProgramFile, ReadsATemplate) {
    json j = {{"format", "hep-template"},
              {"version", 1},
              {"id", "my-back"},
              {"name", "My back plan"},
              {"items", json::array({{{"exercise", "bridge"}, {"reps", 12}}})}};
    HepFile file = parse(j);
    ASSERT_EQ(file.kind, FileKind::Template);
    EXPECT_EQ(file.template_.id, "my-back");
    EXPECT_EQ(file.template_.items.at(0).dose.reps, 12);
    EXPECT_EQ(file.template_.items.at(0).dose.sets, 2);  // bridge's default
}

TEST(ProgramFileErrors, MalformedJson) {
    try {
        parseHepFile("{\"format\": \"hep-program\", ", "broken.hep", test::builtinLookup());
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("broken.hep: is not valid JSON"), std::string::npos)
            << e.what();
    }
    EXPECT_THROW(parseHepFile("", "empty.hep", test::builtinLookup()), InputError);
    EXPECT_THROW(parseHepFile("[1, 2]", "list.hep", test::builtinLookup()), InputError);
}

// Found by the program file fuzzer: a number too large for a double escaped as a JSON library
// exception of another kind, not an InputError.
TEST(ProgramFileErrors, NumberTooLargeIsAnInputError) {
    try {
        parseHepFile(R"({"format": "hep-program", "version": 1, "patient": 1e999})", "big.hep",
                     test::builtinLookup());
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("big.hep: is not valid JSON (number overflow"),
                  std::string::npos)
            << e.what();
    }
}

TEST(ProgramFileErrors, WrongTypesNameTheField) {
    json j = test::exampleProgramJson();
    j["items"][0]["reps"] = "ten";
    EXPECT_EQ(errorOf(j),
              "p.hep: items[0] (single-knee-to-chest): field \"reps\" must be a whole number, "
              "not \"ten\"");
    j = test::exampleProgramJson();
    j["items"][1]["minutes"] = 2.5;
    EXPECT_EQ(errorOf(j),
              "p.hep: items[1] (stationary-bike): field \"minutes\" must be a whole number, "
              "not 2.5");
    j = test::exampleProgramJson();
    j["patient"] = 42;
    EXPECT_EQ(errorOf(j), "p.hep: field \"patient\" must be text, not 42");
    j = test::exampleProgramJson();
    j["handout"]["large_print"] = "yes";
    EXPECT_EQ(errorOf(j),
              "p.hep: handout: field \"large_print\" must be true or false, not \"yes\"");
    j = test::exampleProgramJson();
    j["items"] = {{"exercise", "bridge"}};
    EXPECT_EQ(errorOf(j), "p.hep: field \"items\" must be a list, not an object");
    j["items"] = json::array({"bridge"});
    EXPECT_EQ(errorOf(j), "p.hep: items[0]: must be a JSON object, not \"bridge\"");
}

TEST(ProgramFileErrors, ALongValueIsShortenedWithoutCuttingACharacter) {
    json j = test::exampleProgramJson();
    std::string accents;
    for (int i = 0; i < 50; ++i) {
        accents += "é";  // two bytes each, after a one-byte "a" and the opening quote
    }
    j["items"][0]["reps"] = "a" + accents;
    const std::string error = errorOf(j);
    EXPECT_TRUE(isValidUtf8(error)) << error;
    EXPECT_TRUE(error.ends_with("not \"a" + accents.substr(0, 70) + "...")) << error;  // 35 é
}

TEST(ProgramFileErrors, OutOfBoundsDose) {
    json j = test::exampleProgramJson();
    j["items"][0]["reps"] = 500;
    EXPECT_EQ(errorOf(j),
              "p.hep: items[0] (single-knee-to-chest): field \"reps\" 500 is out of bounds (1 "
              "to 100)");
    j = test::exampleProgramJson();
    j["items"][1]["days_per_week"] = 0;
    EXPECT_NE(errorOf(j).find("items[1] (stationary-bike): field \"days_per_week\" 0 is out"),
              std::string::npos);
    j = test::exampleProgramJson();
    j["items"][0]["side"] = "middle";
    EXPECT_NE(errorOf(j).find("field \"side\" \"middle\" is not a side"), std::string::npos);
    j = test::exampleProgramJson();
    j["handout"]["log_weeks"] = 9;
    EXPECT_EQ(errorOf(j), "p.hep: handout: field \"log_weeks\" 9 is out of bounds (0 to 4)");
}

TEST(ProgramFileErrors, UnknownExerciseIdIsNamed) {
    json j = test::exampleProgramJson();
    j["items"][1]["exercise"] = "moon-walk";
    EXPECT_EQ(errorOf(j),
              "p.hep: items[1] (moon-walk): field \"exercise\" names \"moon-walk\", which is "
              "neither a built-in exercise nor defined in the file's \"exercises\"");
}

TEST(ProgramFileErrors, NewerFormatVersion) {
    json j = test::exampleProgramJson();
    j["version"] = 2;
    EXPECT_EQ(errorOf(j),
              "p.hep: field \"version\" is 2: the file was made by a newer version of HEP "
              "Studio (this version reads format version 1); please update HEP Studio");
    j["version"] = 0;
    EXPECT_NE(errorOf(j), "");
    j.erase("version");
    EXPECT_EQ(errorOf(j), "p.hep: field \"version\" is missing");
}

TEST(ProgramFileErrors, FormatMustBeKnown) {
    json j = test::exampleProgramJson();
    j["format"] = "something-else";
    EXPECT_NE(errorOf(j).find("field \"format\" is \"something-else\""), std::string::npos);
    j.erase("format");
    EXPECT_EQ(errorOf(j), "p.hep: field \"format\" is missing");
}

TEST(ProgramFileErrors, TemplateNeedsANameAndId) {
    json j = {{"format", "hep-template"},
              {"version", 1},
              {"id", "t"},
              {"name", "  "},
              {"items", json::array()}};
    EXPECT_EQ(errorOf(j), "p.hep: field \"name\" is empty");
    j["name"] = "Fine";
    j["id"] = "Not An Id";
    EXPECT_NE(errorOf(j).find("field \"id\" \"Not An Id\" is not a valid template id"),
              std::string::npos);
    j.erase("id");
    EXPECT_EQ(errorOf(j), "p.hep: field \"id\" is missing");
}

TEST(ProgramFileErrors, DuplicateCustomExerciseIds) {
    Program p;
    p.custom_exercises = {test::sampleExercise("wall-slide"), test::sampleExercise("wall-slide")};
    json j = json::parse(programToText(p, test::builtinLookup()));
    EXPECT_EQ(errorOf(j),
              "p.hep: exercises[1]: the id \"wall-slide\" is defined twice in this file; give "
              "each exercise its own id");
}

TEST(ProgramFileErrors, CustomExerciseMayNotTakeABuiltinId) {
    Program p;
    p.custom_exercises = {test::sampleExercise("bridge")};
    json j = json::parse(programToText(p, test::builtinLookup()));
    EXPECT_NE(errorOf(j).find("exercises[0]: the id \"bridge\" belongs to a built-in exercise"),
              std::string::npos);
}

TEST(ProgramFileErrors, BadCustomExerciseNamesItsField) {
    Program p;
    Exercise e = test::sampleExercise("wall-slide");
    e.steps = {"Only one step."};
    p.custom_exercises = {e};
    json j = json::parse(programToText(p, test::builtinLookup()));
    EXPECT_EQ(errorOf(j),
              "p.hep: exercises[0] (wall-slide): field \"steps\" has 1 steps; 3 to 7 are allowed");
}

TEST(ProgramFileErrors, VeryLongText) {
    json j = test::exampleProgramJson();
    j["items"][0]["note"] = std::string(kMaxNoteLength + 1, 'a');
    EXPECT_EQ(errorOf(j),
              "p.hep: items[0] (single-knee-to-chest): field \"note\" is too long (5001 "
              "characters; at most 5000)");
    j = test::exampleProgramJson();
    j["patient"] = std::string(201, 'x');
    EXPECT_NE(errorOf(j).find("field \"patient\" is too long"), std::string::npos);
}

TEST(ProgramFileErrors, TooManyItems) {
    json j = test::exampleProgramJson();
    json items = json::array();
    for (std::size_t i = 0; i <= kMaxItems; ++i) {
        items.push_back({{"exercise", "bridge"}});
    }
    j["items"] = items;
    EXPECT_EQ(errorOf(j), "p.hep: field \"items\" has 41 exercises; at most 40 are allowed");
}

TEST(ProgramFileErrors, BadDate) {
    json j = test::exampleProgramJson();
    j["date"] = "24/11/2026";
    EXPECT_EQ(errorOf(j), "p.hep: field \"date\" is \"24/11/2026\"; write the date as YYYY-MM-DD");
    j["date"] = "2026-02-29";
    EXPECT_NE(errorOf(j), "");
    j["date"] = "2028-02-29";
    EXPECT_EQ(errorOf(j), "");
}

TEST(ProgramFileErrors, InvalidUtf8) {
    std::string text = test::exampleProgramJson().dump();
    auto at = text.find("Núñez");
    text.replace(at, 1, "\xC0");
    EXPECT_THROW(parseHepFile(text, "p.hep", test::builtinLookup()), InputError);
}

// A NUL in a value does not cut the message before the field it names.
TEST(ProgramFileErrors, ANulInAnIdIsShownNotCutAt) {
    json j = {{"format", "hep-program"},
              {"version", 1},
              {"items", {{{"exercise", std::string("a\0b", 3)}}}}};
    const std::string message = errorOf(j);
    EXPECT_EQ(message.find('\0'), std::string::npos);
    EXPECT_NE(message.find("(a\\x00b): field \"exercise\""), std::string::npos) << message;
}

TEST(ProgramFile, ReadFileNamesAMissingFile) {
    try {
        readHepFile("/nonexistent/p.hep", test::builtinLookup());
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(std::string(e.what()).rfind("/nonexistent/p.hep: cannot be read", 0), 0u);
    }
}

TEST(ProgramFile, CheckProgramNamesProblems) {
    Program p;
    p.items.push_back({"bridge", {}, std::string(5001, 'n'), {}});
    p.items[0].dose.reps = 0;
    p.date = "tomorrow";
    auto problems = checkProgram(p);
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_EQ(problems[0], "date \"tomorrow\" is not a date (YYYY-MM-DD)");
    EXPECT_EQ(problems[1], "exercise 1 (bridge) note is too long (5001 characters; at most 5000)");
    EXPECT_EQ(problems[2], "exercise 1 (bridge) reps 0 is out of bounds (1 to 100)");
}

}  // namespace
}  // namespace hep
