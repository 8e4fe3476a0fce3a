#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan) and runs each for SECONDS
# (default 600), starting from the kept corpus in tests/fuzz/corpus/TARGET. Afterwards the inputs
# that found new coverage are merged into the kept corpus, and any crash input is left in
# tests/fuzz/crashes/TARGET/, where ./test.sh replays it from then on. Logs: build/fuzz/logs/.
# Usage: tests/fuzz/fuzz.sh [SECONDS] [TARGET...]   (targets: program_file handout_text
# photo_import; default all, run two at a time)
set -euo pipefail
cd "$(dirname "$0")/../.."
./deps.sh fuzz
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(program_file photo_import handout_text)

CC=clang CXX=clang++ cmake -S . -B build/fuzz -DHEP_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    >/dev/null
cmake --build build/fuzz -j"$(nproc)" --target "${targets[@]/%/_fuzz}"
mkdir -p build/fuzz/logs

max_len() {
    case $1 in
        program_file) echo 16384 ;;
        handout_text) echo 8192 ;;
        photo_import) echo 65536 ;;
    esac
}

run_one() {
    local name=$1 work=build/fuzz/corpus/$1 kept=tests/fuzz/corpus/$1
    local crashes=tests/fuzz/crashes/$1 dict=()
    mkdir -p "$work" "$crashes"
    [ -f "tests/fuzz/$name.dict" ] && dict=(-dict="tests/fuzz/$name.dict")
    ASAN_OPTIONS=detect_leaks=1 build/fuzz/tests/fuzz/${name}_fuzz "$work" "$kept" "${dict[@]}" \
        -max_total_time="$seconds" -max_len="$(max_len "$name")" -timeout=10 \
        -rss_limit_mb=3072 -artifact_prefix="$crashes/" -print_final_stats=1 \
        >"build/fuzz/logs/$name.log" 2>&1 || echo "$name: stopped early, see build/fuzz/logs/$name.log"
    # Keep only the inputs that add coverage to what is already kept.
    build/fuzz/tests/fuzz/${name}_fuzz -merge=1 "$kept" "$work" >>"build/fuzz/logs/$name.log" 2>&1
    rmdir --ignore-fail-on-non-empty "$crashes"
    echo "$name: $(grep -E '^stat::number_of_executed_units' "build/fuzz/logs/$name.log" | tail -1)" \
        "$(grep -E '^#[0-9]+ +DONE' "build/fuzz/logs/$name.log" | tail -1)"
}

running=0
for name in "${targets[@]}"; do
    run_one "$name" &
    running=$((running + 1))
    if [ "$running" -ge 2 ]; then
        wait -n
        running=$((running - 1))
    fi
done
wait
# libFuzzer names what it finds crash-*, leak-*, timeout-*, oom-* and slow-unit-*; the kept
# regression inputs beside them have names that say what they were.
found=$(find tests/fuzz/crashes -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' \
    -o -name 'oom-*' -o -name 'slow-unit-*' \) 2>/dev/null)
if [ -n "$found" ]; then
    echo "new crash inputs were found:"
    echo "$found"
    exit 1
fi
echo "no new crash inputs"
