// Cross-checks our reading level against GNU style (package diction), and checks the catalogue's.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/exercise.h"
#include "files/builtin_catalogue.h"
#include "text/readability.h"

namespace hep {
namespace {

constexpr double kTolerance = 1.0;       // grades
constexpr double kCatalogueLimit = 6.0;  // HANDOUT.md, "Reading level"
constexpr const char* kInstallStyle =
    "GNU style is not installed: install the Debian package `diction` (apt-get install diction; "
    "test.sh installs it).";

bool styleInstalled() {
    return std::system("command -v style >/dev/null 2>&1") == 0;
}

// What style says of a text.
struct StyleReport {
    double kincaid = 0;
    int words = 0;
    int sentences = 0;
    std::string output;
};

// Runs style on the text (written to a temporary file) and reads its figures; nullopt with the
// reason in error when that fails.
std::optional<StyleReport> runStyle(const std::string& text, std::string& error) {
    std::string path = (std::filesystem::temp_directory_path() / "hep-style-XXXXXX").string();
    int fd = mkstemp(path.data());
    if (fd < 0) {
        error = "cannot create a temporary file";
        return std::nullopt;
    }
    std::string content = text + "\n";
    bool written =
        write(fd, content.data(), content.size()) == static_cast<ssize_t>(content.size());
    close(fd);
    StyleReport report;
    if (written) {
        // The C locale keeps the decimal point a point.
        std::string command = "LC_ALL=C style '" + path + "' 2>&1";
        if (FILE* pipe = popen(command.c_str(), "r")) {
            char buffer[4096];
            std::size_t n = 0;
            while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
                report.output.append(buffer, n);
            }
            pclose(pipe);
        }
    }
    std::filesystem::remove(path);
    if (!written) {
        error = "cannot write " + path;
        return std::nullopt;
    }

    bool found = false;
    std::istringstream lines(report.output);
    for (std::string line; std::getline(lines, line);) {
        if (auto at = line.find("Kincaid:"); at != std::string::npos) {
            report.kincaid = std::strtod(line.c_str() + at + 8, nullptr);
            found = true;
        } else if (line.find(" words, average length") != std::string::npos) {
            report.words = std::atoi(line.c_str());
        } else if (line.find(" sentences, average length") != std::string::npos) {
            report.sentences = std::atoi(line.c_str());
        }
    }
    if (!found) {
        error = "no \"Kincaid:\" line in the output of style:\n" + report.output;
        return std::nullopt;
    }
    return report;
}

// style (diction 1.11, syll_en) counts a syllable for a vowel followed by a consonant only, so it
// drops the last syllable of a word that ends in a vowel sound other than a silent "e": "tummy",
// "slowly", "body", "okay", "into". We count it, so on such words our grade is higher by design:
// 11.8 / words for each. The number of such words in the text (ASCII runs of letters, as style
// reads words).
int wordsEndingInAVowelSound(const std::string& text) {
    int count = 0;
    std::string word;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        char c = i < text.size() ? text[i] : ' ';
        if (std::isalpha(static_cast<unsigned char>(c))) {
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            continue;
        }
        if (!word.empty() && std::string_view("aiouy").find(word.back()) != std::string::npos &&
            countSyllables(word) >= 2) {
            ++count;
        }
        word.clear();
    }
    return count;
}

// Our grade agrees with style's Kincaid: at most kTolerance below it, and at most kTolerance above
// it once the syllables style is known to drop are taken off.
::testing::AssertionResult agreesWithStyle(const std::string& text, bool same_sentences) {
    std::string error;
    auto style = runStyle(text, error);
    if (!style) {
        return ::testing::AssertionFailure() << error;
    }
    ReadabilityScores ours = scoreText(text);
    int dropped = wordsEndingInAVowelSound(text);
    double allowance = ours.words > 0 ? 11.8 * dropped / ours.words : 0;
    double difference = ours.grade - style->kincaid;
    std::ostringstream detail;
    detail << "our grade " << ours.grade << " (" << ours.sentences << " sentences, " << ours.words
           << " words, " << ours.syllables << " syllables), style's Kincaid " << style->kincaid
           << " (" << style->sentences << " sentences, " << style->words << " words), difference "
           << difference << ", allowed -" << kTolerance << " to +" << kTolerance + allowance << " ("
           << dropped << " words end in a vowel sound style does not count)\ntext: " << text;
    if (difference < -kTolerance || difference > kTolerance + allowance) {
        return ::testing::AssertionFailure() << detail.str();
    }
    if (same_sentences && ours.sentences != style->sentences) {
        return ::testing::AssertionFailure() << "sentence counts differ: " << detail.str();
    }
    return ::testing::AssertionSuccess() << detail.str();
}

// Plain-language exercise instructions, as a therapist or the catalogue would write them.
const std::vector<std::string>& sampleParagraphs() {
    static const std::vector<std::string> paragraphs = {
        // NOLINTNEXTLINE(bugprone-suspicious-missing-comma): long paragraphs, joined on purpose
        "Lie on your back with your knees bent and your feet flat on the bed. Tighten your tummy "
        "muscles. Gently press your low back into the bed. Hold for 5 seconds, then relax. Do "
        "this 10 times.",

        "Sit up tall in a sturdy chair with your feet flat on the floor. Slowly straighten one "
        "knee until your leg is out in front of you. Hold it there for 3 seconds. Lower your foot "
        "back to the floor. Switch legs. Do 10 on each side, 2 times a day.",

        "Stand facing a wall and put both hands on it at shoulder height. Step one foot back and "
        "keep that heel on the floor. Bend your front knee until you feel a stretch in the calf "
        "of your back leg. Hold the stretch for 30 seconds. Breathe normally. Do this 3 times on "
        "each side.",

        "Walk at an easy pace for 5 minutes. Then walk a little faster for 1 minute. You should "
        "be able to talk, but not sing. Slow down again for 2 minutes. Repeat this pattern 3 "
        "times. Stop if you feel chest pain, get short of breath or feel dizzy.",

        "Get down on your hands and knees on a mat. Keep your hands under your shoulders and "
        "your knees under your hips. Slowly round your back up toward the ceiling and let your "
        "head drop. Then let your tummy sink toward the floor and lift your head. Move slowly and "
        "smoothly. Do this 10 times.",

        "Lie on your side with your hips and knees bent. Keep your feet together. Lift your top "
        "knee as high as you can without rolling your hips back. Hold for 2 seconds. Lower it "
        "slowly. Do 10 lifts, then turn over and do the other side. You can add an elastic band "
        "around your thighs to make it harder.",

        "Hold on to a kitchen counter with both hands. Stand with your feet about hip width "
        "apart. Rise up onto your toes as high as you can. Hold for a moment, then lower your "
        "heels slowly to the floor. Do 15 of these. Keep your knees straight but not locked.",

        "This exercise helps your low back move more freely. Lie on your back with your knees "
        "bent. Keep your shoulders flat on the bed. Let both knees fall slowly to one side, as "
        "far as feels comfortable. Hold for 5 seconds. Bring them back to the middle and then let "
        "them fall to the other side. Repeat 10 times to each side.",

        "Mild pain while you exercise is okay if it goes away within an hour. Stop any exercise "
        "that makes your back or leg pain clearly worse. Call the clinic if your pain, tingling "
        "or weakness keeps getting worse. Get emergency care right away if you cannot control "
        "your bladder or bowels.",

        "Sit on the edge of a chair. Put one leg out straight with your heel on the floor and "
        "your toes pointing up. Keep your back straight and lean forward from your hips until you "
        "feel a gentle stretch behind your thigh. Do not bounce. Hold for 30 seconds and breathe "
        "slowly. Do this 3 times with each leg.",

        "Stand near a counter in case you need support. Put one foot right in front of the other "
        "so that the heel touches the toes. Look straight ahead and try to stay steady for 30 "
        "seconds. If this is easy, try it with your eyes closed. Switch feet and repeat. Do this "
        "every day to improve your balance.",

        "Kneel on one knee with a pillow under it. Put your other foot flat on the floor in front "
        "of you. Tuck your hips under and gently shift your weight forward. You should feel a "
        "stretch at the front of the hip of the kneeling leg. Hold for 30 seconds. Relax and "
        "repeat 3 times on each side.",

        "Breathing deeply can relax your body and ease tension. Sit comfortably and place one "
        "hand on your belly. Breathe in slowly through your nose and feel your belly rise. "
        "Breathe out gently through your lips, as if you were blowing out a candle. Take 5 to 10 "
        "slow breaths. Practice this every evening before bed.",

        "Use a long strap or a towel for this stretch. Lie on your back and loop the strap around "
        "the ball of one foot. Slowly raise that leg, keeping the knee straight, until you feel a "
        "stretch in the back of your thigh. Keep the other leg flat on the bed. Hold for 30 "
        "seconds. Lower the leg slowly and switch sides.",

        "Don't hold your breath while you do this. Sit in a chair with arms and scoot to the "
        "front edge. Lean forward so your nose is over your toes. Push through your heels and "
        "stand up tall. Then sit back down slowly, with control. Do 8 to 10 sit-to-stands. If "
        "it's too hard, use your hands to help.",

        "Ride the stationary bike at a low-to-moderate pace for 10 minutes. Set the seat so your "
        "knee is only slightly bent at the bottom of each turn. Start with little or no "
        "resistance. Add 1 or 2 minutes each week, up to 20 minutes. On a scale of 0 to 10, your "
        "effort should feel like a 3 or 4.",
    };
    return paragraphs;
}

TEST(ReadabilityStyleTest, StyleIsInstalled) {
    EXPECT_TRUE(styleInstalled()) << kInstallStyle;
}

TEST(ReadabilityStyleTest, SampleParagraphsAgreeWithStyle) {
    ASSERT_TRUE(styleInstalled()) << kInstallStyle;
    ASSERT_GE(sampleParagraphs().size(), 10u);
    for (std::size_t i = 0; i < sampleParagraphs().size(); ++i) {
        EXPECT_TRUE(agreesWithStyle(sampleParagraphs()[i], true)) << "paragraph " << i + 1;
    }
}

TEST(ReadabilityStyleTest, BuiltinExercisesAgreeWithStyle) {
    ASSERT_TRUE(styleInstalled()) << kInstallStyle;
    const std::vector<Exercise>& exercises = builtinExercises();
    ASSERT_FALSE(exercises.empty()) << "the built-in catalogue has no exercises to check";
    for (const Exercise& exercise : exercises) {
        // style skips a sentence that starts in lowercase, so sentence counts may differ here.
        EXPECT_TRUE(agreesWithStyle(readableText(exercise), false)) << "exercise " << exercise.id;
    }
}

TEST(ReadabilityStyleTest, BuiltinExercisesReadAtGrade6OrLower) {
    const std::vector<Exercise>& exercises = builtinExercises();
    ASSERT_FALSE(exercises.empty()) << "the built-in catalogue has no exercises to check";
    for (const Exercise& exercise : exercises) {
        std::string text = readableText(exercise);
        ReadabilityScores scores = scoreText(text);
        EXPECT_LE(scores.grade, kCatalogueLimit)
            << "exercise " << exercise.id << " reads at grade " << scores.grade << " ("
            << scores.sentences << " sentences, " << scores.words << " words, " << scores.syllables
            << " syllables); the catalogue allows " << kCatalogueLimit << "\ntext: " << text;
    }
}

// What a patient reads about a condition, its safety box, the general safety box and the
// templates' instructions: grade 6 or lower as well, by the project's scorer and by style.
TEST(ReadabilityStyleTest, ConditionAndTemplateTextReadAtGrade6OrLower) {
    ASSERT_TRUE(styleInstalled()) << kInstallStyle;
    auto joined = [](const std::vector<std::string>& lines) {
        std::string text;
        for (const auto& line : lines) {
            text += (text.empty() ? "" : " ") + line;
        }
        return text;
    };
    auto safety = [&](const SafetyText& s) {
        return s.pain_rule + " " + joined(s.call_clinic) + " " + joined(s.same_day) + " " +
               joined(s.emergency) + " " + s.emergency_note;
    };
    std::vector<std::pair<std::string, std::string>> texts;
    for (const auto& c : builtinCatalogue().conditions) {
        texts.emplace_back(c.id + " education", joined(c.education));
        texts.emplace_back(c.id + " safety", safety(c.safety));
    }
    texts.emplace_back("the general safety box", safety(builtinCatalogue().handout.safety));
    for (const auto& t : builtinCatalogue().templates) {
        texts.emplace_back(t.id + " instructions", t.instructions);
    }
    ASSERT_GE(texts.size(), 17u);
    for (const auto& [what, text] : texts) {
        const ReadabilityScores scores = scoreText(text);
        EXPECT_LE(scores.grade, kCatalogueLimit)
            << what << " reads at grade " << scores.grade << "\ntext: " << text;
        EXPECT_TRUE(agreesWithStyle(text, false)) << what;
    }
}

}  // namespace
}  // namespace hep
