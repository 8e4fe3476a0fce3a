// What the handout's sections share (text made printable, labelled paragraphs), and the sections
// after page 1 other than the exercises and the log: the condition's education, moving safely,
// the lines on bad days and easy ones, and the closing disclaimer with sources.
#include <algorithm>

#include "core/dose_text.h"
#include "handout_parts.h"
#include "layout/text_wrap.h"
#include "text/utf8.h"

namespace hep::handout {

std::string PrintableText::operator()(const std::string& text, const std::string& field,
                                      Field kind) {
    std::vector<char32_t> missing = findMissingGlyphs(text, fontMetrics(FontStyle::Regular));
    for (char32_t cp : findMissingGlyphs(text, fontMetrics(FontStyle::Bold))) {
        if (std::find(missing.begin(), missing.end(), cp) == missing.end()) {
            missing.push_back(cp);
        }
    }
    if (missing.empty()) {
        return text;
    }
    std::string mark;
    appendUtf8(mark, replacementMark(fontMetrics(FontStyle::Regular)));
    if (kind == Field::Private) {
        const std::size_t n = missing.size();
        warnings.push_back("The " + field + " has " + std::to_string(n) +
                           (n == 1 ? " kind of character" : " kinds of characters") +
                           " the handout's font cannot print. Each prints as \"" + mark + "\".");
    } else {
        std::string list;
        for (char32_t cp : missing) {
            std::string ch;
            appendUtf8(ch, cp);
            list += (list.empty() ? "" : ", ") + std::string("\"") + ch + "\" (" +
                    codePointName(cp) + ")";
        }
        warnings.push_back("The " + field + " has characters the handout's font cannot print: " +
                           list + ". Each prints as \"" + mark + "\".");
    }
    return replaceMissingGlyphs(replaceMissingGlyphs(text, fontMetrics(FontStyle::Regular)),
                                fontMetrics(FontStyle::Bold));
}

std::vector<Span> labelled(const std::string& label, const std::string& text) {
    return {{label, FontStyle::Bold}, {" " + text, FontStyle::Regular}};
}

namespace {

// Lying down or kneeling: the patient gets down and up, and may be dizzy after.
bool downOnTheFloorOrBed(const Exercise& e) {
    return e.position == "lying-back" || e.position == "lying-side" ||
           e.position == "hands-knees" || e.position == "kneeling";
}

// A heading and bullets: a block a bullet (the heading with the first), so that a section fills
// the room left on a page and goes on to the next between two bullets.
std::vector<Block> bulletSection(Context& c, const std::string& title,
                                 const std::vector<std::string>& items) {
    const HandoutStyle& s = c.style;
    std::vector<Block> blocks;
    for (std::size_t i = 0; i < items.size(); ++i) {
        BlockBuilder b = c.builder();
        if (i == 0) {
            b.paragraph({{title, FontStyle::Bold}}, s.heading);
            b.keepWithNext();
            b.space(s.body * 0.2);
            b.keepWithNext();
        }
        b.paragraph({{items[i], FontStyle::Regular}}, s.body, "•", s.body * 1.1, true);
        blocks.push_back(b.finish(i == 0 ? s.body * 1.2 : s.body * 0.25));
    }
    return blocks;
}

}  // namespace

std::vector<Block> educationBlocks(Context& c) {
    if (!c.program.handout.education || c.condition == nullptr || c.condition->education.empty()) {
        return {};
    }
    return bulletSection(c, c.condition->patient_title, c.condition->education);
}

std::vector<Block> movingSafelyBlocks(Context& c) {
    const auto& lines = c.inputs.text.moving_safely;
    if (lines.empty() ||
        std::none_of(c.exercises.begin(), c.exercises.end(), downOnTheFloorOrBed)) {
        return {};
    }
    return bulletSection(c, "Moving safely", lines);
}

std::vector<Block> overTimeBlocks(Context& c) {
    const HandoutStyle& s = c.style;
    const OverTimeText& text = c.inputs.text.over_time;
    if (text.bad_day.empty() || c.dailyDoses().empty()) {
        return {};
    }
    BlockBuilder b = c.builder();
    b.paragraph(labelled("On a bad day:", text.bad_day), s.body, "", 0, true);
    b.space(s.body * 0.3);
    b.paragraph(labelled("When it gets easy:", text.when_easy), s.body, "", 0, true);
    Block block = b.finish(s.body * 0.6);
    // The rule that parts it from the last exercise; not at the top of a page, under the
    // header's own rule.
    BlockBuilder rule = c.builder();
    rule.rule(0.75, 0.6);
    rule.space(s.body * 0.3);
    block.lead_in = rule.finish().rows;
    return {block};
}
std::vector<Block> closingBlocks(Context& c) {
    const HandoutStyle& s = c.style;
    BlockBuilder b = c.builder();
    b.paragraph({{"About this handout", FontStyle::Bold}}, s.heading);
    b.keepWithNext();
    b.space(s.body * 0.2);
    b.keepWithNext();
    for (const auto& paragraph : c.inputs.text.disclaimer_full) {
        b.paragraph({{paragraph, FontStyle::Regular}}, s.body, "", 0, true);
        b.space(s.body * 0.4);
    }
    // A few plain lines; the full citations stay in the catalogue.
    if (c.condition != nullptr && !c.condition->handout_sources.empty()) {
        b.space(s.body * 0.3);
        b.paragraph({{"Where this advice comes from", FontStyle::Bold}}, s.small + 1);
        b.keepWithNext();
        for (const auto& source : c.condition->handout_sources) {
            b.paragraph({{source, FontStyle::Regular}}, s.small, "•", s.small * 1.1, true);
        }
    }
    return {b.finish(s.body * 1.5)};
}

}  // namespace hep::handout
