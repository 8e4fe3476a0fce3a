// What the PDF writer's tests share: a sample document with text in several scripts, shapes and
// a picture drawn several times; the tools they read PDFs with; and a folder for the files.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "pdf/pdf_writer.h"
#include "tests/support/test_support.h"

namespace hep::test {

// Noise does not compress, so a second copy of the image would show in the file size.
inline RgbImage noiseImage(int width, int height) {
    RgbImage image{width, height, {}, {}};
    std::mt19937 random(7);
    std::uniform_int_distribution<int> byte(0, 255);
    image.pixels.resize(std::size_t(width) * height * 3);
    for (unsigned char& value : image.pixels) {
        value = static_cast<unsigned char>(byte(random));
    }
    return image;
}

inline Document sampleDocument(PageSize size = kLetter, int imageDraws = 5) {
    Document doc;
    doc.info.title = "Your home exercise program: José Núñez";
    doc.info.author = "Anna Łódź, PT";
    doc.info.subject = "Home exercises";
    doc.info.creator = "HEP Studio tests";
    doc.images["figure"] = noiseImage(64, 48);

    Page& page = doc.addPage(size);
    page.ops.push_back(TextRun{72, 90, "Your home exercise program", FontStyle::Bold, 20, 0});
    page.ops.push_back(
        TextRun{72, 120, "For: José Núñez, Françoise Müller", FontStyle::Regular, 14, 0});
    page.ops.push_back(
        TextRun{72, 140, "Clinic: Łódź, ul. Piotrkowska 12", FontStyle::Regular, 14, 0});
    page.ops.push_back(
        TextRun{72, 160, "Therapist: Nguyễn Thị Minh Khai", FontStyle::Regular, 14, 0.2});
    page.ops.push_back(TextRun{72, 180, "Ελληνικά, Русский, Čeština ☐ ✓", FontStyle::Bold, 14, 0});
    page.ops.push_back(Line{72, 190, 540, 190, 1, 0});
    page.ops.push_back(Rect{72, 200, 468, 100, 2, 0, std::nullopt});
    page.ops.push_back(Rect{80, 210, 12, 12, 1, 0, 0.9});
    page.ops.push_back(Circle{300, 400, 12, 3, 0});
    Path figure;
    figure.points = {{300, 412}, {300, 460}, {280, 500}};
    figure.width = 3;
    page.ops.push_back(figure);
    page.ops.push_back(Path{{{300, 430}, {330, 445}, {350, 430}}, 3, 0, true});
    for (int i = 0; i < imageDraws; ++i) {
        page.ops.push_back(Image{72.0 + 90 * i, 520, 80, 60, "figure"});
    }
    Page& second = doc.addPage(size);
    second.ops.push_back(TextRun{72, 72, "Page 2 of 2", FontStyle::Regular, 10, 0});
    return doc;
}

inline void requireTools() {
    for (const auto& [tool, package] :
         {std::pair{"qpdf", "qpdf"}, std::pair{"pdffonts", "poppler-utils"},
          std::pair{"pdftotext", "poppler-utils"}, std::pair{"pdfinfo", "poppler-utils"},
          std::pair{"pdfimages", "poppler-utils"}, std::pair{"pdftoppm", "poppler-utils"}}) {
        const std::string message = missingTool(tool, package);
        ASSERT_TRUE(message.empty()) << message;
    }
}

inline std::vector<std::string> directoryEntries(const std::filesystem::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

class PdfWriter : public ::testing::Test {
  protected:
    void SetUp() override { requireTools(); }

    std::filesystem::path write(const Document& doc, const std::string& name = "handout.pdf") {
        auto file = dir_.path() / name;
        writePdf(doc, file);
        return file;
    }

    TempDir dir_;
    ScopedEnv noEpoch_{"SOURCE_DATE_EPOCH", std::nullopt};
};

}  // namespace hep::test
