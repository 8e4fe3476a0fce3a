// The handout as a PDF, checked with the tools a person would use: qpdf, pdffonts, pdfinfo and
// pdftotext (poppler-utils).
#include <gtest/gtest.h>

#include "core/dose_text.h"
#include "files/builtin_catalogue.h"
#include "layout/handout_layout.h"
#include "pdf/pdf_writer.h"
#include "tests/support/handout_fixtures.h"
#include "tests/support/test_support.h"

namespace hep {
namespace {

class HandoutPdf : public ::testing::Test {
  protected:
    void SetUp() override {
        for (auto [tool, package] :
             {std::pair{"qpdf", "qpdf"}, std::pair{"pdftotext", "poppler-utils"},
              std::pair{"pdffonts", "poppler-utils"}, std::pair{"pdfinfo", "poppler-utils"}}) {
            std::string missing = test::missingTool(tool, package);
            ASSERT_TRUE(missing.empty()) << missing;
        }
    }

    std::filesystem::path write(const Program& p, const std::string& name) {
        auto path = dir_.path() / name;
        writePdf(layoutHandout(p, test::builtinInputs()).document, path);
        return path;
    }

    std::string run(const std::string& command) {
        auto result = test::runCommand(command);
        EXPECT_EQ(result.exitCode, 0) << command << "\n" << result.errors;
        return result.output;
    }

    // The page's text in the order it is drawn (-raw): the order it is written in, also where
    // the steps and the dose stand in two columns side by side.
    std::string pageText(const std::filesystem::path& pdf, int page) {
        return test::squeeze(run("pdftotext -raw -q -f " + std::to_string(page) + " -l " +
                                 std::to_string(page) + " " + test::shellQuote(pdf) + " -"));
    }

    int pageCount(const std::filesystem::path& pdf) {
        std::string info = run("pdfinfo " + test::shellQuote(pdf));
        auto at = info.find("Pages:");
        return at == std::string::npos ? 0 : std::stoi(info.substr(at + 6));
    }

    test::TempDir dir_;
    test::ScopedEnv epoch_{"SOURCE_DATE_EPOCH", "1764000000"};
};

TEST_F(HandoutPdf, PassesQpdfAndEmbedsItsFonts) {
    auto pdf = write(test::programOf(10), "ten.pdf");
    run("qpdf --check " + test::shellQuote(pdf));
    std::string fonts = run("pdffonts " + test::shellQuote(pdf));
    EXPECT_NE(fonts.find("DejaVuSans,Book"), std::string::npos) << fonts;
    EXPECT_NE(fonts.find("DejaVuSans-Bold"), std::string::npos) << fonts;
    // Every font line says "yes" for embedded (the column after the encoding).
    std::istringstream lines(fonts);
    std::string line;
    int font_lines = 0;
    while (std::getline(lines, line)) {
        if (line.find("DejaVu") != std::string::npos) {
            ++font_lines;
            EXPECT_NE(line.find(" yes "), std::string::npos) << line;
        }
    }
    EXPECT_GE(font_lines, 2);
}

TEST_F(HandoutPdf, PageSizes) {
    Program p = test::programOf(3);
    std::string letter = run("pdfinfo " + test::shellQuote(write(p, "letter.pdf")));
    EXPECT_NE(letter.find("612 x 792 pts (letter)"), std::string::npos) << letter;
    p.handout.paper = Paper::A4;
    std::string a4 = run("pdfinfo " + test::shellQuote(write(p, "a4.pdf")));
    EXPECT_NE(a4.find("(A4)"), std::string::npos) << a4;
}

TEST_F(HandoutPdf, TextOnTheRightPages) {
    for (bool large : {false, true}) {
        Program p = test::programOf(10);
        p.handout.large_print = large;
        auto pdf = write(p, large ? "large.pdf" : "normal.pdf");
        int pages = pageCount(pdf);
        ASSERT_GT(pages, 3);
        std::string all;
        for (int i = 1; i <= pages; ++i) {
            std::string text = pageText(pdf, i);
            EXPECT_NE(text.find(builtinCatalogue().handout.disclaimer_short), std::string::npos)
                << "page " << i;
            std::string page_x = "Page " + std::to_string(i) + " of " + std::to_string(pages);
            EXPECT_NE(text.find(page_x), std::string::npos) << "page " << i;
            all += text + " ";
        }
        EXPECT_NE(pageText(pdf, 1).find("For: María José Núñez"), std::string::npos);
        auto lookup = lookupIn(builtinExercises());
        for (std::size_t i = 0; i < p.items.size(); ++i) {
            const Exercise e = *lookup(p.items[i].exercise_id);
            EXPECT_NE(all.find("Exercise " + std::to_string(i + 1) + ": " + e.name),
                      std::string::npos)
                << e.name;
            for (const auto& sentence : doseSentences(p.items[i].dose)) {
                EXPECT_NE(all.find(sentence), std::string::npos) << e.name << ": " << sentence;
            }
            // The log: a row for the exercise in the table of its 2 weeks (a table for each
            // week in large print).
            // (The list at a glance on page 1 starts its lines the same way: counted from the log.)
            std::string row = std::to_string(i + 1) + ". " + e.name;
            std::size_t rows = 0;
            for (auto at = all.find(row, all.find("Exercise log")); at != std::string::npos;
                 at = all.find(row, at + 1)) {
                ++rows;
            }
            EXPECT_EQ(rows, large ? 2u : 1u) << row;
        }
    }
}

TEST_F(HandoutPdf, SameProgramSameBytes) {
    Program p = test::programOf(5);
    auto a = test::readBytes(write(p, "a.pdf"));
    auto b = test::readBytes(write(p, "b.pdf"));
    EXPECT_EQ(a, b);
    p.patient = "Someone Else";
    EXPECT_NE(test::readBytes(write(p, "c.pdf")), a);
}

}  // namespace
}  // namespace hep
