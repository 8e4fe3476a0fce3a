#!/usr/bin/env bash
# Counts the pages of handouts of 1, 2, 5, 10, 20 and 40 exercises on Letter and A4, in normal
# and large print (education on, a 2-week log, a clinic set), the table NOTES.md reports.
# Usage: page_counts.sh HEP
set -euo pipefail
hep=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$hep" --db "$work/hep.db" catalogue --json >"$work/catalogue.json"
ids=$(python3 -c 'import json,sys; print(" ".join(e["id"] for e in json.load(open(sys.argv[1]))["exercises"]))' "$work/catalogue.json")
# The 10 exercises of the issue first, then the rest of the catalogue in its order.
first="pelvic-tilt single-knee-to-chest seated-forward-bend lower-trunk-rotation bridge bird-dog
       clamshell sit-to-stand hamstring-stretch-seated hip-flexor-stretch-kneeling"
order=$(printf '%s\n' $first $ids | awk '!seen[$0]++')

program() {  # N PAPER LARGE -> a program file on stdout
    python3 - "$1" "$2" "$3" $order <<'PY'
import json, sys
n, paper, large, ids = int(sys.argv[1]), sys.argv[2], sys.argv[3] == "1", sys.argv[4:]
items = [{"exercise": ids[i % len(ids)]} for i in range(n)]
print(json.dumps({"format": "hep-program", "version": 1, "patient": "María José Núñez",
    "date": "2026-11-24", "therapist": "Alex Rivera, PT, DPT",
    "clinic": {"name": "Riverside Physical Therapy", "phone": "555-0142", "address": "12 Main St"},
    "condition": "lumbar-spinal-stenosis", "instructions": "Start with 1 set.", "items": items,
    "exercises": [], "handout": {"paper": paper, "large_print": large, "education": True,
                                 "log_weeks": 2}}))
PY
}

printf '| exercises | Letter | Letter, large print | A4 | A4, large print |\n| --- | --- | --- | --- | --- |\n'
for n in 1 2 5 10 20 40; do
    row="| $n"
    for paper in letter a4; do
        for large in 0 1; do
            program "$n" "$paper" "$large" >"$work/p.hep"
            "$hep" --db "$work/hep.db" export "$work/p.hep" -o "$work/p.pdf" >/dev/null 2>&1
            row+=" | $(pdfinfo "$work/p.pdf" | awk '/^Pages:/ {print $2}')"
        done
    done
    echo "$row |"
done
