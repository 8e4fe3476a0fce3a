#!/usr/bin/env bash
# Static checks over HEP Studio's own C++ (model/, export/, app/cli/, app/gui/ and tests/, but
# not tests/fuzz/ nor generated files): cppcheck with tests/cppcheck.supp, then clang-tidy with
# the root .clang-tidy (tests/.clang-tidy for the tests). Prints every finding and exits
# non-zero when there is one. Needs a configured build for its compile_commands.json:
#   tests/static_checks.sh [BUILD_DIR]      (default build/test; JOBS=n to set parallelism)
# About 10 minutes on 2 cores, nearly all of it clang-tidy.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/test}
jobs=${JOBS:-$(nproc)}
if [ ! -f "$build/compile_commands.json" ]; then
    echo "static_checks: $build/compile_commands.json is missing; configure $build first" >&2
    exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Our translation units, each once (some test sources are built into several targets). A unity
# build (CMAKE_UNITY_BUILD, on by default) lists files that include several sources: each
# source is checked alone, with the flags of its unity file, so each must stand on its own.
python3 - "$build/compile_commands.json" "$PWD" "$work" <<'EOF'
import json, os, re, sys
database, root, work = sys.argv[1:]
ours = re.compile(re.escape(root) + r"/(model|export|app/cli|app/gui|tests/(?!fuzz/)[^/]+)/")
unity = re.compile(r"/Unity/unity_[0-9]+_cxx\.cxx$")
seen, entries = set(), []
for entry in json.load(open(database)):
    path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
    sources = [path]
    if unity.search(path):
        sources = re.findall(r'^#include "([^"]+)"$', open(path).read(), re.M)
    for source in sources:
        if ours.match(source) and source not in seen:
            seen.add(source)
            one = dict(entry, file=source)
            if "command" in one:
                one["command"] = one["command"].replace(entry["file"], source)
            if "arguments" in one:
                one["arguments"] = [source if a == entry["file"] else a for a in one["arguments"]]
            entries.append(one)
json.dump(entries, open(os.path.join(work, "compile_commands.json"), "w"), indent=1)
open(os.path.join(work, "files"), "w").write("".join(sorted(p + "\n" for p in seen)))
EOF
count=$(wc -l <"$work/files")
status=0

echo "== cppcheck ($count files)"
# A few seconds, so one job: only then does "information" reliably report suppressions that no
# longer match anything. System headers are not read (missingIncludeSystem); the libraries
# describe them: wxwidgets.cfg says which wx results must be used, googletest.cfg the macros.
cppcheck --project="$work/compile_commands.json" --quiet -j 1 \
    --enable=warning,performance,portability,information --suppress=missingIncludeSystem \
    --library=wxwidgets --library=googletest --library=posix --inline-suppr \
    --suppressions-list=tests/cppcheck.supp --error-exitcode=1 \
    --template='{file}:{line}:{column}: {severity}: {message} [{id}]' || status=1

echo "== clang-tidy ($count files, $jobs at a time)"
mkdir "$work/tidy"
# One log per file, so that parallel runs do not mix their lines. -Wno-unknown-warning-option:
# the flags are GCC's, and a warning option clang does not know is not a finding.
tidy_one='
log="$2/$(printf %s "$3" | tr / _).log"
clang-tidy -p "$1" --quiet --extra-arg=-Wno-unknown-warning-option "$3" >"$log" 2>&1 ||
    echo "$3" >>"$1/failed"
'
xargs -a "$work/files" -d '\n' -P "$jobs" -I{} sh -c "$tidy_one" sh "$work" "$work/tidy" {}
for log in "$work"/tidy/*.log; do
    grep -Ev '^[0-9]+ (warnings?|errors?)( and [0-9]+ errors?)? generated\.$' "$log" || true
done
if [ -f "$work/failed" ]; then
    echo "clang-tidy found something in $(wc -l <"$work/failed") of $count files" >&2
    status=1
fi

[ "$status" -eq 0 ] && echo "static checks: clean"
exit "$status"
