#!/usr/bin/env bash
# Measures, side by side in one run, `hep export` of a 10-exercise handout against wkhtmltopdf
# printing the same handout from HTML (issue 11, item 10), and prints a Markdown table: the
# median wall time of each (whole process, RUNS runs each, interleaved), the ratio, and both
# PDFs' sizes and page counts.
# The program is the one of tests/bench/page_counts.sh: the issue's 10 exercises, Letter,
# education on, a 2-week log, a clinic set. The HTML (tests/bench/handout_html.py) carries the
# same text, read from `hep catalogue --json`, the program file and HEP Studio's assets, with
# two inline SVG boxes an exercise for the figures; it is written once, outside the timing.
# Installs wkhtmltopdf (apt-get, with sudo when not root) when it is missing. A benchmark: not
# run by ./test.sh or ctest.
# Usage: tests/bench/wkhtmltopdf_compare.sh HEP [RUNS]   (HEP: a built hep; RUNS at least 5,
# 7 unless given). Set KEEP=DIR to keep the two PDFs and the HTML in DIR.
set -euo pipefail
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 HEP [RUNS]" >&2
    exit 2
fi
hep=$(realpath "$1")
runs=${2:-7}
[ -x "$hep" ] || { echo "$0: $1 is not an executable hep" >&2; exit 2; }
[ "$runs" -ge 5 ] 2>/dev/null || { echo "$0: RUNS must be a number, at least 5" >&2; exit 2; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
assets=$(cd "$here/../../assets" && pwd)

if ! command -v wkhtmltopdf >/dev/null; then
    echo "Installing wkhtmltopdf..." >&2
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    install=("${sudo[@]}" apt-get install -y --no-install-recommends wkhtmltopdf)
    "${install[@]}" >&2 || { "${sudo[@]}" apt-get update >&2 && "${install[@]}" >&2; }
fi
for tool in pdfinfo python3; do
    command -v "$tool" >/dev/null ||
        { echo "$0: $tool is needed (Debian: poppler-utils, python3)" >&2; exit 1; }
done
# wkhtmltopdf draws without a display, on Qt's offscreen platform, also when one is there.
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/hep.db"

# The program of page_counts.sh with its 10 exercises (their default doses).
ids=(pelvic-tilt single-knee-to-chest seated-forward-bend lower-trunk-rotation bridge bird-dog
     clamshell sit-to-stand hamstring-stretch-seated hip-flexor-stretch-kneeling)
python3 - "${ids[@]}" >"$work/program.hep" <<'PY'
import json, sys
print(json.dumps({"format": "hep-program", "version": 1, "patient": "María José Núñez",
    "date": "2026-11-24", "therapist": "Alex Rivera, PT, DPT",
    "clinic": {"name": "Riverside Physical Therapy", "phone": "555-0142", "address": "12 Main St"},
    "condition": "lumbar-spinal-stenosis", "instructions": "Start with 1 set.",
    "items": [{"exercise": i} for i in sys.argv[1:]], "exercises": [],
    "handout": {"paper": "letter", "large_print": False, "education": True, "log_weeks": 2}},
    ensure_ascii=False))
PY
"$hep" --db "$db" catalogue --json >"$work/catalogue.json"
python3 "$here/handout_html.py" "$work/program.hep" "$work/catalogue.json" "$assets" \
    "$work/page.html"

export SOURCE_DATE_EPOCH=1764000000
hep_cmd=("$hep" --db "$db" export "$work/program.hep" -o "$work/hep.pdf")
# Debian's wkhtmltopdf prints no header or footer on every page (see handout_html.py), so its
# margins keep their room blank: the handout's 0.75 in plus the header (a 12 pt line, a rule,
# 28 pt in all) at the top and the footer (an 11 pt line, a rule, 27 pt) at the bottom, which
# leaves the 630 pt a Letter page of the handout has for its content.
wk_cmd=(wkhtmltopdf --quiet --page-size Letter --margin-top 82pt --margin-bottom 81pt
        --margin-left 54pt --margin-right 54pt "$work/page.html" "$work/wk.pdf")

# elapsed_us COMMAND...: runs the command once, prints its wall time in microseconds; stops the
# benchmark when the command fails. The clock is bash's own (EPOCHREALTIME): starting `date`
# took 3 to 6 ms on the 2-core machine, counted in every run of either program.
elapsed_us() {
    local start end
    start=${EPOCHREALTIME/[.,]/}
    if ! "$@" >"$work/out.txt" 2>&1; then
        echo "$0: failed: $*" >&2
        cat "$work/out.txt" >&2
        exit 1
    fi
    end=${EPOCHREALTIME/[.,]/}
    echo $(( end - start ))
}
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

# One run of each first (disk cache, fontconfig cache), then RUNS of each, taking turns.
elapsed_us "${hep_cmd[@]}" >/dev/null
elapsed_us "${wk_cmd[@]}" >/dev/null
: >"$work/hep.times"
: >"$work/wk.times"
for _ in $(seq "$runs"); do
    elapsed_us "${hep_cmd[@]}" >>"$work/hep.times"
    elapsed_us "${wk_cmd[@]}" >>"$work/wk.times"
done
hep_us=$(median <"$work/hep.times")
wk_us=$(median <"$work/wk.times")

# pdfinfo warns about the ToUnicode maps of wkhtmltopdf's fonts; the page count is right.
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }
kb() { echo $(( ($(stat -c %s "$1") + 1023) / 1024 )); }
wk_version=$(wkhtmltopdf --version 2>/dev/null | awk '{print $2; exit}')
ms() { awk -v u="$1" 'BEGIN {printf "%.1f", u / 1000}'; }
ratio=$(awk -v a="$wk_us" -v b="$hep_us" 'BEGIN {printf "%.1fx", a / b}')

echo "10-exercise handout (Letter, education, 2-week log), median of $runs runs each:"
echo
echo "| what | time (ms) | vs. hep | PDF size | pages |"
echo "| --- | --- | --- | --- | --- |"
echo "| \`hep export\` | $(ms "$hep_us") | 1.0x | $(kb "$work/hep.pdf") KB |" \
     "$(pages "$work/hep.pdf") |"
echo "| wkhtmltopdf $wk_version | $(ms "$wk_us") | $ratio | $(kb "$work/wk.pdf") KB |" \
     "$(pages "$work/wk.pdf") |"

if [ -n "${KEEP:-}" ]; then
    mkdir -p "$KEEP"
    cp "$work/hep.pdf" "$work/wk.pdf" "$work/page.html" "$KEEP/"
fi
