#!/usr/bin/env bash
# Shows that HEP Studio never opens a network connection: the hep command's whole workflow and
# the window's tests run with network_guard preloaded, which records every Internet socket and
# name lookup; the record must stay empty. A control (bash opening a TCP socket) shows the guard
# sees such attempts.
# Usage: no_network_test.sh HEP GUI_TESTS GUARD_LIBRARY SOURCE_DIR
set -u
hep=$1
gui_tests=$2
guard=$3
src=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HEP_NETWORK_LOG="$work/network.log"
failed=0
bad() { failed=1; echo "FAIL: $*"; }

guarded() { LD_PRELOAD="$guard" "$@"; }

# The control: the guard sees and refuses a TCP connection.
guarded bash -c 'exec 3<>/dev/tcp/127.0.0.1/9' 2>/dev/null && bad "the guard let a TCP socket through"
grep -q "socket(domain 2)" "$HEP_NETWORK_LOG" 2>/dev/null || bad "the guard did not see a TCP socket"
guarded getent ahosts example.org >/dev/null && bad "the guard let a name lookup through"
grep -q "getaddrinfo(example.org)" "$HEP_NETWORK_LOG" || bad "the guard did not see a name lookup"
rm -f "$HEP_NETWORK_LOG"

db="$work/hep.db"
run() { guarded "$hep" --db "$db" "$@" >"$work/out" 2>&1 || bad "hep $*: $(cat "$work/out")"; }
run catalogue --search knee
run show bridge
run new --template lss-starter --patient "Ana Lima" -o "$work/p.hep"
run check "$work/p.hep"
run export "$work/p.hep" -o "$work/p.pdf" --logo "$src/tests/fuzz/corpus/photo_import/rgb.png"
run summary "$work/p.hep"
run template export lss-strength -o "$work/t.hep"
run backup
[ -f "$work/p.pdf" ] || bad "the guarded export wrote no PDF"

# The window: the GUI tests (saving, exporting, printing to a file, the dialogs) but the
# screenshot, which the unguarded run takes.
xvfb-run -a -s "-screen 0 1600x1200x24" env LD_PRELOAD="$guard" "$gui_tests" \
    --gtest_filter=-*Screenshot* \
    >"$work/gui.out" 2>&1 || bad "the GUI tests failed under the guard: $(tail -20 "$work/gui.out")"

if [ -s "$HEP_NETWORK_LOG" ]; then
    bad "network use was recorded:"
    cat "$HEP_NETWORK_LOG"
fi
[ "$failed" -eq 0 ] && echo "no network use recorded"
exit "$failed"
