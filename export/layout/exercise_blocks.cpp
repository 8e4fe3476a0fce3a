// The exercise blocks of the handout: number and name, why it helps, the start and end pictures
// side by side (the dose beside them when it fits), numbered steps, what to feel, when to stop,
// cautions and the note: the steps across the page or in a column with the rest beside them,
// whichever is shorter. Compact, so that two fit on a Letter page in the usual case.
#include <algorithm>
#include <array>
#include <optional>
#include <unordered_map>

#include "core/dose_text.h"
#include "handout_parts.h"

namespace hep::handout {

namespace {

// The height the dose takes as a paragraph of this width.
double paragraphHeight(const std::vector<Span>& spans, double size, double width,
                       const HandoutStyle& s) {
    auto lines = breakSpans(spans, size, [&](std::size_t) { return width; });
    return static_cast<double>(lines.size()) * s.lineHeight(size);
}

// The paragraphs of one exercise measured once (their words and widths), and their heights at
// any width: each arrangement of the block, and each way of placing why it helps, measures
// them again at its own widths. Keys are the addresses of the exercise's own texts, which live
// as long as this does.
class Measures {
  public:
    explicit Measures(const HandoutStyle& s) : s_(s) {}
    double height(const std::vector<Span>& spans, double width) {
        return lines(
            &spans, [&] { return spans; }, width);
    }
    double height(const std::string& step, double width) {
        return lines(
            &step,
            [&] {
                return std::vector<Span>{{step, FontStyle::Regular}};
            },
            width);
    }

  private:
    template <typename Spans>
    double lines(const void* key, Spans spans, double width) {
        auto it = measured_.find(key);
        if (it == measured_.end()) {
            it = measured_.emplace(key, MeasuredParagraph(spans(), s_.body)).first;
        }
        return static_cast<double>(it->second.lineCount(width)) * s_.lineHeight(s_.body);
    }
    const HandoutStyle& s_;
    std::unordered_map<const void*, MeasuredParagraph> measured_;
};

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
BlockBuilder arrangeText(const BlockBuilder& start, const BlockText& t, const HandoutStyle& s,
                         Measures& m) {
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
        std::size_t kept;  // the first parts beside the steps; the rest under both, across
    };
    std::optional<Choice> chosen;
    double best = across.y() - start.y();
    constexpr std::array kShares{0.45, 0.5, 0.55, 0.6, 0.65, 0.7};
    std::array<double, kShares.size()> steps_height{};
    for (std::size_t k = 0; k < kShares.size(); ++k) {
        const double width = start.splitColumns(s.body, kShares[k]).first.width();
        for (const auto& step : t.steps) {
            steps_height[k] += m.height(step, width - s.body * 1.5);
        }
    }
    for (bool purpose_beside : {false, true}) {
        if (purpose_beside && t.purpose == nullptr) {
            break;
        }
        const auto side = beside(purpose_beside);
        const double above = purpose_beside ? 0 : purpose_across.y() - start.y();
        std::vector<double> below(side.size() + 1, 0.0);  // below[j]: parts j.. across
        for (std::size_t j = side.size(); j-- > 0;) {
            below[j] = below[j + 1] + gap + m.height(*side[j], s.contentWidth());
        }
        for (std::size_t k = 0; k < kShares.size(); ++k) {
            const double width = start.splitColumns(s.body, kShares[k]).second.width();
            double side_height = -between;
            for (std::size_t kept = 1; kept <= side.size(); ++kept) {
                side_height += between + m.height(*side[kept - 1], width);
                const double height = above + std::max(steps_height[k], side_height) + below[kept];
                if (height < best - 0.5) {
                    best = height;
                    chosen = Choice{purpose_beside, kShares[k], kept};
                }
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
    for (std::size_t k = 0; k < chosen->kept; ++k) {
        if (k > 0) {
            right.space(between);
        }
        right.paragraph(*side[k], s.body, "", 0, true);
    }
    b.joinColumns(left, right, s.lineHeight(s.body));
    for (std::size_t k = chosen->kept; k < side.size(); ++k) {
        b.space(gap);
        b.paragraph(*side[k], s.body, "", 0, true);
    }
    return b;
}

// What an exercise's block prints, made printable once (a warning a field).
struct ExerciseParts {
    std::string title;
    std::vector<Span> purpose_spans;
    std::vector<LaidOutLine> purpose_lines;  // the first on the title's line, when it has room
    std::vector<Span> dose;
    std::vector<Span> feel;
    std::vector<Span> stop;
    std::vector<Span> care;
    std::vector<Span> note;
    bool dose_empty = true;
    bool care_empty = true;
};

double purposeX(const std::string& title, const HandoutStyle& s) {
    return s.contentLeft() + fontMetrics(FontStyle::Bold).textWidth(title, s.exercise_title) +
           s.body * 0.8;
}

// Why it helps broken into lines: the first beside the title, the rest across the page. None
// when the title's line has no room for its first word.
std::vector<LaidOutLine> purposeLines(const std::string& title, const std::string& purpose,
                                      const HandoutStyle& s) {
    const double room = s.contentRight() - purposeX(title, s);
    const std::string first_word = purpose.substr(0, purpose.find(' '));
    if (purpose.empty() || room < s.body * 4 ||
        fontMetrics(FontStyle::Regular).textWidth(first_word, s.body) > room) {
        return {};
    }
    return breakSpans({{purpose, FontStyle::Regular}}, s.body,
                      [&](std::size_t line) { return line == 0 ? room : s.contentWidth(); });
}

// One exercise's block. Why it helps goes on the title's line when it fits there; else, with
// run_in, it starts there and runs on across the page under the title; else it goes beside the
// pictures or with the text under them.
BlockBuilder exerciseBlock(const Context& c, const Exercise& e, const ExerciseParts& t,
                           const PictureRow& row, bool run_in, Measures& m) {
    const HandoutStyle& s = c.style;
    BlockBuilder b = c.builder();
    b.paragraph({{t.title, FontStyle::Bold}}, s.exercise_title, "", 0, true);
    bool purpose_done = e.purpose.empty();
    if (!purpose_done && (t.purpose_lines.size() == 1 || (run_in && !t.purpose_lines.empty()))) {
        double x = purposeX(t.title, s);
        for (const auto& [text, font] : t.purpose_lines.front().pieces) {
            b.attach({TextRun{x, titleBaseline(s), text, font, s.body, 0}});
            x += fontMetrics(font).textWidth(text, s.body);
        }
        std::string rest;
        for (std::size_t k = 1; k < t.purpose_lines.size(); ++k) {
            for (const auto& piece : t.purpose_lines[k].pieces) {
                rest += (rest.empty() ? "" : " ") + piece.first;
            }
        }
        if (!rest.empty()) {
            b.keepWithNext();
            b.paragraph({{rest, FontStyle::Regular}}, s.body, "", 0, true);
        }
        purpose_done = true;
    }
    b.keepWithNext();
    const double gap = s.body * 0.2;  // between the parts of a block

    // The pictures, and beside them what fits there whole (a paragraph never runs on under a
    // picture): the dose first (it saves the most lines below), then why it helps, or when to
    // stop.
    const std::vector<Span>& purpose_spans = t.purpose_spans;
    bool dose_done = t.dose_empty;
    bool stop_done = false;
    if (!row.ops.empty()) {
        const double top = b.y();
        std::vector<DrawOp> ops = row.ops;
        for (auto& op : ops) {
            translate(op, 0, top);
        }
        b.attach(std::move(ops));
        const double beside_gap = s.body * 0.7;
        const double beside = s.contentWidth() - row.width - beside_gap;
        std::vector<const std::vector<Span>*> next_to;
        double used = 0;
        auto take = [&](const std::vector<Span>& spans, double space) {
            if (beside < 7 * s.body) {  // no room beside (large print): all goes below
                return false;
            }
            const double h = m.height(spans, beside) + space;
            // Whole paragraphs only, and none lower than a quarter line under the pictures.
            if (used + h > row.height + s.lineHeight(s.body) * 0.25) {
                return false;
            }
            next_to.push_back(&spans);
            used += h;
            return true;
        };
        if (!dose_done) {
            dose_done = take(t.dose, 0);
        }
        purpose_done = purpose_done || take(purpose_spans, next_to.empty() ? 0 : s.body * 0.3);
        stop_done = take(t.stop, next_to.empty() ? 0 : s.body * 0.3);
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
    BlockText text{.steps = e.steps, .feel = t.feel};
    text.purpose = purpose_done ? nullptr : &purpose_spans;
    text.dose = dose_done ? nullptr : &t.dose;
    text.stop = stop_done ? nullptr : &t.stop;
    text.care = t.care_empty ? nullptr : &t.care;
    // Built apart (each arrangement is tried on a copy), then placed under the pictures.
    b.append(arrangeText(c.builder(), text, s, m));
    if (!t.note.empty()) {
        b.space(s.body * 0.4);
        b.keepAllWithNext();  // a block split by its note keeps all above with the note's start
        b.openBox(1, s.body * 0.5);
        b.paragraph(t.note, s.body);
        b.closeBox();
    }
    return b;
}

}  // namespace

std::vector<Block> exerciseBlocks(Context& c) {
    const HandoutStyle& s = c.style;
    std::vector<Block> blocks;
    for (std::size_t i = 0; i < c.program.items.size(); ++i) {
        const ProgramItem& item = c.program.items[i];
        const Exercise& e = c.exercises[i];
        ExerciseParts t;
        // A one-time test is not an exercise: its title says so, with the number of its place.
        t.title = (e.use == ExerciseUse::OneTime ? "Test " : "Exercise ") + std::to_string(i + 1) +
                  ": " + e.name;
        t.purpose_spans = {{e.purpose, FontStyle::Regular}};
        t.purpose_lines = purposeLines(t.title, e.purpose, s);
        const std::string dose = doseText(item.dose, c.uses[i]);
        t.dose = labelled("How much:", dose);
        t.dose_empty = dose.empty();
        t.feel = labelled(feelLabel(e), e.feel);
        t.stop = labelled("Stop if:", e.stop_if);
        std::string cautions;
        for (const auto& caution : e.cautions) {
            cautions += (cautions.empty() ? "" : " ") + caution;
        }
        t.care = labelled("Take care:", cautions);
        t.care_empty = cautions.empty();
        if (!item.note.empty()) {
            t.note = labelled("Note from your therapist:",
                              c.printable(item.note, "note on exercise " + std::to_string(i + 1) +
                                                         " (" + e.name + ")"));
        }
        PictureRow row;
        if (c.inputs.pictures) {
            row = pictureRow(c.inputs.pictures(e), s.contentLeft(), 0, s, *c.document);
        }
        Measures m(s);
        BlockBuilder b = exerciseBlock(c, e, t, row, false, m);
        if (t.purpose_lines.size() > 1) {  // why it helps could also run on from the title
            BlockBuilder run_in = exerciseBlock(c, e, t, row, true, m);
            if (run_in.y() < b.y() - 0.5) {
                b = std::move(run_in);
            }
        }
        Block block = b.finish(s.body * 0.3);
        if (i > 0) {  // a rule between two exercises on one page
            BlockBuilder sep = c.builder();
            sep.rule(0.75, 0.6);
            sep.space(s.body * 0.3);
            block.lead_in = sep.finish().rows;
        }
        BlockBuilder continued = c.builder();
        continued.paragraph({{t.title + " (continued)", FontStyle::Bold}}, s.exercise_title);
        continued.space(s.body * 0.3);
        block.continued_title = continued.finish().rows;
        blocks.push_back(std::move(block));
    }
    return blocks;
}

}  // namespace hep::handout
