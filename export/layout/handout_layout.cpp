#include "layout/handout_layout.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "core/errors.h"
#include "core/program_advice.h"
#include "core/program_condition.h"
#include "handout_parts.h"
#include "layout/flow.h"
#include "layout/text_wrap.h"
#include "text/utf8.h"

namespace hep {

namespace {

using handout::Context;

const char* const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};

const Condition* findCondition(const Context& c) {
    const std::string id = programConditionId(c.program.condition, c.exercises);
    for (const auto& condition : c.inputs.conditions) {
        if (condition.id == id) {
            return &condition;
        }
    }
    return nullptr;
}

Exercise printableExercise(Exercise e, std::size_t number, handout::PrintableText& printable) {
    std::string where = "exercise " + std::to_string(number) + " (" + e.name + ") ";
    e.name = printable(e.name, where + "name");
    e.purpose = printable(e.purpose, where + "purpose");
    for (std::size_t i = 0; i < e.steps.size(); ++i) {
        e.steps[i] = printable(e.steps[i], where + "step " + std::to_string(i + 1));
    }
    e.feel = printable(e.feel, where + "\"you should feel\"");
    e.stop_if = printable(e.stop_if, where + "\"stop if\"");
    for (auto& caution : e.cautions) {
        caution = printable(caution, where + "caution");
    }
    return e;
}

// The header every page carries: clinic name, address and phone on the left, logo on the
// right, a rule below. Returns the y where the page's content starts.
double drawHeader(Page& page, Document& document, const Context& c) {
    const HandoutStyle& s = c.style;
    double top = s.margin;
    if (c.clinic_name.empty() && c.phone.empty() && c.clinic_address.empty() && !c.inputs.logo) {
        return top;
    }
    double logo_w = 0, logo_h = 0;
    if (c.inputs.logo && c.inputs.logo->width > 0 && c.inputs.logo->height > 0) {
        double max_h = 2 * s.lineHeight(s.header), max_w = s.contentWidth() * 0.3;
        double aspect = static_cast<double>(c.inputs.logo->width) / c.inputs.logo->height;
        logo_h = std::min(max_h, max_w / aspect);
        logo_w = logo_h * aspect;
        document.images.try_emplace("clinic-logo", *c.inputs.logo);
        page.ops.push_back(Image{s.contentRight() - logo_w, top, logo_w, logo_h, "clinic-logo"});
    }
    const double width = s.contentWidth() - (logo_w > 0 ? logo_w + 12 : 0);
    BlockBuilder b(s.contentLeft(), width, s.leading);
    std::string line2 = c.clinic_address;
    if (!c.phone.empty()) {
        line2 += (line2.empty() ? "" : "  ·  ") + std::string("Phone: ") + c.phone;
    }
    // One line when name, address and phone fit on it: the page's room is for the exercises.
    const std::string joiner = c.clinic_name.empty() || line2.empty() ? "" : "  ·  ";
    const double one_line = fontMetrics(FontStyle::Bold).textWidth(c.clinic_name, s.header) +
                            fontMetrics(FontStyle::Regular).textWidth(joiner + line2, s.header);
    if (one_line <= width) {
        b.paragraph({{c.clinic_name, FontStyle::Bold}, {joiner + line2, FontStyle::Regular}},
                    s.header);
    } else {
        if (!c.clinic_name.empty()) {
            b.paragraph({{c.clinic_name, FontStyle::Bold}}, s.header);
        }
        if (!line2.empty()) {
            b.paragraph({{line2, FontStyle::Regular}}, s.header);
        }
    }
    Block text = b.finish();
    for (const auto& row : text.rows) {
        for (DrawOp op : row.ops) {
            translate(op, 0, top);
            page.ops.push_back(std::move(op));
        }
    }
    double bottom = top + std::max(text.height(), logo_h) + 6;
    page.ops.push_back(Line{s.contentLeft(), bottom, s.contentRight(), bottom, 0.75, 0.5});
    return bottom + s.body * 0.45;
}

// The footer: the short disclaimer, wrapped beside "Page X of Y" (the clinic's phone is in the
// header of every page).
struct Footer {
    std::vector<std::string> disclaimer;
    double height = 0;
};

double pageNumberRoom(const HandoutStyle& s) {
    return fontMetrics(FontStyle::Bold).textWidth("Page 88 of 88", s.small) + s.small;
}

Footer footerFor(const Context& c, const std::string& disclaimer) {
    const HandoutStyle& s = c.style;
    Footer f;
    f.disclaimer = wrapText(disclaimer, fontMetrics(FontStyle::Regular), s.small,
                            s.contentWidth() - pageNumberRoom(s));
    f.height = 6 + s.lineHeight(s.small) *
                       static_cast<double>(std::max<std::size_t>(1, f.disclaimer.size()));
    return f;
}

void drawFooter(Page& page, const Context& c, const Footer& f, std::size_t number,
                std::size_t count) {
    const HandoutStyle& s = c.style;
    const FontMetrics& regular = fontMetrics(FontStyle::Regular);
    const FontMetrics& bold = fontMetrics(FontStyle::Bold);
    double line = s.lineHeight(s.small);
    double top = page.height - s.margin - f.height;
    page.ops.push_back(Line{s.contentLeft(), top, s.contentRight(), top, 0.75, 0.5});
    double baseline = top + 6 + regular.ascent(s.small);
    std::string page_text = "Page " + std::to_string(number) + " of " + std::to_string(count);
    double page_width = bold.textWidth(page_text, s.small);
    page.ops.push_back(
        TextRun{s.contentRight() - page_width, baseline, page_text, FontStyle::Bold, s.small, 0});
    for (const auto& text : f.disclaimer) {
        page.ops.push_back(
            TextRun{s.contentLeft(), baseline, text, FontStyle::Regular, s.small, 0});
        baseline += line;
    }
}

}  // namespace

std::string readableDate(const std::string& iso, Paper paper) {
    int y = 0, m = 0, d = 0;
    char tail = 0;
    if (iso.size() != 10 || std::sscanf(iso.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
        m < 1 || m > 12 || d < 1 || d > 31) {
        return iso;
    }
    std::string month = kMonths[m - 1];
    return paper == Paper::A4 ? std::to_string(d) + " " + month + " " + std::to_string(y)
                              : month + " " + std::to_string(d) + ", " + std::to_string(y);
}

bool everyDay(const std::vector<Dose>& doses) {
    return std::all_of(doses.begin(), doses.end(),
                       [](const Dose& dose) { return dose.days_per_week.value_or(7) == 7; });
}

std::string mainMessage(const std::vector<Dose>& doses, std::size_t tests,
                        const std::vector<std::size_t>& as_needed) {
    const std::size_t n = doses.size();
    if (n == 0 && tests == 0 && as_needed.empty()) {
        return "Your therapist will add your exercises.";
    }
    std::string message;
    if (n > 0) {
        message = n == 1 ? "Do this 1 exercise" : "Do these " + std::to_string(n) + " exercises";
        const int days = doses.front().days_per_week.value_or(7);
        const bool same = std::all_of(doses.begin(), doses.end(), [&](const Dose& dose) {
            return dose.days_per_week.value_or(7) == days;
        });
        if (everyDay(doses)) {
            message += " every day. ";
        } else if (same) {
            message +=
                " on " + std::to_string(days) + (days == 1 ? " day a week. " : " days a week. ");
        } else {
            message += ". Each one says how often. ";
        }
    }
    if (tests > 0) {
        message +=
            n == 0 ? (tests == 1 ? "Do this test" : "Do these " + std::to_string(tests) + " tests")
                   : (tests == 1 ? "Do the test" : "Do the " + std::to_string(tests) + " tests");
        message += " 1 time only. ";
    }
    if (!as_needed.empty()) {
        std::string numbers;
        for (std::size_t k = 0; k < as_needed.size(); ++k) {
            numbers += (k == 0 ? "" : (k + 1 == as_needed.size() ? " and " : ", ")) +
                       std::to_string(as_needed[k]);
        }
        message += as_needed.size() == 1 ? "Use number " + numbers + " any time you need it. "
                                         : "Use numbers " + numbers + " any time you need them. ";
    }
    return message + "Move slowly, and keep breathing.";
}

Handout layoutHandout(const Program& program, const HandoutInputs& inputs) {
    Handout out;
    Context c{.program = program,
              .inputs = inputs,
              .document = &out.document,
              .style = handoutStyle(program.handout)};
    auto lookup = lookupIn(program.custom_exercises, inputs.lookup);
    for (std::size_t i = 0; i < program.items.size(); ++i) {
        auto e = lookup(program.items[i].exercise_id);
        if (!e) {
            throw InputError("Exercise " + std::to_string(i + 1) + " of the program (\"" +
                             program.items[i].exercise_id + "\") is not in the catalogue.");
        }
        c.exercises.push_back(printableExercise(*e, i + 1, c.printable));
        c.uses.push_back(doseUse(*e));
    }
    c.condition = findCondition(c);
    c.clinic_name = c.printable(program.clinic.name, "clinic name");
    c.clinic_address = c.printable(program.clinic.address, "clinic address");
    c.phone = c.printable(program.clinic.phone, "clinic phone");
    c.emergency_number = c.printable(program.clinic.emergency_number, "emergency number");
    if (auto advice = programSizeAdvice(program.items.size())) {
        c.printable.warnings.push_back(*advice);
    }
    if (auto advice = conditionAdvice(program.condition, inputs.conditions)) {
        c.printable.warnings.push_back("The program's " + *advice);
    }
    for (std::size_t i = 0; i < program.items.size(); ++i) {
        if (auto advice = doseUseAdvice(c.exercises[i], program.items[i].dose)) {
            c.printable.warnings.push_back("Exercise " + std::to_string(i + 1) + ": " + *advice);
        }
    }
    if (c.phone.empty()) {
        c.printable.warnings.push_back(
            "The handout has no clinic phone: its safety box prints a line to write it on. Set "
            "the clinic's phone (Preferences, or clinic.phone in the program file).");
    }

    Document& doc = out.document;
    doc.info.title = program.patient.empty() ? "Home exercise program"
                                             : "Home exercise program for " + program.patient;
    doc.info.author = program.therapist;
    doc.info.subject = "Home exercise program";
    doc.info.creator = inputs.creator;

    const Context& ctx = c;
    Footer footer = footerFor(ctx, c.printable(inputs.text.disclaimer_short, "disclaimer"));
    const HandoutStyle& s = c.style;
    double bottom = s.paper.height - s.margin - footer.height - s.body * 0.45;
    Flow flow(doc, s.paper, bottom, [&](Page& page) { return drawHeader(page, doc, ctx); });

    // Page 1 is the summary: who, the main message, the safety box, and the exercises at a
    // glance: in the message's box when the page holds it there, else after the safety box (a
    // long list goes on to page 2; the safety box never leaves page 1 for it). When
    // the therapist's instructions do not fit above the safety box, they follow it. When the
    // whole box does not fit under the main message (large print), the message still comes
    // first if page 1 then holds the box down to its emergency signs (they go on to page 2
    // whole, under what to do); else the box starts page 1 and the message follows it.
    handout::PageOneTop top = handout::titleBlocks(c);
    double safety_head = 0;
    Block safety = handout::safetyBlock(c, &safety_head);
    flow.newPage();
    auto height = [](const Block& b) { return b.space_before + b.height(); };
    const double room = flow.room() - height(top.who) - height(safety);
    flow.add(top.who);
    bool glance_done = false;
    auto fits = [&](const Block& b) { return !b.rows.empty() && height(b) <= room; };
    if (fits(top.message_and_glance)) {
        // A short list goes with the main message, above the safety box: all of it on page 1.
        flow.add(top.message_and_glance);
        flow.add(safety);
        glance_done = true;
    } else if (fits(top.message_and_glance_alone)) {  // the instructions follow the box
        flow.add(top.message_and_glance_alone);
        flow.add(safety);
        for (const auto& block : top.instructions) {
            flow.add(block);
        }
        glance_done = true;
    } else if (height(top.message) <= room) {
        flow.add(top.message);
        flow.add(safety);
    } else if (height(top.message_alone) <= room) {  // long instructions follow the safety box
        flow.add(top.message_alone);
        flow.add(safety);
        for (const auto& block : top.instructions) {
            flow.add(block);
        }
    } else if (height(top.message) + safety.space_before + safety_head <= room + height(safety)) {
        // Large print: the message, then the safety box starts on page 1 and goes on to page 2
        // from its emergency signs, which keep together under what to do.
        flow.add(top.message);
        flow.addStartingHere(safety);
    } else {  // the safety box starts on page 1, the message follows it
        flow.addStartingHere(safety);
        flow.add(top.message);
    }
    if (!glance_done) {
        flow.addStartingHere(handout::glanceBlock(c));
    }
    for (const auto& block : handout::educationBlocks(c)) {
        flow.add(block);
    }
    for (const auto& block : handout::movingSafelyBlocks(c)) {
        flow.add(block);
    }
    for (const auto& block : handout::exerciseBlocks(c)) {
        flow.add(block);
    }
    for (const auto& block : handout::overTimeBlocks(c)) {
        flow.add(block);
    }
    for (const auto& block : handout::logBlocks(c)) {
        flow.add(block);
    }
    for (const auto& block : handout::closingBlocks(c)) {
        flow.add(block);
    }
    for (std::size_t i = 0; i < doc.pages.size(); ++i) {
        drawFooter(doc.pages[i], c, footer, i + 1, doc.pages.size());
    }
    out.warnings = std::move(c.printable.warnings);
    return out;
}

}  // namespace hep
