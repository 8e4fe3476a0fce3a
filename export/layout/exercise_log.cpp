// The exercise log at the end of the handout: tables of exercises by days, two weeks side by side
// where the grid allows (else a week to a table), with boxes to tick each time (on the days the
// dose asks for: "5 days this week" and 5 boxes for an exercise done 5 days a week), a row to
// write the day's pain (0-10), and the weeks and their days at the top of every page a table is
// on. One-time tests are left out.
#include <chrono>
#include <cstdio>

#include "handout_parts.h"
#include "layout/text_wrap.h"

namespace hep::handout {

namespace {

namespace chr = std::chrono;

const char* const kDayNames[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
// Where two weeks share a table, a day's column is narrow: the day in two letters.
const char* const kShortDayNames[] = {"Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"};
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

// The geometry of the log's tables: a name column, then 7 day cells for each week of the table.
struct Grid {
    int weeks = 1;  // weeks side by side in a table
    double left = 0;
    double name_width = 0;
    double cell = 0;
    double text_size = 0;
    double line = 0;  // line height of the text
    double box = 0;   // a tick box's side
    double pad = 0;

    double daysX() const { return left + name_width; }
    double weekX(int week) const { return daysX() + 7 * cell * week; }
};

Grid gridFor(const HandoutStyle& s, int weeks) {
    Grid g;
    g.left = s.contentLeft();
    g.text_size = std::max(10.0, s.small);
    g.line = g.text_size * 1.2;  // the short labels of a table's cells
    g.box = g.text_size * 0.9;
    g.pad = g.text_size * 0.2;
    const FontMetrics& bold = fontMetrics(FontStyle::Bold);
    // Two weeks side by side when a day's cell still holds its name and 2 tick boxes in a line.
    Grid two = g;
    two.weeks = 2;
    two.name_width = s.contentWidth() * 0.28;
    two.cell = (s.contentWidth() - two.name_width) / 14;
    two.box = g.text_size * 0.85;
    double widest = 0;
    for (const char* day : kShortDayNames) {
        widest = std::max(widest, bold.textWidth(day, g.text_size));
    }
    const double need = std::max(widest + 2 * g.pad, 2 * two.box + 2 * g.pad);
    if (weeks >= 2 && two.cell >= need) {
        return two;
    }
    g.name_width = s.contentWidth() * 0.4;
    g.cell = (s.contentWidth() - g.name_width) / 7;
    return g;
}

// Builds one table's rows into a block builder: every row draws its own grid lines.
class TableBuilder {
  public:
    // A table of `weeks` weeks (the grid's, or 1 for the last of an odd number).
    TableBuilder(BlockBuilder& b, const Grid& g, int weeks) : b_(b), g_(g), weeks_(weeks) {}

    // A row: the name lines in the first column, then fill(ops, week, x, top, height) draws the
    // 7 day cells of each week from x. daily: the days' cells have their own sides. A header
    // row keeps with the next; the others let a table taller than a page fill each page.
    template <typename Fill>
    void row(const std::vector<std::string>& name_lines, FontStyle font, double content_height,
             bool daily, Fill&& fill, bool header = false) {
        const double height =
            std::max(static_cast<double>(name_lines.size()) * g_.line, content_height) + 2 * g_.pad;
        std::vector<DrawOp> ops;
        const double top = b_.y();
        double baseline = top + g_.pad + fontMetrics(FontStyle::Regular).ascent(g_.text_size);
        for (const auto& text : name_lines) {
            ops.push_back(TextRun{g_.left + g_.pad, baseline, text, font, g_.text_size, 0});
            baseline += g_.line;
        }
        const double right = g_.weekX(weeks_);
        ops.push_back(Line{g_.left, top + height, right, top + height, 0.75, 0});
        ops.push_back(Line{g_.left, top, g_.left, top + height, 0.75, 0});
        for (int w = 0; w < weeks_; ++w) {
            fill(ops, w, g_.weekX(w), top, height);
            // A week's sides are heavier than its days' when two weeks share the table.
            ops.push_back(Line{g_.weekX(w), top, g_.weekX(w), top + height, w > 0 ? 2 : 0.75, 0});
            for (int d = 1; daily && d < 7; ++d) {
                const double x = g_.weekX(w) + d * g_.cell;
                ops.push_back(Line{x, top, x, top + height, 0.75, 0});
            }
        }
        ops.push_back(Line{right, top, right, top + height, 0.75, 0});
        b_.space(height);
        b_.attach(std::move(ops));
        if (header) {
            b_.keepWithNext();
        }
    }

  private:
    BlockBuilder& b_;
    const Grid& g_;
    int weeks_;
};

// The header of a table of the weeks from `first`: with one week, the week in the first column
// and its days; with two, each week over its days. Also what a table that goes on to another
// page repeats at its top.
void tableHeader(BlockBuilder& b, const Grid& g, int first, int weeks,
                 const std::optional<chr::sys_days>& start, unsigned first_day) {
    const FontMetrics& bold = fontMetrics(FontStyle::Bold);
    const double ascent = fontMetrics(FontStyle::Regular).ascent(g.text_size);
    b.rule(0.75, 0);
    b.keepWithNext();
    TableBuilder t(b, g, weeks);
    auto centred = [&](auto& ops, const std::string& text, double x, double width, double top) {
        const double dx = (width - bold.textWidth(text, g.text_size)) / 2;
        ops.push_back(TextRun{x + dx, top + g.pad + ascent, text, FontStyle::Bold, g.text_size, 0});
    };
    std::vector<std::string> name;
    if (g.weeks == 1) {
        name = wrapText(weekTitle(first, start), bold, g.text_size, g.name_width - 2 * g.pad);
    } else {
        t.row(
            {}, FontStyle::Bold, g.line, false,
            [&](auto& ops, int w, double x, double top, double) {
                centred(ops, weekTitle(first + w, start), x, 7 * g.cell, top);
            },
            true);
    }
    const auto* days = g.weeks == 1 ? kDayNames : kShortDayNames;
    t.row(
        name, FontStyle::Bold, g.line, true,
        [&](auto& ops, int, double x, double top, double) {
            for (int d = 0; d < 7; ++d) {
                centred(ops, days[(first_day + d) % 7], x + d * g.cell, g.cell, top);
            }
        },
        true);
}

// Boxes in rows of per_line from (x, y), count in all.
void boxes(std::vector<DrawOp>& ops, const Grid& g, int count, int per_line, double x, double y) {
    for (int k = 0; k < count; ++k) {
        const int line = k / per_line;  // boxes fill a line, then the next
        const int column = k % per_line;
        ops.push_back(Rect{x + column * (g.box + g.pad), y + line * (g.box + g.pad), g.box, g.box,
                           1, 0, std::nullopt});
    }
}

double boxesHeight(const Grid& g, int count, int per_line) {
    const int lines = (count + per_line - 1) / per_line;
    return lines * g.box + (lines - 1) * g.pad;
}

// An exercise's row: a box per time on each day, or "5 days this week:" and a box per time.
void exerciseRow(TableBuilder& t, const Grid& g, const std::vector<std::string>& name_lines,
                 const Dose& dose) {
    const int per_day = std::clamp(dose.times_per_day.value_or(1), 1, 12);
    const int days = std::clamp(dose.days_per_week.value_or(7), 1, 7);
    if (days == 7) {
        const int per_line = std::max(1, static_cast<int>(g.cell / (g.box + g.pad)));
        const double height = boxesHeight(g, per_day, per_line);
        t.row(name_lines, FontStyle::Regular, height, true,
              [&](auto& ops, int, double x, double top, double row_height) {
                  for (int d = 0; d < 7; ++d) {
                      const int first_line = std::min(per_line, per_day);
                      const double line_width = first_line * g.box + (first_line - 1) * g.pad;
                      boxes(ops, g, per_day, per_line, x + d * g.cell + (g.cell - line_width) / 2,
                            top + (row_height - height) / 2);
                  }
              });
        return;
    }
    const FontMetrics& regular = fontMetrics(FontStyle::Regular);
    const std::string label = std::to_string(days) + (days == 1 ? " day" : " days") + " this week:";
    const int count = days * per_day;
    const double label_w = regular.textWidth(label, g.text_size) + 2 * g.pad;
    const int per_line =
        std::max(1, static_cast<int>((7 * g.cell - label_w - g.pad) / (g.box + g.pad)));
    const double height = std::max(boxesHeight(g, count, per_line), g.line);
    t.row(name_lines, FontStyle::Regular, height, false,
          [&](auto& ops, int, double x, double top, double) {
              ops.push_back(TextRun{x + g.pad, top + g.pad + regular.ascent(g.text_size), label,
                                    FontStyle::Regular, g.text_size, 0});
              boxes(ops, g, count, per_line, x + g.pad + label_w, top + g.pad);
          });
}

}  // namespace

std::vector<Block> logBlocks(Context& c) {
    const HandoutStyle& s = c.style;
    const int weeks = c.program.handout.log_weeks;
    // One-time tests and as-needed rest positions are not logged: a log of them alone is no log.
    if (weeks <= 0 || c.dailyDoses().empty()) {
        return {};
    }
    const auto start = parseDate(c.program.date);
    const unsigned first_day = start ? chr::weekday{*start}.c_encoding() : 1;  // Monday
    const Grid g = gridFor(s, weeks);
    const FontMetrics& regular = fontMetrics(FontStyle::Regular);

    std::vector<Block> blocks;
    for (int first = 0; first < weeks; first += g.weeks) {
        const int in_table = std::min(g.weeks, weeks - first);
        BlockBuilder b = c.builder();
        if (first == 0) {
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
        tableHeader(b, g, first, in_table, start, first_day);
        TableBuilder t(b, g, in_table);
        for (std::size_t i = 0; i < c.program.items.size(); ++i) {
            if (!doneOnDays(c.uses[i])) {
                continue;
            }
            const std::string name = std::to_string(i + 1) + ". " + c.exercises[i].name;
            exerciseRow(t, g, wrapText(name, regular, g.text_size, g.name_width - 2 * g.pad),
                        c.program.items[i].dose);
        }
        // The pain row: a line to write a number on in each day.
        t.row(wrapText("Pain today (0-10)", fontMetrics(FontStyle::Bold), g.text_size,
                       g.name_width - 2 * g.pad),
              FontStyle::Bold, g.line * 1.2, true,
              [&](auto& ops, int, double x, double top, double height) {
                  const double y = top + height - g.pad - 2;
                  for (int d = 0; d < 7; ++d) {
                      const double cx = x + d * g.cell;
                      ops.push_back(Line{cx + g.cell * 0.2, y, cx + g.cell * 0.8, y, 0.75, 0});
                  }
              });
        Block block = b.finish(s.body * (first == 0 ? 1.5 : 1.0));
        // A table taller than a page repeats its header on the next.
        BlockBuilder header = c.builder();
        tableHeader(header, g, first, in_table, start, first_day);
        block.continued_title = header.finish().rows;
        blocks.push_back(std::move(block));
    }
    return blocks;
}

}  // namespace hep::handout
