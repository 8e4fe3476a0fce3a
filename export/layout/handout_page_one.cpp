// Page 1 of the handout: the title and who it is for, the main message with the list at a
// glance, and the safety box with the ways to reach help.
#include <algorithm>

#include "core/dose_text.h"
#include "handout_parts.h"
#include "layout/text_wrap.h"
#include "text/utf8.h"

namespace hep::handout {

namespace {

// Where a line to write on is drawn in the line of text just added: a quarter line above its
// foot, under the letters.
double writeInUnder(const BlockBuilder& b, double line_height) {
    return b.y() - line_height * 0.25;
}

// "For:", a label in front of a value, or of a line to write on when the value is empty.
void writeInLine(BlockBuilder& b, const HandoutStyle& s, const std::string& label,
                 const std::string& value) {
    if (!value.empty()) {
        b.paragraph(labelled(label, value), s.body);
        return;
    }
    b.paragraph({{label, FontStyle::Bold}}, s.body);
    const double under = writeInUnder(b, s.lineHeight(s.body));
    double x = b.left() + fontMetrics(FontStyle::Bold).textWidth(label + " ", s.body);
    b.attach({Line{x, under, std::min(x + 260 * s.scale, b.right()), under, 0.75, 0}});
}

// One line of body text made of pieces a space apart: text in a face, or a line to write on,
// `blank` points wide (two spaces after it). Nothing is drawn, and false returned, when they do
// not fit the column.
struct LinePiece {
    std::string text;
    FontStyle font = FontStyle::Bold;
    double blank = 0;
};

bool writeInRow(BlockBuilder& b, const HandoutStyle& s, const std::vector<LinePiece>& pieces) {
    const double space = fontMetrics(FontStyle::Regular).textWidth(" ", s.body);
    auto advance = [&](const LinePiece& piece) {
        return piece.blank > 0 ? piece.blank + 2 * space
                               : fontMetrics(piece.font).textWidth(piece.text, s.body) + space;
    };
    double width = 0;
    for (const auto& piece : pieces) {
        width += advance(piece);
    }
    if (width - space > b.width()) {
        return false;
    }
    const double line_height = s.lineHeight(s.body);
    b.space(line_height);
    const double baseline = b.y() - line_height + baselineInLine(s.body, line_height);
    const double under = writeInUnder(b, line_height);
    std::vector<DrawOp> ops;
    double x = b.left();
    for (const auto& piece : pieces) {
        if (piece.blank > 0) {
            ops.push_back(Line{x, under, x + piece.blank, under, 0.75, 0});
        } else {
            ops.push_back(TextRun{x, baseline, piece.text, piece.font, s.body, 0});
        }
        x += advance(piece);
    }
    b.attach(std::move(ops));
    return true;
}

// The heading of when to call the clinic without its phone: a line to write it on inside the
// heading ("Call your clinic at ______ if:"), or on a line of its own above it in a narrow
// column.
void clinicPhoneHeading(BlockBuilder& b, const HandoutStyle& s) {
    if (!writeInRow(b, s,
                    {{"Call your clinic at"}, {"", FontStyle::Bold, 150 * s.scale}, {"if:"}})) {
        writeInLine(b, s, "Your clinic's phone:", "");
        b.space(s.body * 0.4);
        b.paragraph({{"Call your clinic if:", FontStyle::Bold}}, s.body);
    }
}

// Who the handout is for, when and from whom, in as few lines as read well: "For:" (with a
// line to write on when no name is set), then the date and the therapist on one line where they
// fit; without a therapist, the patient and the date share a line where they fit (page 1 needs
// the room for the list at a glance).
void whoLines(BlockBuilder& b, const HandoutStyle& s, const std::string& patient,
              const std::string& date, const std::string& therapist) {
    auto joined = [](std::vector<Span> first, const std::vector<Span>& second) {
        first.push_back({" · ", FontStyle::Regular});
        first.insert(first.end(), second.begin(), second.end());
        return first;
    };
    auto one_line = [&](const std::vector<Span>& spans) {
        return breakSpans(spans, s.body, [&](std::size_t) { return b.width(); }).size() == 1;
    };
    if (!date.empty() && therapist.empty()) {
        if (!patient.empty()) {
            const auto line = joined(labelled("For:", patient), labelled("Date:", date));
            if (one_line(line)) {
                b.paragraph(line, s.body);
                return;
            }
        } else if (writeInRow(b, s,
                              {{"For:"},
                               {"", FontStyle::Bold, 200 * s.scale},
                               {"Date:"},
                               {date, FontStyle::Regular}})) {
            return;
        }
    }
    writeInLine(b, s, "For:", patient);
    const auto both = joined(labelled("Date:", date), labelled("Your therapist:", therapist));
    if (!date.empty() && !therapist.empty() && one_line(both)) {
        b.paragraph(both, s.body);
        return;
    }
    writeInLine(b, s, "Date:", date);
    if (!therapist.empty()) {
        b.paragraph(labelled("Your therapist:", therapist), s.body);
    }
}

}  // namespace

PageOneTop titleBlocks(Context& c) {
    const HandoutStyle& s = c.style;
    const Program& p = c.program;
    BlockBuilder b = c.builder();
    b.paragraph({{"Your home exercise program", FontStyle::Bold}}, s.title);
    b.space(s.body * 0.3);
    const std::string patient =
        c.printable(p.patient, "patient name", PrintableText::Field::Private);
    const std::string date = readableDate(c.printable(p.date, "date"), p.handout.paper);
    const std::string therapist = c.printable(p.therapist, "therapist name");
    whoLines(b, s, patient, date, therapist);
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

Block glanceBlock(Context& c) {
    const HandoutStyle& s = c.style;
    // A long list fills page 1 and goes on to page 2 under its title again. The title keeps with
    // the first two exercises, and the last two keep together: no exercise stands alone.
    BlockBuilder b = c.builder();
    glanceTitle(b, s, s.heading);
    const auto lines = glanceLines(c);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        glanceLine(b, c, lines[i], i + 1);
        if (i == 0 || i + 2 == lines.size()) {
            b.keepWithNext();
        }
    }
    Block block = b.finish(s.body * 1.2);
    BlockBuilder t = c.builder();
    t.paragraph({{"Your exercises at a glance (continued)", FontStyle::Bold}}, s.heading);
    t.space(s.body * 0.2);
    block.continued_title = t.finish().rows;
    return block;
}

Block safetyBlock(Context& c, double* before_emergency) {
    const HandoutStyle& s = c.style;
    // The condition's own signs; the general ones for a program of no condition.
    const SafetyText& safety = c.condition != nullptr ? c.condition->safety : c.inputs.text.safety;
    BlockBuilder b = c.builder();
    b.openBox(1.5, s.body * 0.55);
    b.paragraph({{"Stay safe", FontStyle::Bold}}, s.heading);
    b.space(s.body * 0.2);
    b.paragraph({{safety.pain_rule, FontStyle::Regular}}, s.body);
    // A heading and its signs; no label is the clinic's heading without its phone. The
    // emergency signs keep together with their heading, which says what to do, when the box
    // goes on to page 2 (large print).
    auto list = [&](const std::string& label, const std::vector<std::string>& items,
                    bool together = false) {
        if (items.empty()) {
            return;
        }
        b.space(s.body * 0.4);
        if (label.empty()) {
            clinicPhoneHeading(b, s);
        } else {
            b.paragraph({{label, FontStyle::Bold}}, s.body, "", 0, true);
        }
        b.keepWithNext();
        for (std::size_t i = 0; i < items.size(); ++i) {
            b.paragraph({{items[i], FontStyle::Regular}}, s.body, "•", s.body * 1.1, true);
            if (together && i + 1 < items.size()) {
                b.keepWithNext();
            }
        }
    };
    // Always a way to reach the clinic: its phone, or a line to write it on in the heading.
    if (!c.phone.empty() || !safety.call_clinic.empty()) {
        list(c.phone.empty() ? "" : "Call your clinic at " + c.phone + " if:", safety.call_clinic);
    } else {
        b.space(s.body * 0.4);
        writeInLine(b, s, "Your clinic's phone:", "");
    }
    list("Get care the same day if:", safety.same_day);
    // How to get emergency care heads its signs; a calm word on how rare they are follows them.
    const std::string how = "Call " + c.emergency_number + " or go to the emergency room";
    if (before_emergency != nullptr) {
        *before_emergency = b.y();
    }
    if (!safety.emergency.empty()) {
        list(how + " right away if:", safety.emergency, true);
        if (!safety.emergency_note.empty()) {
            b.keepWithNext();
            b.space(s.body * 0.3);
            b.keepWithNext();
            b.paragraph({{safety.emergency_note, FontStyle::Regular}}, s.body);
        }
    } else {
        b.space(s.body * 0.4);
        std::vector<Span> line{{how + ".", FontStyle::Bold}};
        if (!safety.emergency_note.empty()) {
            line.push_back({" " + safety.emergency_note, FontStyle::Regular});
        }
        b.paragraph(line, s.body);
    }
    b.closeBox();
    Block block = b.finish(s.body * 0.8);
    // Where the box goes on to page 2 (large print), its title comes again at the top.
    BlockBuilder t = c.builder();
    t.openBox(1.5, s.body * 0.55);
    t.paragraph({{"Stay safe (continued)", FontStyle::Bold}}, s.heading);
    block.continued_title = t.finish().rows;
    return block;
}

}  // namespace hep::handout
