#!/usr/bin/env bash
# Times `hep` as whole processes, the way scripts use it. Target (issue 2): `hep catalogue --json`
# on the built-in catalogue under 50 ms. Usage: cli_bench.sh HEP [RUNS]
set -euo pipefail
hep=$1
runs=${2:-30}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# median_ms COMMAND...: runs the command RUNS times, prints the median wall time in ms.
median_ms() {
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]/1000}'
}

first_start() { rm -f "$work/first.db"*; "$hep" --db "$work/first.db" catalogue --json; }
"$hep" --db "$work/hep.db" catalogue >/dev/null
echo "hep catalogue --json (existing database): $(median_ms "$hep" --db "$work/hep.db" catalogue --json) ms median of $runs"
echo "hep catalogue --json (first start, new database): $(median_ms first_start) ms median of $runs"
echo "hep catalogue --search kne: $(median_ms "$hep" --db "$work/hep.db" catalogue --search kne) ms median of $runs"
echo "hep templates --json: $(median_ms "$hep" --db "$work/hep.db" templates --json) ms median of $runs"

# Target (issue 3): hep export of a 10-exercise program under 40 ms, peak memory under 40 MB.
items=""
for id in pelvic-tilt single-knee-to-chest seated-forward-bend lower-trunk-rotation \
          abdominal-brace bridge bird-dog clamshell sit-to-stand heel-raise; do
    items="$items${items:+,}{\"exercise\": \"$id\"}"
done
printf '{"format": "hep-program", "version": 1, "patient": "María José Núñez", "date": "2026-11-24",
  "condition": "lumbar-spinal-stenosis", "items": [%s]}\n' "$items" >"$work/ten.hep"
export SOURCE_DATE_EPOCH=1764000000
echo "hep export, 10 exercises: $(median_ms "$hep" --db "$work/hep.db" export "$work/ten.hep" -o "$work/ten.pdf") ms median of $runs"
echo "  PDF size: $(( $(stat -c %s "$work/ten.pdf") / 1024 )) KB"
if [ -x /usr/bin/time ]; then
    peak=$(/usr/bin/time -f %M "$hep" --db "$work/hep.db" export "$work/ten.hep" -o "$work/ten.pdf" 2>&1 >/dev/null | tail -1)
    echo "  peak memory: $(( peak / 1024 )) MB"
fi
