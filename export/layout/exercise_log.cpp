// The exercise log at the end of the handout: a table per week, exercises by days, with boxes to
// tick each time (on the days the dose asks for: "5 days this week" and 5 boxes for an exercise
// done 5 days a week), a row to write the day's pain (0-10), and the week and its days at the top
// of every page a table is on. One-time tests are left out.
#include <chrono>
#include <cstdio>

#include "handout_parts.h"
#include "layout/text_wrap.h"

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

// The geometry of the log's tables: a name column, then 7 day cells.
struct Grid {
    double left = 0;
    double name_width = 0;
    double cell = 0;
    double text_size = 0;
    double line = 0;  // line height of the text
    double box = 0;   // a tick box's side
    double pad = 0;

    double daysX() const { return left + name_width; }
    double right() const { return daysX() + 7 * cell; }
};

Grid gridFor(const HandoutStyle& s) {
    Grid g;
    g.left = s.contentLeft();
    g.name_width = s.contentWidth() * 0.4;
    g.cell = (s.contentWidth() - g.name_width) / 7;
    g.text_size = std::max(10.0, s.small);
    g.line = s.lineHeight(g.text_size);
    g.box = g.text_size * 0.9;
    g.pad = g.text_size * 0.2;
    return g;
}

// Builds one table's rows into a block builder: every row draws its own grid lines.
class TableBuilder {
  public:
    TableBuilder(BlockBuilder& b, const Grid& g) : b_(b), g_(g) {}

    // A row: the name lines in the first column, then fill(ops, x, top, height) draws the 7
    // day cells from x. daily: the days' cells have their own sides. A header row keeps with
    // the next; the others let a table taller than a page fill each page.
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
        fill(ops, g_.daysX(), top, height);
        ops.push_back(Line{g_.left, top + height, g_.right(), top + height, 0.75, 0});
        for (double x : {g_.left, g_.daysX(), g_.right()}) {
            ops.push_back(Line{x, top, x, top + height, 0.75, 0});
        }
        for (int d = 1; daily && d < 7; ++d) {
            const double x = g_.daysX() + d * g_.cell;
            ops.push_back(Line{x, top, x, top + height, 0.75, 0});
        }
        b_.space(height);
        b_.attach(std::move(ops));
        if (header) {
            b_.keepWithNext();
        }
    }

  private:
    BlockBuilder& b_;
    const Grid& g_;
};

// The header of a week's table: the week in the first column, then the days. Also what a
// table that goes on to another page repeats at its top.
void tableHeader(BlockBuilder& b, const Grid& g, int week,
                 const std::optional<chr::sys_days>& start, unsigned first_day) {
    const FontMetrics& bold = fontMetrics(FontStyle::Bold);
    const double ascent = fontMetrics(FontStyle::Regular).ascent(g.text_size);
    b.rule(0.75, 0);
    b.keepWithNext();
    TableBuilder t(b, g);
    t.row(
        wrapText(weekTitle(week, start), bold, g.text_size, g.name_width - 2 * g.pad),
        FontStyle::Bold, g.line, true,
        [&](auto& ops, double x, double top, double) {
            for (int d = 0; d < 7; ++d) {
                const std::string day = kDayNames[(first_day + d) % 7];
                const double dx = (g.cell - bold.textWidth(day, g.text_size)) / 2;
                ops.push_back(TextRun{x + d * g.cell + dx, top + g.pad + ascent, day,
                                      FontStyle::Bold, g.text_size, 0});
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
        const int per_line = std::max(1, static_cast<int>((g.cell - g.pad) / (g.box + g.pad)));
        const double height = boxesHeight(g, per_day, per_line);
        t.row(name_lines, FontStyle::Regular, height, true,
              [&](auto& ops, double x, double top, double row_height) {
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
          [&](auto& ops, double x, double top, double) {
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
    const Grid g = gridFor(s);
    const FontMetrics& regular = fontMetrics(FontStyle::Regular);

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
        tableHeader(b, g, week, start, first_day);
        TableBuilder t(b, g);
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
              [&](auto& ops, double x, double top, double height) {
                  const double y = top + height - g.pad - 2;
                  for (int d = 0; d < 7; ++d) {
                      const double cx = x + d * g.cell;
                      ops.push_back(Line{cx + g.cell * 0.2, y, cx + g.cell * 0.8, y, 0.75, 0});
                  }
              });
        Block block = b.finish(s.body * (week == 0 ? 1.5 : 1.0));
        // A table taller than a page repeats its header on the next.
        BlockBuilder header = c.builder();
        tableHeader(header, g, week, start, first_day);
        block.continued_title = header.finish().rows;
        blocks.push_back(std::move(block));
    }
    return blocks;
}

}  // namespace hep::handout
