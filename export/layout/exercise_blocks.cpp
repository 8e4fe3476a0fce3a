// The exercise blocks of the handout: number and name, why it helps, the start and end pictures
// side by side (the dose beside them when it fits), numbered steps, what to feel, when to stop,
// cautions and the note: the steps across the page or in a column with the rest beside them,
// whichever is shorter. Compact, so that two fit on a Letter page in the usual case.
#include <algorithm>
#include <array>
#include <optional>

#include "core/dose_text.h"
#include "handout_parts.h"

namespace hep::handout {

namespace {

constexpr double kInch = 72;

// The pictures of an exercise in a row: start and end side by side in frames of one size, at
// least 2.4 in wide (wider in large print, never narrower) and 0.75 to 1.2 in high, an arrow
// from one to the next, and a caption in each.
struct PictureRow {
    std::vector<DrawOp> ops;
    double width = 0;
    double height = 0;
};

PictureRow pictureRow(const std::vector<Picture>& pictures, double x, double y,
                      const HandoutStyle& s, Document& document) {
    PictureRow row;
    if (pictures.empty()) {
        return row;
    }
    const double frame_w = 2.4 * kInch * s.scale;
    const double gap = 16 * s.scale;
    // One height for the row, from the tallest picture.
    double tallest = 0;
    for (const auto& picture : pictures) {
        tallest = std::max(tallest, frame_w / picture.aspect);
    }
    const double frame_h = std::clamp(tallest, 0.75 * kInch * s.scale, 1.2 * kInch * s.scale);
    const FontMetrics& bold = fontMetrics(FontStyle::Bold);
    const double caption_size = s.small + 1;
    double fx = x;
    for (std::size_t i = 0; i < pictures.size(); ++i) {
        const Picture& picture = pictures[i];
        double w = frame_w;
        double h = w / picture.aspect;
        if (h > frame_h) {
            h = frame_h;
            w = h * picture.aspect;
        }
        const double px = fx + (frame_w - w) / 2;
        const double py = y + (frame_h - h) / 2;
        if (picture.image) {
            document.images.try_emplace(picture.image_key, *picture.image);
            row.ops.push_back(Image{px, py, w, h, picture.image_key});
        } else if (picture.draw) {
            picture.draw(row.ops, px, py, w, h);
        }
        row.ops.push_back(Rect{fx, y, frame_w, frame_h, 0.75, 0.6, std::nullopt});
        // The caption inside the frame's top left corner, on white.
        const double pad = caption_size * 0.3;
        const double caption_w = bold.textWidth(picture.caption, caption_size);
        row.ops.push_back(
            Rect{fx + 0.75, y + 0.75, caption_w + 2 * pad, caption_size * 1.25, 0, 1, 1.0});
        row.ops.push_back(TextRun{fx + pad + 0.75, y + caption_size, picture.caption,
                                  FontStyle::Bold, caption_size, 0});
        if (i + 1 < pictures.size()) {
            // The arrow from this picture to the next, in the gap between them.
            const double ay = y + frame_h / 2;
            const double x1 = fx + frame_w + gap * 0.2;
            const double x2 = fx + frame_w + gap * 0.8;
            const double head = gap * 0.25;
            row.ops.push_back(Line{x1, ay, x2, ay, 2 * s.scale, 0});
            row.ops.push_back(
                Path{{{x2 - head, ay - head}, {x2, ay}, {x2 - head, ay + head}}, 2 * s.scale, 0});
        }
        row.width = fx + frame_w - x;
        fx += frame_w + gap;
    }
    row.height = frame_h;
    return row;
}

// The height the dose takes as a paragraph of this width.
double paragraphHeight(const std::vector<Span>& spans, double size, double width,
                       const HandoutStyle& s) {
    auto lines = breakSpans(spans, size, [&](std::size_t) { return width; });
    return static_cast<double>(lines.size()) * s.lineHeight(size);
}

// The baseline of the exercise title on its line, from the top of the block.
double titleBaseline(const HandoutStyle& s) {
    const FontMetrics& regular = fontMetrics(FontStyle::Regular);
    const double size = s.exercise_title;
    return (s.lineHeight(size) - (regular.ascent(size) + regular.descent(size))) / 2 +
           regular.ascent(size);
}

// "You should feel" in the left column; "Stop if" and "Take care" (either may be empty) in the
// right one, or one of them under the columns at full width: whichever takes the fewest lines.
void watchColumns(BlockBuilder& b, const std::vector<Span>& feel, const std::vector<Span>& stop,
                  const std::vector<Span>& care, const HandoutStyle& s) {
    std::vector<std::vector<Span>> right;
    for (const auto* spans : {&stop, &care}) {
        if (!spans->empty()) {
            right.push_back(*spans);
        }
    }
    if (right.empty()) {
        b.paragraph(feel, s.body, "", 0, true);
        return;
    }
    if (right.size() == 1) {
        b.columns({feel}, right, s.body, s.body);
        return;
    }
    const double half = (s.contentWidth() - s.body) / 2;
    const double between = s.body * 0.2;
    const double feel_h = paragraphHeight(feel, s.body, half, s);
    const double stop_h = paragraphHeight(stop, s.body, half, s);
    const double care_h = paragraphHeight(care, s.body, half, s);
    const double stacked_right = std::max(feel_h, stop_h + between + care_h);
    const double stacked_left = std::max(feel_h + between + care_h, stop_h);
    const double care_below = std::max(feel_h, stop_h) + paragraphHeight(care, s.body, 2 * half, s);
    if (care_below < std::min(stacked_left, stacked_right)) {
        b.columns({feel}, {stop}, s.body, s.body);
        b.paragraph(care, s.body, "", 0, true);
    } else if (stacked_left < stacked_right) {
        b.columns({feel, care}, {stop}, s.body, s.body);
    } else {
        b.columns({feel}, right, s.body, s.body);
    }
}

// The text of a block under its pictures. Null parts are placed already (beside the pictures)
// or empty.
struct BlockText {
    const std::vector<std::string>& steps;
    const std::vector<Span>& feel;
    const std::vector<Span>* purpose = nullptr;
    const std::vector<Span>* dose = nullptr;
    const std::vector<Span>* stop = nullptr;
    const std::vector<Span>* care = nullptr;
};

void numberedSteps(BlockBuilder& b, const std::vector<std::string>& steps, const HandoutStyle& s) {
    for (std::size_t k = 0; k < steps.size(); ++k) {
        b.paragraph({{steps[k], FontStyle::Regular}}, s.body, std::to_string(k + 1) + ".",
                    s.body * 1.5, true);
    }
}

// The text in the arrangement that takes the least height, from top: why it helps, the steps
// across the page, the dose, the things to watch side by side; or the steps in a column and
// beside them a column of the dose and the things to watch (why it helps at its top, or across
// above both). Every paragraph stays whole in its column, and the steps read top to bottom.
BlockBuilder arrangeText(const BlockBuilder& start, const BlockText& t, const HandoutStyle& s) {
    const double gap = s.body * 0.2;
    const double between = s.body * 0.3;  // the paragraphs of the column beside the steps
    const std::vector<Span> none;
    BlockBuilder across = start;
    if (t.purpose != nullptr) {
        across.paragraph(*t.purpose, s.body, "", 0, true);
        across.space(gap);
    }
    const BlockBuilder purpose_across = across;
    numberedSteps(across, t.steps, s);
    if (t.dose != nullptr) {
        across.space(gap);
        across.paragraph(*t.dose, s.body, "", 0, true);
    }
    across.space(gap);
    watchColumns(across, t.feel, t.stop != nullptr ? *t.stop : none,
                 t.care != nullptr ? *t.care : none, s);

    // The columns are measured (their paragraphs broken into lines at their widths), and only
    // the one that wins is built. Beside the steps: why it helps (or not: it is across), the
    // dose and the things to watch.
    auto beside = [&](bool purpose_beside) {
        std::vector<const std::vector<Span>*> side;
        for (const auto* part :
             {purpose_beside ? t.purpose : nullptr, t.dose, &t.feel, t.stop, t.care}) {
            if (part != nullptr) {
                side.push_back(part);
            }
        }
        return side;
    };
    struct Choice {
        bool purpose_beside;
        double share;
    };
    std::optional<Choice> chosen;
    double best = across.y() - start.y();
    constexpr std::array kShares{0.5, 0.55, 0.6, 0.65};
    std::array<double, kShares.size()> steps_height{};
    for (std::size_t k = 0; k < kShares.size(); ++k) {
        const double width = start.splitColumns(s.body, kShares[k]).first.width();
        for (const auto& step : t.steps) {
            steps_height[k] +=
                paragraphHeight({{step, FontStyle::Regular}}, s.body, width - s.body * 1.5, s);
        }
    }
    for (bool purpose_beside : {false, true}) {
        if (purpose_beside && t.purpose == nullptr) {
            break;
        }
        const auto side = beside(purpose_beside);
        const double above = purpose_beside ? 0 : purpose_across.y() - start.y();
        for (std::size_t k = 0; k < kShares.size(); ++k) {
            const double width = start.splitColumns(s.body, kShares[k]).second.width();
            double side_height = between * static_cast<double>(side.size() - 1);
            for (const auto* part : side) {
                side_height += paragraphHeight(*part, s.body, width, s);
            }
            const double height = above + std::max(steps_height[k], side_height);
            if (height < best - 0.5) {
                best = height;
                chosen = Choice{purpose_beside, kShares[k]};
            }
        }
    }
    if (!chosen) {
        return across;
    }
    BlockBuilder b = chosen->purpose_beside ? start : purpose_across;
    auto [left, right] = b.splitColumns(s.body, chosen->share);
    numberedSteps(left, t.steps, s);
    const auto side = beside(chosen->purpose_beside);
    for (std::size_t k = 0; k < side.size(); ++k) {
        if (k > 0) {
            right.space(between);
        }
        right.paragraph(*side[k], s.body, "", 0, true);
    }
    b.joinColumns(left, right, s.lineHeight(s.body));
    return b;
}
}  // namespace

std::vector<Block> exerciseBlocks(Context& c) {
    const HandoutStyle& s = c.style;
    std::vector<Block> blocks;
    for (std::size_t i = 0; i < c.program.items.size(); ++i) {
        const ProgramItem& item = c.program.items[i];
        const Exercise& e = c.exercises[i];
        // A one-time test is not an exercise: its title says so, with the number of its place.
        const std::string title = (e.use == ExerciseUse::OneTime ? "Test " : "Exercise ") +
                                  std::to_string(i + 1) + ": " + e.name;
        BlockBuilder b = c.builder();
        b.paragraph({{title, FontStyle::Bold}}, s.exercise_title, "", 0, true);
        // Why it helps goes on the title's line when it fits there.
        bool purpose_done = e.purpose.empty();
        const double purpose_x = s.contentLeft() +
                                 fontMetrics(FontStyle::Bold).textWidth(title, s.exercise_title) +
                                 s.body * 0.8;
        const double purpose_room = s.contentRight() - purpose_x;
        const auto purpose_line = purpose_done || purpose_room < s.body * 4
                                      ? std::vector<LaidOutLine>{}
                                      : breakSpans({{e.purpose, FontStyle::Regular}}, s.body,
                                                   [&](std::size_t) { return purpose_room; });
        if (purpose_line.size() == 1) {
            double x = purpose_x;
            for (const auto& [text, font] : purpose_line.front().pieces) {
                b.attach({TextRun{x, titleBaseline(s), text, font, s.body, 0}});
                x += fontMetrics(font).textWidth(text, s.body);
            }
            purpose_done = true;
        }
        b.keepWithNext();
        const double gap = s.body * 0.2;  // between the parts of a block

        // The pictures, and beside them the dose when it fits there whole: a paragraph never
        // runs on under a picture.
        std::vector<Picture> pictures;
        if (c.inputs.pictures) {
            pictures = c.inputs.pictures(e);
        }
        const std::string dose = doseText(item.dose, c.uses[i]);
        const auto dose_spans = labelled("How much:", dose);
        const auto feel_spans = labelled(feelLabel(e), e.feel);
        const auto stop_spans = labelled("Stop if:", e.stop_if);
        std::string cautions;
        for (const auto& caution : e.cautions) {
            cautions += (cautions.empty() ? "" : " ") + caution;
        }
        const auto care_spans = labelled("Take care:", cautions);
        // Beside the pictures goes what fits there whole (a paragraph never runs on under a
        // picture): the dose, else when to stop.
        bool dose_done = dose.empty();
        bool stop_done = false;
        if (!pictures.empty()) {
            const double top = b.y();
            PictureRow row = pictureRow(pictures, s.contentLeft(), top, s, *c.document);
            b.attach(std::move(row.ops));
            const double beside_gap = s.body * 0.7;
            const double beside = s.contentWidth() - row.width - beside_gap;
            // Why it helps, then the dose or when to stop, as far as they fit whole.
            const std::vector<Span> purpose_spans{{e.purpose, FontStyle::Regular}};
            std::vector<const std::vector<Span>*> next_to;
            double used = 0;
            auto take = [&](const std::vector<Span>& spans, double space) {
                if (beside < 7 * s.body) {  // no room beside (large print): all goes below
                    return false;
                }
                const double h = paragraphHeight(spans, s.body, beside, s) + space;
                if (used + h > row.height) {
                    return false;
                }
                next_to.push_back(&spans);
                used += h;
                return true;
            };
            // The dose first: it saves the most lines below. Then why it helps, or when to stop.
            if (!dose_done) {
                dose_done = take(dose_spans, 0);
            }
            purpose_done = purpose_done || take(purpose_spans, next_to.empty() ? 0 : s.body * 0.3);
            stop_done = take(stop_spans, next_to.empty() ? 0 : s.body * 0.3);
            b.setFloat(s.contentLeft() + row.width + beside_gap, beside, top + row.height);
            for (std::size_t k = 0; k < next_to.size(); ++k) {
                if (k > 0) {
                    b.space(s.body * 0.3);
                }
                b.paragraph(*next_to[k], s.body, "", 0, true);
            }
            b.space(std::max(0.0, top + row.height - b.y()));
            b.finishFloat();
            b.space(gap);
        }
        BlockText text{.steps = e.steps, .feel = feel_spans};
        const std::vector<Span> purpose_spans{{e.purpose, FontStyle::Regular}};
        text.purpose = purpose_done ? nullptr : &purpose_spans;
        text.dose = dose_done ? nullptr : &dose_spans;
        text.stop = stop_done ? nullptr : &stop_spans;
        text.care = cautions.empty() ? nullptr : &care_spans;
        // Built apart (each arrangement is tried on a copy), then placed under the pictures.
        b.append(arrangeText(c.builder(), text, s));
        if (!item.note.empty()) {
            b.space(s.body * 0.4);
            b.openBox(1, s.body * 0.5);
            b.paragraph(
                labelled("Note from your therapist:",
                         c.printable(item.note, "note on exercise " + std::to_string(i + 1) + " (" +
                                                    e.name + ")")),
                s.body);
            b.closeBox();
        }
        Block block = b.finish(s.body * 0.3);
        if (i > 0) {  // a rule between two exercises on one page
            BlockBuilder sep = c.builder();
            sep.rule(0.75, 0.6);
            sep.space(s.body * 0.3);
            block.lead_in = sep.finish().rows;
        }
        BlockBuilder t = c.builder();
        t.paragraph({{title + " (continued)", FontStyle::Bold}}, s.exercise_title);
        t.space(s.body * 0.3);
        block.continued_title = t.finish().rows;
        blocks.push_back(std::move(block));
    }
    return blocks;
}

}  // namespace hep::handout
