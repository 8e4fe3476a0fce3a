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
        "$@" >/dev/null
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
