// hep figures: a contact sheet of the built-in exercises' figures, for review.
#include <algorithm>
#include <iostream>

#include "app/cli/commands.h"
#include "core/errors.h"
#include "core/file_io.h"
#include "figures/figure_catalogue.h"
#include "figures/figure_check.h"
#include "files/builtin_catalogue.h"
#include "files/json_object.h"
#include "files/program_file.h"
#include "layout/figure_change.h"
#include "layout/figure_renderer.h"
#include "layout/fonts.h"
#include "pdf/pdf_writer.h"

namespace hep::cli {

namespace {

constexpr double kPageMargin = 36;
constexpr int kColumns = 2;  // exercises across a page
constexpr double kColumnGap = 24;
constexpr double kPictureGap = 8;
constexpr double kNameSize = 11;
constexpr double kCaptionSize = 10;
constexpr double kRowGap = 16;

struct Entry {
    std::string name;
    const FigurePair* pair = nullptr;
    FigureScene scene;
};

// The problems of a figure by the rules every figure keeps, and whether its pictures show the
// movement by themselves; a warning line each on stderr. The number of problems.
std::size_t reportProblems(const std::string& where, const FigurePair& pair,
                           const FigureScene& scene) {
    std::vector<std::string> problems = checkFigure(pair);
    const double change = changedShare(scene);
    if (change < kClearChange) {
        problems.push_back(
            "start and end look alike: " + std::to_string(static_cast<int>(change * 100)) +
            "% of the body's drawn area changes (at least " +
            std::to_string(static_cast<int>(kClearChange * 100)) + "% reads)");
    }
    for (const auto& problem : problems) {
        std::cerr << "warning: " << where << ": " << problem << "\n";
    }
    return problems.size();
}

// One exercise: its name, then the two figures side by side with their captions (entryHeight
// tall).
void drawEntry(const Entry& e, double x, double y, double width, Page& page) {
    const FontMetrics& bold = fontMetrics(FontStyle::Bold);
    double top = y + bold.ascent(kNameSize);
    page.ops.push_back(TextRun{x, top, e.name, FontStyle::Bold, kNameSize, 0});
    // The id after the name, in gray, when it fits.
    const std::string id = "  (" + e.pair->exercise_id + ")";
    const double name_w = bold.textWidth(e.name, kNameSize);
    if (name_w + fontMetrics(FontStyle::Regular).textWidth(id, kNameSize - 1) <= width) {
        page.ops.push_back(TextRun{x + name_w, top, id, FontStyle::Regular, kNameSize - 1, 0.4});
    }
    top += bold.descent(kNameSize) + 4;
    const double w = (width - kPictureGap) / 2;
    const double h = w / e.scene.aspect();
    for (int pose = 0; pose < 2; ++pose) {
        const double px = x + pose * (w + kPictureGap);
        drawFigure(e.scene, pose, page.ops, px, top, w, h);
        page.ops.push_back(Rect{px, top, w, h, 0.5, 0.75, std::nullopt});
        const std::string& caption = e.pair->captions[static_cast<std::size_t>(pose)];
        const double cw = bold.textWidth(caption, kCaptionSize);
        page.ops.push_back(TextRun{px + (w - cw) / 2, top + h + bold.ascent(kCaptionSize) + 2,
                                   caption, FontStyle::Bold, kCaptionSize, 0});
    }
}

double entryHeight(const Entry& e, double width) {
    const FontMetrics& bold = fontMetrics(FontStyle::Bold);
    const double w = (width - kPictureGap) / 2;
    return bold.ascent(kNameSize) + bold.descent(kNameSize) + 4 + w / e.scene.aspect() + 2 +
           bold.ascent(kCaptionSize) + bold.descent(kCaptionSize);
}

}  // namespace

int figuresCommand(Context& context, Arguments& args) {
    auto out = args.option("o");
    auto only = args.options("id");
    auto files = args.options("figure");
    args.finish();
    if (!out) {
        throw UsageError("figures needs -o OUT.pdf");
    }
    context.checkOutput(*out);
    // Figure files from disk (new figures under review): read, checked, drawn as they are.
    std::vector<FigurePair> from_files;
    from_files.reserve(files.size());
    for (const auto& file : files) {
        from_files.push_back(figureFromJson(parseJson(readFile(file), file), file));
    }
    std::vector<Entry> entries;
    std::size_t problems = 0;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const FigurePair& pair = from_files[i];
        const auto lookup = lookupIn(builtinExercises());
        const auto exercise = lookup(pair.exercise_id);
        entries.push_back(
            {exercise ? exercise->name : pair.exercise_id, &pair, layoutFigure(pair)});
        problems += reportProblems(files[i], pair, entries.back().scene);
    }
    for (const auto& exercise : builtinExercises()) {
        if ((!files.empty() && only.empty()) ||
            (!only.empty() && std::find(only.begin(), only.end(), exercise.id) == only.end())) {
            continue;
        }
        const FigurePair* pair = builtinFigure(exercise.id);
        if (pair == nullptr) {
            std::cerr << "warning: " << exercise.id << " has no figure\n";
            continue;
        }
        entries.push_back({exercise.name, pair, layoutFigure(*pair)});
        problems += reportProblems(exercise.id, *pair, entries.back().scene);
    }
    for (const auto& id : only) {
        if (builtinFigure(id) == nullptr) {
            throw NotFoundError("There is no built-in figure for the exercise \"" + id + "\".");
        }
    }

    Document doc;
    doc.info.title = files.empty() ? "HEP Studio: figures of the built-in exercises"
                                   : "HEP Studio: figures under review";
    doc.info.creator = std::string("HEP Studio ") + HEP_VERSION;
    const double column =
        (kLetter.width - 2 * kPageMargin - (kColumns - 1) * kColumnGap) / kColumns;
    const double bottom = kLetter.height - kPageMargin;
    Page* page = nullptr;
    double y = bottom + 1;
    for (std::size_t i = 0; i < entries.size(); i += kColumns) {
        double row = 0;
        for (std::size_t k = i; k < std::min(entries.size(), i + kColumns); ++k) {
            row = std::max(row, entryHeight(entries[k], column));
        }
        if (page == nullptr || y + row > bottom) {
            page = &doc.addPage(kLetter);
            y = kPageMargin;
            const std::string title =
                std::string(files.empty() ? "Figures of the built-in exercises"
                                          : "Figures under review") +
                " (page " + std::to_string(doc.pages.size()) + ")";
            page->ops.push_back(TextRun{kPageMargin, y + 10, title, FontStyle::Regular, 10, 0.4});
            y += 22;
        }
        for (std::size_t k = i; k < std::min(entries.size(), i + kColumns); ++k) {
            const double x = kPageMargin + static_cast<double>(k - i) * (column + kColumnGap);
            drawEntry(entries[k], x, y, column, *page);
        }
        y += row + kRowGap;
    }
    if (doc.pages.empty()) {
        throw InputError("There are no figures to show.");
    }
    writePdf(doc, *out);
    std::cerr << "Wrote " << entries.size() << " figures on " << doc.pages.size()
              << (doc.pages.size() == 1 ? " page" : " pages") << " to " << *out;
    if (problems > 0) {
        std::cerr << " with " << problems << (problems == 1 ? " problem" : " problems");
    }
    std::cerr << "\n";
    return problems > 0 ? 1 : 0;
}

}  // namespace hep::cli
