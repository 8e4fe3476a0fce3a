#!/usr/bin/env python3
"""Writes HEP Studio's patient handout as one HTML page for wkhtmltopdf_compare.sh.

Usage: handout_html.py PROGRAM.hep CATALOGUE.json ASSETS_DIR OUT.html.
Exercises from CATALOGUE.json (`hep catalogue --json`); the safety box, disclaimers, education,
sources and captions from ASSETS_DIR (what `hep` compiles in). The sentences follow
model/dose_text.cpp, export/handout_layout.cpp and export/exercise_blocks.cpp. Figures: two
inline SVG boxes an exercise, 2.4 in wide, 0.75 in high lying, 1.2 in otherwise (the CLI writes
no figure as an image). Debian's wkhtmltopdf (unpatched Qt) has no per-page header or footer:
the clinic line opens page 1, the short disclaimer closes the last page, and the margins keep
their room. It prints 125 CSS px an inch: every "pt" is written SCALE times larger (14 pt prints
as 13.8 pt). Python 3 standard library only.
"""
import datetime
import html
import json
import os
import re
import struct
import sys

SCALE = 125 / 96  # paper pt -> CSS pt in Debian's wkhtmltopdf
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]  # datetime.weekday() order
WIDTH, BODY, LINE = 504.0, 14.0, 18.2  # Letter text width, body size, line height (pt)


def scaled(markup):
    """Every "Npt" in markup (CSS, style and SVG attributes) times SCALE."""
    return re.sub(r"(\d+(?:\.\d+)?)pt\b", lambda m: f"{float(m.group(1)) * SCALE:.2f}pt", markup)


def esc(text):
    return html.escape(text, quote=True)


def count(n, singular, plural):  # "1 second", "20 seconds"
    return f"{n} {singular if n == 1 else plural}"


def times(n):
    return count(n, "time", "times")


def dose_sentences(d):
    """The dose as plain sentences (doseSentences)."""
    out, side = [], d.get("side", "none")
    if d.get("hold_seconds"):
        out.append(f"Hold for {count(d['hold_seconds'], 'second', 'seconds')}.")
    if d.get("reps"):
        out.append("Do this " + times(d["reps"]) + {"each": " on each side", "left":
                   " with your left side", "right": " with your right side"}.get(side, "") + ".")
    elif side in ("each", "left", "right"):
        out.append({"each": "Do this on each side.", "left": "Do this with your left side only.",
                    "right": "Do this with your right side only."}[side])
    if d.get("sets", 0) > 1:
        again = "Rest, then repeat. " if d.get("reps") else ""
        out.append(f"{again}Do {d['sets']} sets in all.")
    if d.get("minutes"):
        out.append(f"Do this for {count(d['minutes'], 'minute', 'minutes')} in all.")
    days, per_day = d.get("days_per_week"), d.get("times_per_day")
    when = ("every day" if days == 7 else "on " + count(days, "day", "days") + " a week") \
        if days else None
    if per_day or when:
        out.append("Do this " + ", ".join(filter(None, [per_day and times(per_day) + " a day",
                                                        when])) + ".")
    return out


def dose_glance(d, every_day_said):
    """The dose in one short line for the list at a glance (doseGlance): the hold only when it
    is all there is to count, "every day" only when the main message does not say it."""
    pieces = []
    side = {"each": "each side", "left": "left side", "right": "right side"}.get(
        d.get("side", "none"), "")
    if d.get("hold_seconds") and not d.get("reps") and not d.get("minutes"):
        pieces.append("hold " + count(d["hold_seconds"], "second", "seconds"))
    if d.get("reps") or side:
        pieces.append(" ".join(filter(None, [d.get("reps") and times(d["reps"]), side])))
    if d.get("sets", 0) > 1:
        pieces.append(f"{d['sets']} sets")
    if d.get("minutes"):
        pieces.append(count(d["minutes"], "minute", "minutes"))
    if d.get("times_per_day"):
        pieces.append(times(d["times_per_day"]) + " a day")
    days = d.get("days_per_week")
    if days and not (every_day_said and days == 7):
        pieces.append("every day" if days == 7 else count(days, "day", "days") + " a week")
    line = ", ".join(pieces)
    return line[:1].upper() + line[1:]


def main_message(doses):
    """The main message of page 1 (mainMessage)."""
    n, days = len(doses), {d.get("days_per_week", 7) for d in doses}
    what = "Do this 1 exercise" if n == 1 else f"Do these {n} exercises"
    if days == {7}:
        when = " every day."
    elif len(days) == 1:
        when = " on " + count(days.pop(), "day", "days") + " a week."
    else:
        when = ". Each one says how often."
    return what + when + " Move slowly, and keep breathing."


def advances(path):
    """The advance widths (in em) of a TrueType font's characters of the Basic Multilingual
    Plane, from its cmap (format 4) and hmtx tables; {} when the font cannot be read."""
    try:
        with open(path, "rb") as f:
            data = f.read()
        u16 = lambda at: struct.unpack_from(">H", data, at)[0]  # noqa: E731
        tables = {data[12 + 16 * i:16 + 16 * i].decode("latin-1"):
                  struct.unpack_from(">I", data, 20 + 16 * i)[0] for i in range(u16(4))}
        units, metrics, cmap = u16(tables["head"] + 18), u16(tables["hhea"] + 34), tables["cmap"]
        sub = next(cmap + struct.unpack_from(">I", data, cmap + 8 + 8 * i)[0]
                   for i in range(u16(cmap + 2))
                   if struct.unpack_from(">HH", data, cmap + 4 + 8 * i) == (3, 1))
        seg = u16(sub + 6) // 2
        ends, starts = sub + 14, sub + 16 + 2 * seg
        deltas, offsets = starts + 2 * seg, starts + 4 * seg
        widths = {}
        for k in range(seg):
            first = u16(starts + 2 * k)
            for c in range(first, min(u16(ends + 2 * k), 0xFFFD) + 1):
                glyph, offset = c, u16(offsets + 2 * k)
                if offset:
                    glyph = u16(offsets + 2 * k + offset + 2 * (c - first))
                glyph = (glyph + struct.unpack_from(">h", data, deltas + 2 * k)[0]) & 0xFFFF
                widths[chr(c)] = u16(tables["hmtx"] + 4 * min(glyph, metrics - 1)) / units
        return widths
    except (OSError, KeyError, StopIteration, struct.error):
        return {}


FONTS = "/usr/share/fonts/truetype/dejavu/"
WIDTHS = {False: advances(FONTS + "DejaVuSans.ttf"), True: advances(FONTS + "DejaVuSans-Bold.ttf")}


def text_width(text, size, bold=False):
    """The width of DejaVu Sans text in pt (0.55 em a character when the font is not there)."""
    return sum(WIDTHS[bold].get(ch, 0.55) for ch in text) * size


def line_count(label, text, width):
    """The number of lines a bold label and its text take at the body size in width pt."""
    lines, x = 1, 0.0
    for word, bold in [(w, True) for w in label.split()] + [(w, False) for w in text.split()]:
        w, space = text_width(word, BODY, bold), text_width(" ", BODY) if x else 0
        lines, x = (lines + 1, w) if x and x + space + w > width else (lines, x + space + w)
    return lines


def watch_columns(e, with_stop):
    """What to feel, when to stop and what to take care with, in two columns, in the arrangement
    of the fewest lines (watchColumns)."""
    feel = f'<p><b>You should feel:</b> {esc(e["feel"])}</p>'
    stop = f'<p><b>Stop if:</b> {esc(e["stop_if"])}</p>' if with_stop else ""
    caution = " ".join(e.get("cautions", []))
    care = f"<p><b>Take care:</b> {esc(caution)}</p>" if caution else ""
    left, right, below = feel, stop + care, ""
    if stop and care:
        half = (WIDTH - BODY) / 2
        feel_h = line_count("You should feel:", e["feel"], half) * LINE
        stop_h = line_count("Stop if:", e["stop_if"], half) * LINE
        care_h = line_count("Take care:", caution, half) * LINE
        stacked_right = max(feel_h, stop_h + 2.8 + care_h)
        stacked_left = max(feel_h + 2.8 + care_h, stop_h)
        care_below = max(feel_h, stop_h) + line_count("Take care:", caution, 2 * half) * LINE
        if care_below < min(stacked_left, stacked_right):
            right, below = stop, care.replace("<p>", '<p class="after">', 1)
        elif stacked_left < stacked_right:
            left, right = feel + care, stop
    if not right:
        return feel.replace("<p>", '<p class="after">', 1)
    return f'<table class="watch"><tr><td>{left}</td><td>{right}</td></tr></table>' + below


def figure_box(caption, pose, h):
    """One picture: an SVG frame 2.4 in wide and h pt high with its caption in the top left
    corner and a stick figure, lying (start) or bridged (end)."""
    w = 172.8
    body = [('<circle cx="40" cy="52" r="7"/><line x1="47" y1="54" x2="100" y2="56"/>'
             '<line x1="100" y1="56" x2="122" y2="38"/><line x1="122" y1="38" x2="140" y2="60"/>'
             '<line x1="60" y1="56" x2="88" y2="60"/>'),
            ('<circle cx="40" cy="52" r="7"/><line x1="47" y1="52" x2="100" y2="40"/>'
             '<line x1="100" y1="40" x2="122" y2="36"/><line x1="122" y1="36" x2="140" y2="60"/>'
             '<line x1="60" y1="48" x2="80" y2="60"/>')][pose]
    return (f'<svg class="fig" width="{w}pt" height="{h}pt" viewBox="0 0 {w} {h}" '
            f'xmlns="http://www.w3.org/2000/svg"><g transform="translate(0 {h - 72})" '
            f'stroke="#000" stroke-width="2.2" fill="none" stroke-linecap="round">{body}'
            '<line x1="8" y1="62" x2="165" y2="62" stroke="#999" stroke-width="1"/></g>'
            f'<rect x="0.375" y="0.375" width="{w - 0.75}" height="{h - 0.75}" fill="none" '
            f'stroke="#999" stroke-width="0.75"/><rect x="0.75" y="0.75" '
            f'width="{7.4 * len(caption) + 6}" height="15" fill="#fff"/><text x="4" y="12" '
            f'font-family="DejaVu Sans" font-weight="bold" font-size="12">{esc(caption)}</text>'
            "</svg>")


CSS = """
body { font-family: 'DejaVu Sans'; font-size: 14pt; line-height: 1.3; color: #000; margin: 0; }
p, li { margin: 0; }
h1, h2, h3 { line-height: 1.3; }
h1 { font-size: 26pt; margin: 0 0 4pt 0; }
h2 { font-size: 19pt; margin: 16pt 0 3pt 0; }
h3 { font-size: 16pt; margin: 0 0 3pt 0; }
ul, ol { margin: 0; padding-left: 28pt; } ol.steps { padding-left: 21pt; }
ul.education li { margin-bottom: 3.5pt; }
.purpose { font-weight: normal; padding-left: 11pt; }
.message { border: 2.5pt solid #000; padding: 10pt; margin: 12pt 0 0 0; font-size: 16pt; }
.message p, .purpose { font-size: 14pt; }
.safety { border: 1.5pt solid #000; padding: 11pt; margin: 16pt 0; } .safety h2 { margin-top: 0; }
.block { page-break-inside: avoid; padding: 4pt 0 3pt 0; }
.block ol, .block .watch, .block .after { margin-top: 2.8pt; }
.rule { border-top: 0.75pt solid #999; }
.pictures { border-collapse: collapse; } .pictures td { vertical-align: top; padding: 0; }
.beside p + p { margin-top: 4pt; } .watch p + p { margin-top: 2.8pt; }
svg.fig { display: block; }
.arrow { font-size: 16pt; font-weight: bold; width: 16pt; vertical-align: middle !important; }
.beside { padding-left: 10pt !important; width: 133pt; }
.watch { width: 100%; border-collapse: collapse; }
.watch td { width: 50%; vertical-align: top; padding: 0 7pt 0 0; }
.log { width: 100%; border-collapse: collapse; font-size: 12pt; margin-bottom: 12pt; }
.log td, .log th { border: 0.75pt solid #000; padding: 1.2pt 2pt; text-align: center; }
.log .name { text-align: left; width: 40%; }
.box { display: inline-block; width: 11pt; height: 11pt; border: 1pt solid #000;
       margin: 0 1pt; vertical-align: middle; }
.pain { display: inline-block; width: 30pt; border-bottom: 0.75pt solid #000; height: 12pt; }
.closing { page-break-inside: avoid; } .closing p { margin-bottom: 5.6pt; }
.header { font-size: 12pt; border-bottom: 0.75pt solid #808080; padding: 0 0 6pt; margin: 0 0 6pt; }
.footer { font-size: 11pt; border-top: 0.75pt solid #808080; padding-top: 6pt; margin-top: 16pt; }
"""


def iso_date(text):
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


def page_one(program, text, doses, exercises):
    """Page 1: who, the main message, the safety box, the exercises at a glance."""
    clinic, safety = program.get("clinic", {}), text["safety"]
    phone, date = clinic.get("phone", ""), iso_date(program.get("date", ""))
    # The header's clinic line, once (see the top of this file).
    out = [f'<div class="header"><b>{esc(clinic.get("name", ""))}</b>' +
           "".join(f" &#183; {esc(t)}" for t in
                   (clinic.get("address", ""), phone and "Phone: " + phone) if t) + "</div>",
           "<h1>Your home exercise program</h1>",
           f'<p><b>For:</b> {esc(program.get("patient", ""))}</p>',
           # The date and the therapist share a line (titleBlocks; they fit at this length).
           "<p><b>Date:</b> " + esc(f"{MONTHS[date.month - 1]} {date.day}, {date.year}" if date
                                    else program.get("date", "")) +
           (f' &#160;&#160;&#160;&#160; <b>Your therapist:</b> {esc(program["therapist"])}'
            if program.get("therapist") else "") + "</p>",
           f'<div class="message"><b>{esc(main_message(doses))}</b>']
    if program.get("instructions"):
        out.append(f'<p style="margin-top:4pt"><b>From your therapist:</b> '
                   f'{esc(program["instructions"])}</p>')
    out.append(f'</div><div class="safety"><h2>Stay safe</h2><p>{esc(safety["pain_rule"])}</p>')
    emergency = f'Call {clinic.get("emergency_number", "911")} or go to the emergency room'
    for label, lines in ((f"Call your clinic at {phone if phone else '______'} if:",
                          safety["call_clinic"]),
                         (f"{emergency} right away if:", safety["emergency"])):
        out.append(f'<p style="margin-top:7pt"><b>{esc(label)}</b></p><ul>' +
                   "".join(f"<li>{esc(t)}</li>" for t in lines) + "</ul>")
    out.append(f"<p style=\"margin-top:4pt\">{esc(safety.get('emergency_note', ''))}</p>"
               "</div><h2>Your exercises at a glance</h2><ol>")
    every_day = all(d.get("days_per_week", 7) == 7 for d in doses)
    for e, d in zip(exercises, doses):
        glance = dose_glance(d, every_day)
        out.append(f'<li><b>{esc(e["name"])}</b>{": " + esc(glance) if glance else ""}</li>')
    return out + ["</ol>"]


def exercise_block(i, item, e, dose, captions):
    """One exercise, never split. As exerciseBlocks: why it helps on the title's line when it
    fits there; beside the pictures (132.6 pt left) what fits there whole: the dose, then why it
    helps, then when to stop; the rest below."""
    title, purpose = f"Exercise {i + 1}: {e['name']}", e.get("purpose", "")
    on_title = purpose and text_width(title, 16, True) + 11.2 + text_width(purpose, BODY) <= WIDTH
    dose_text = " ".join(dose_sentences(dose))
    candidates = [("dose", "How much:", dose_text, f"<b>How much:</b> {esc(dose_text)}")]
    if purpose and not on_title:
        candidates.append(("purpose", "", purpose, esc(purpose)))
    candidates.append(("stop", "Stop if:", e["stop_if"], f'<b>Stop if:</b> {esc(e["stop_if"])}'))
    frame_h = 54.0 if e.get("position", "").startswith("lying") else 86.4
    beside, used = {}, 0.0
    for key, label, plain, markup in candidates:
        h = line_count(label, plain, 132.6) * LINE + (4.2 if beside else 0)
        if used + h <= frame_h:
            beside[key], used = markup, used + h
    out = [f'<div class="block{" rule" if i else ""}"><h3>{esc(title)}' +
           (f'<span class="purpose">{esc(purpose)}</span>' if on_title else "") + "</h3>",
           f'<table class="pictures"><tr><td>{figure_box(captions[0], 0, frame_h)}</td>'
           f'<td class="arrow">&#8594;</td><td>{figure_box(captions[1], 1, frame_h)}</td>'
           '<td class="beside">' + "".join(f"<p>{m}</p>" for m in beside.values()) +
           "</td></tr></table>"]
    if purpose and not on_title and "purpose" not in beside:
        out.append(f'<p class="after">{esc(purpose)}</p>')
    out.append('<ol class="steps">' + "".join(f"<li>{esc(s)}</li>" for s in e["steps"]) + "</ol>")
    if dose_text and "dose" not in beside:
        out.append(f'<p class="after"><b>How much:</b> {esc(dose_text)}</p>')
    out.append(watch_columns(e, "stop" not in beside))
    if item.get("note"):
        out.append('<div style="border:1pt solid #000;padding:7pt;margin-top:5pt">'
                   f'<b>Note from your therapist:</b> {esc(item["note"])}</div>')
    return out + ["</div>"]


def log_weeks(program, exercises, doses, weeks):
    """The exercise log: a table a week, a tick box per time on the days the dose asks for, and
    a row for the day's pain (logBlocks). The heading and its sentence go with week 1."""
    out, start = [], iso_date(program.get("date", ""))
    first = start.weekday() if start else 0
    for week in range(weeks):
        title = f"Week {week + 1}"
        if start:
            day = start + datetime.timedelta(days=7 * week)
            title += f": from {DAYS[day.weekday()]}, {MONTHS[day.month - 1][:3]} {day.day}"
        rows = [f'<tr><th class="name">{esc(title)}</th>' +
                "".join(f"<th>{DAYS[(first + d) % 7]}</th>" for d in range(7)) + "</tr>"]
        for i, (e, d) in enumerate(zip(exercises, doses)):
            per_day = min(max(d.get("times_per_day", 1), 1), 12)
            days = min(max(d.get("days_per_week", 7), 1), 7)
            name = f'<td class="name">{i + 1}. {esc(e["name"])}</td>'
            if days < 7:  # not every day: "5 days this week:" and a box per time
                rows.append(f'<tr>{name}<td colspan="7" style="text-align:left">'
                            f"{count(days, 'day', 'days')} this week: " +
                            '<span class="box"></span>' * (days * per_day) + "</td></tr>")
            else:
                rows.append("<tr>" + name + ("<td>" + '<span class="box"></span>' * per_day +
                                             "</td>") * 7 + "</tr>")
        rows.append('<tr><th class="name">Pain today (0-10)</th>' +
                    '<td><span class="pain"></span></td>' * 7 + "</tr>")
        intro = ("<h2>Exercise log</h2><p>Tick a box each time you do an exercise. Each day, "
                 "write how bad your pain is, from 0 (no pain) to 10 (the worst pain).</p>")
        out.append(f'<div class="block">{intro if week == 0 else ""}'
                   f'<table class="log">{"".join(rows)}</table></div>')
    return out


def main():
    if len(sys.argv) != 5:
        sys.exit("usage: handout_html.py PROGRAM.hep CATALOGUE.json ASSETS_DIR OUT.html")
    program_path, catalogue_path, assets, out_path = sys.argv[1:]

    def load(*path):
        with open(os.path.join(*path), encoding="utf-8") as f:
            return json.load(f)

    program = load(program_path)
    catalogue = {e["id"]: e for e in load(catalogue_path)["exercises"]}
    text = load(assets, "handout", "text.json")
    condition = (load(assets, "conditions", program["condition"] + ".json")
                 if program.get("condition") else None)
    items, options = program["items"], program.get("handout", {})
    exercises = [catalogue[item["exercise"]] for item in items]
    # An item's dose: its own fields over the exercise's default dose, as the reader does.
    doses = [{**e.get("dose", {}), **{k: v for k, v in item.items() if k in (
        "sets", "reps", "hold_seconds", "minutes", "times_per_day", "days_per_week", "side")}}
        for item, e in zip(items, exercises)]

    parts = ['<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Home exercise program '
             f'for {esc(program.get("patient", ""))}</title><style>{scaled(CSS)}</style></head>'
             "<body>"]
    parts += page_one(program, text, doses, exercises)
    if options.get("education", True) and condition and condition.get("education"):
        parts.append(f'<h2>{esc(condition["patient_title"])}</h2><ul class="education">' +
                     "".join(f"<li>{esc(t)}</li>" for t in condition["education"]) + "</ul>")
    lying = ("lying-back", "lying-side", "hands-knees", "kneeling")
    if text.get("moving_safely") and any(e["position"] in lying for e in exercises):
        parts.append('<h2>Moving safely</h2><ul class="education">' +
                     "".join(f"<li>{esc(t)}</li>" for t in text["moving_safely"]) + "</ul>")
    for i, (item, e, dose) in enumerate(zip(items, exercises, doses)):
        captions = load(assets, "figures", e["id"] + ".json").get("captions", ["Start", "End"])
        parts += exercise_block(i, item, e, dose, captions)
    if text.get("over_time"):
        parts.append(f'<p><b>On a bad day:</b> {esc(text["over_time"]["bad_day"])}</p>'
                     f'<p><b>When it gets easy:</b> {esc(text["over_time"]["when_easy"])}</p>')
    if options.get("log_weeks", 0) > 0:
        parts += log_weeks(program, exercises, doses, options["log_weeks"])
    # The last part: the full disclaimer and where the advice comes from, then the footer's
    # short disclaimer, once (see the top of this file).
    parts.append('<div class="closing"><h2>About this handout</h2>' +
                 "".join(f"<p>{esc(t)}</p>" for t in text["disclaimer_full"]))
    if condition and condition.get("handout_sources"):
        parts.append('<p style="margin-top:8pt;font-size:12pt"><b>Where this advice comes '
                     'from</b></p><ul style="font-size:11pt">' +
                     "".join(f"<li>{esc(t)}</li>" for t in condition["handout_sources"]) + "</ul>")
    parts.append(f'<div class="footer">{esc(text["disclaimer_short"])}</div></div></body></html>\n')
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(re.sub(r"<[^>]+>", lambda m: scaled(m.group(0)), "\n".join(parts)))


if __name__ == "__main__":
    main()
