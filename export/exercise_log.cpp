// The exercise log at the end of the handout: a table per week, exercises by days, with boxes
// to tick each time (on the days the dose asks for: "5 days this week" and 5 boxes for an
// exercise done 5 days a week) and a row to write the day's pain (0-10).
#include <chrono>
#include <cstdio>

#include "export/handout_parts.h"
#include "export/text_wrap.h"

namespace hep::handout {

namespace {

namespace chr = std::chrono;

const char* const kDayNames[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::optional<chr::sys_days> parseDate(const std::string& iso) {
    int y = 0;
    unsigned m = 0, d = 0;
    if (iso.size() != 10 || std::sscanf(iso.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) {
        return std::nullopt;
    }
    chr::year_month_day date{chr::year{y}, chr::month{m}, chr::day{d}};
    if (!date.ok()) {
        return std::nullopt;
    }
    return chr::sys_days{date};
}

// "Week 2: from Tue, Dec 1" when the program has a date, else "Week 2".
std::string weekTitle(int week, const std::optional<chr::sys_days>& start) {
    std::string title = "Week " + std::to_string(week + 1);
    if (start) {
        chr::sys_days first = *start + chr::days{7 * week};
        chr::year_month_day ymd{first};
        title += ": from " + std::string(kDayNames[chr::weekday{first}.c_encoding()]) + ", " +
                 kMonths[static_cast<unsigned>(ymd.month()) - 1] + " " +
                 std::to_string(static_cast<unsigned>(ymd.day()));
    }
    return title;
}

}  // namespace

std::vector<Block> logBlocks(Context& c) {
    const HandoutStyle& s = c.style;
    const int weeks = c.program.handout.log_weeks;
    if (weeks <= 0 || c.program.items.empty()) {
        return {};
    }
    const auto start = parseDate(c.program.date);
    const unsigned first_day = start ? chr::weekday{*start}.c_encoding() : 1;  // Monday
    const double text_size = std::max(10.0, s.small + 1);
    const double line = s.lineHeight(text_size);
    const double box = text_size * 0.95;
    // Compact rows, so that two weeks of ten exercises share a page.
    const double pad = text_size * 0.2;
    const double left = s.contentLeft();
    const double width = s.contentWidth();
    const double name_width = width * 0.4;
    const double cell = (width - name_width) / 7;
    const FontMetrics& regular = fontMetrics(FontStyle::Regular);
    const FontMetrics& bold = fontMetrics(FontStyle::Bold);

    std::vector<Block> blocks;
    for (int week = 0; week < weeks; ++week) {
        BlockBuilder b = c.builder();
        if (week == 0) {
            b.paragraph({{"Exercise log", FontStyle::Bold}}, s.heading);
            b.keepWithNext();
            b.paragraph({{"Tick a box each time you do an exercise. Each day, write how bad your "
                          "pain is, from 0 (no pain) to 10 (the worst pain).",
                          FontStyle::Regular}},
                        s.body, "", 0, true);
            b.keepWithNext();
            b.space(s.body * 0.4);
            b.keepWithNext();
        }
        b.paragraph({{weekTitle(week, start), FontStyle::Bold}}, s.body);
        b.keepWithNext();

        // A table row: the name wrapped in the first column, then what fill draws in each day.
        auto tableRow = [&](const std::vector<std::string>& name_lines, FontStyle font,
                            double content_height, auto&& fill) {
            double height =
                std::max(static_cast<double>(name_lines.size()) * line, content_height) + 2 * pad;
            std::vector<DrawOp> ops;
            double top = b.y();
            double baseline = top + pad + regular.ascent(text_size);
            for (const auto& text : name_lines) {
                ops.push_back(TextRun{left + pad, baseline, text, font, text_size, 0});
                baseline += line;
            }
            for (int d = 0; d < 7; ++d) {
                fill(ops, d, left + name_width + d * cell, top, height);
            }
            // Grid: the row's bottom and every column's side.
            ops.push_back(Line{left, top + height, left + width, top + height, 0.75, 0});
            for (int col = 0; col <= 8; ++col) {
                double x = col == 0 ? left : left + name_width + (col - 1) * cell;
                ops.push_back(Line{x, top, x, top + height, 0.75, 0});
            }
            b.space(height);
            b.attach(std::move(ops));
            b.keepWithNext();
        };

        // Header row: the days.
        b.rule(0.75, 0);
        b.keepWithNext();
        tableRow({"Exercise"}, FontStyle::Bold, line,
                 [&](auto& ops, int d, double x, double top, double) {
                     std::string day = kDayNames[(first_day + d) % 7];
                     double dx = (cell - bold.textWidth(day, text_size)) / 2;
                     ops.push_back(TextRun{x + dx, top + pad + regular.ascent(text_size), day,
                                           FontStyle::Bold, text_size, 0});
                 });

        for (std::size_t i = 0; i < c.program.items.size(); ++i) {
            std::string name = std::to_string(i + 1) + ". " + c.exercises[i].name;
            auto lines = wrapText(name, regular, text_size, name_width - 2 * pad);
            int per_day = std::clamp(c.program.items[i].dose.times_per_day.value_or(1), 1, 12);
            const int days = std::clamp(c.program.items[i].dose.days_per_week.value_or(7), 1, 7);
            if (days < 7) {
                // Not every day: "5 days this week" and a box per time, not 7 daily boxes.
                const std::string label =
                    std::to_string(days) + (days == 1 ? " day" : " days") + " this week:";
                const int count = days * per_day;
                const double label_w = regular.textWidth(label, text_size) + pad * 2;
                const int fit =
                    std::max(1, static_cast<int>((7 * cell - label_w - pad) / (box + pad)));
                const int box_lines = (count + fit - 1) / fit;
                const double boxes_height = box_lines * box + (box_lines - 1) * pad;
                const double height =
                    std::max({static_cast<double>(lines.size()) * line, boxes_height, line}) +
                    2 * pad;
                std::vector<DrawOp> ops;
                const double top = b.y();
                double baseline = top + pad + regular.ascent(text_size);
                for (const auto& text : lines) {
                    ops.push_back(
                        TextRun{left + pad, baseline, text, FontStyle::Regular, text_size, 0});
                    baseline += line;
                }
                const double x0 = left + name_width + pad;
                ops.push_back(TextRun{x0, top + pad + regular.ascent(text_size), label,
                                      FontStyle::Regular, text_size, 0});
                for (int k = 0; k < count; ++k) {
                    const int column = k % fit;  // boxes fill a line, then the next
                    const int line_index = k / fit;
                    const double bx = x0 + label_w + column * (box + pad);
                    const double by = top + pad + line_index * (box + pad);
                    ops.push_back(Rect{bx, by, box, box, 1, 0, std::nullopt});
                }
                ops.push_back(Line{left, top + height, left + width, top + height, 0.75, 0});
                for (double x : {left, left + name_width, left + width}) {
                    ops.push_back(Line{x, top, x, top + height, 0.75, 0});
                }
                b.space(height);
                b.attach(std::move(ops));
                b.keepWithNext();
                continue;
            }
            int per_line = std::max(1, static_cast<int>((cell - pad) / (box + pad)));
            int box_lines = (per_day + per_line - 1) / per_line;
            double boxes_height = box_lines * box + (box_lines - 1) * pad;
            tableRow(lines, FontStyle::Regular, boxes_height,
                     [&](auto& ops, int, double x, double top, double height) {
                         double y0 = top + (height - boxes_height) / 2;
                         for (int k = 0; k < per_day; ++k) {
                             int in_line = std::min(per_line, per_day - (k / per_line) * per_line);
                             double row_width = in_line * box + (in_line - 1) * pad;
                             double bx = x + (cell - row_width) / 2 + (k % per_line) * (box + pad);
                             const int row = k / per_line;
                             double by = y0 + row * (box + pad);
                             ops.push_back(Rect{bx, by, box, box, 1, 0, std::nullopt});
                         }
                     });
        }
        // The pain row: a line to write a number on in each day.
        auto pain_lines = wrapText("Pain today (0-10)", bold, text_size, name_width - 2 * pad);
        tableRow(pain_lines, FontStyle::Bold, line * 1.2,
                 [&](auto& ops, int, double x, double top, double height) {
                     double y = top + height - pad - 2;
                     ops.push_back(Line{x + cell * 0.2, y, x + cell * 0.8, y, 0.75, 0});
                 });
        blocks.push_back(b.finish(s.body * (week == 0 ? 1.5 : 1.0)));
    }
    return blocks;
}

}  // namespace hep::handout
