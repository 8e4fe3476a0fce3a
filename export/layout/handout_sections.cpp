// The sections of the handout other than the exercises and the log: title and main message,
// the list at a glance, the condition's education, moving safely, the safety box, the lines on
// bad days and easy ones, and the closing disclaimer with sources.
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

// "For:", a label in front of a value, or of a line to write on when the value is empty.
void writeInLine(BlockBuilder& b, const HandoutStyle& s, const std::string& label,
                 const std::string& value) {
    if (!value.empty()) {
        b.paragraph(labelled(label, value), s.body);
        return;
    }
    b.paragraph({{label, FontStyle::Bold}}, s.body);
    const double line_height = s.lineHeight(s.body);
    const double baseline = b.y() - line_height * 0.25;
    double x = b.left() + fontMetrics(FontStyle::Bold).textWidth(label + " ", s.body);
    b.attach({Line{x, baseline, std::min(x + 260 * s.scale, b.right()), baseline, 0.75, 0}});
}

}  // namespace

PageOneTop titleBlocks(Context& c) {
    const HandoutStyle& s = c.style;
    const Program& p = c.program;
    BlockBuilder b = c.builder();
    b.paragraph({{"Your home exercise program", FontStyle::Bold}}, s.title);
    b.space(s.body * 0.3);
    writeInLine(b, s,
                "For:", c.printable(p.patient, "patient name", PrintableText::Field::Private));
    const std::string date = readableDate(c.printable(p.date, "date"), p.handout.paper);
    const std::string therapist = c.printable(p.therapist, "therapist name");
    // The date and the therapist share a line when both are there and fit on it.
    std::vector<Span> both = labelled("Date:", date);
    both.push_back({" · ", FontStyle::Regular});
    for (auto& span : labelled("Your therapist:", therapist)) {
        both.push_back(std::move(span));
    }
    if (!date.empty() && !therapist.empty() &&
        breakSpans(both, s.body, [&](std::size_t) { return s.contentWidth(); }).size() == 1) {
        b.paragraph(both, s.body);
    } else {
        writeInLine(b, s, "Date:", date);
        if (!therapist.empty()) {
            b.paragraph(labelled("Your therapist:", therapist), s.body);
        }
    }
    PageOneTop top;
    top.who = b.finish();

    // The main message, in a heavy outline, with the therapist's general instructions; or
    // alone, the instructions in a box of their own.
    const std::string message = mainMessage(c.dailyDoses(), c.numbersUsed(DoseUse::OneTime).size(),
                                            c.numbersUsed(DoseUse::AsNeeded));
    const std::string instructions = c.printable(p.instructions, "instructions");
    auto box = [&](bool with_message, bool with_instructions, double line, bool glance = false) {
        b.openBox(line, s.body * 0.55);
        if (with_message) {
            b.paragraph({{message, FontStyle::Bold}}, s.message);
        }
        if (glance) {  // what to do, then the exercises it speaks of
            b.space(s.body * 0.2);
            glanceList(c, b, s.body);
        }
        if (with_instructions && !instructions.empty()) {
            if (with_message) {
                b.space(s.body * 0.3);
            }
            b.paragraph(labelled("From your therapist:", instructions), s.body);
        }
        b.closeBox();
        return b.finish(s.body * 0.6);
    };
    if (!p.items.empty()) {
        top.message_and_glance = box(true, true, 2.5, true);
        top.message_and_glance_alone = box(true, false, 2.5, true);
    }
    top.message = box(true, true, 2.5);
    top.message_alone = box(true, false, 2.5);
    if (!instructions.empty()) {
        top.instructions.push_back(box(false, true, 1));
    }
    return top;
}

namespace {

// The glance's line for each exercise: its name, and how many and how often.
std::vector<std::vector<Span>> glanceLines(const Context& c) {
    const bool every_day = everyDay(c.dailyDoses());  // the main message says so
    std::vector<std::vector<Span>> lines;
    for (std::size_t i = 0; i < c.program.items.size(); ++i) {
        const std::string glance = doseGlance(c.program.items[i].dose, c.uses[i], every_day);
        std::vector<Span> line{{c.exercises[i].name, FontStyle::Bold}};
        if (!glance.empty()) {
            line.push_back({": " + glance, FontStyle::Regular});
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

// The list's title, and an exercise's line under its number: into one builder (in the
// message's box), or a block each (after the safety box).
void glanceTitle(BlockBuilder& b, const HandoutStyle& s, double size) {
    b.paragraph({{"Your exercises at a glance", FontStyle::Bold}}, size);
    b.keepWithNext();
    b.space(s.body * 0.2);
    b.keepWithNext();
}

void glanceLine(BlockBuilder& b, const Context& c, const std::vector<Span>& line,
                std::size_t number) {
    const double indent =
        fontMetrics(FontStyle::Bold)
            .textWidth(std::to_string(c.program.items.size()) + ".", c.style.body) +
        c.style.body * 0.5;
    b.paragraph(line, c.style.body, std::to_string(number) + ".", indent, true);
}

}  // namespace

void glanceList(const Context& c, BlockBuilder& b, double title_size) {
    glanceTitle(b, c.style, title_size);
    const auto lines = glanceLines(c);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        glanceLine(b, c, lines[i], i + 1);
    }
}

std::vector<Block> glanceBlocks(Context& c) {
    const HandoutStyle& s = c.style;
    // A block an exercise, so that a long list fills page 1 and goes on to page 2.
    std::vector<Block> blocks;
    const auto lines = glanceLines(c);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        BlockBuilder b = c.builder();
        if (i == 0) {
            glanceTitle(b, s, s.heading);
        }
        glanceLine(b, c, lines[i], i + 1);
        blocks.push_back(b.finish(i == 0 ? s.body * 1.2 : 0));
    }
    return blocks;
}

namespace {

// Lying down or kneeling: the patient gets down and up, and may be dizzy after.
bool downOnTheFloorOrBed(const Exercise& e) {
    return e.position == "lying-back" || e.position == "lying-side" ||
           e.position == "hands-knees" || e.position == "kneeling";
}

// A heading and bullets, as one block.
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

Block safetyBlock(Context& c) {
    const HandoutStyle& s = c.style;
    // The condition's own signs; the general ones for a program of no condition.
    const SafetyText& safety = c.condition != nullptr ? c.condition->safety : c.inputs.text.safety;
    BlockBuilder b = c.builder();
    b.openBox(1.5, s.body * 0.55);
    b.paragraph({{"Stay safe", FontStyle::Bold}}, s.heading);
    b.space(s.body * 0.2);
    b.paragraph({{safety.pain_rule, FontStyle::Regular}}, s.body);
    auto list = [&](const std::string& label, const std::vector<std::string>& items) {
        if (items.empty()) {
            return;
        }
        b.space(s.body * 0.4);
        b.paragraph({{label, FontStyle::Bold}}, s.body);
        b.keepWithNext();
        for (const auto& item : items) {
            b.paragraph({{item, FontStyle::Regular}}, s.body, "•", s.body * 1.1, true);
        }
    };
    // Always a way to reach the clinic: its phone, or a line to write it on.
    if (c.phone.empty()) {
        b.space(s.body * 0.5);
        writeInLine(b, s, "Your clinic's phone:", "");
        list("Call your clinic if:", safety.call_clinic);
    } else {
        list("Call your clinic at " + c.phone + " if:", safety.call_clinic);
    }
    list("Get care the same day if:", safety.same_day);
    list("Get emergency care right away if:", safety.emergency);
    // How: call the emergency number; and a calm word on how rare these signs are.
    b.space(s.body * 0.3);
    std::vector<Span> how{
        {"Call " + c.emergency_number + " or go to the emergency room.", FontStyle::Bold}};
    if (!safety.emergency_note.empty()) {
        how.push_back({" " + safety.emergency_note, FontStyle::Regular});
    }
    b.paragraph(how, s.body);
    b.closeBox();
    Block block = b.finish(s.body * 0.8);
    // Where the box goes on to page 2 (large print), its title comes again at the top.
    BlockBuilder t = c.builder();
    t.openBox(1.5, s.body * 0.55);
    t.paragraph({{"Stay safe (continued)", FontStyle::Bold}}, s.heading);
    block.continued_title = t.finish().rows;
    return block;
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
