#!/usr/bin/env bash
# Installs what is missing, builds HEP Studio and runs every test: once in a normal build, with
# cppcheck and clang-tidy over the sources, then again built with AddressSanitizer and
# UndefinedBehaviorSanitizer. Exits non-zero on any failure or static-check finding.
set -euo pipefail
cd "$(dirname "$0")"
./deps.sh test
jobs=$(nproc)

echo "== Build and test (RelWithDebInfo)"
cmake -S . -B build/test -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHEP_WERROR=ON >/dev/null
cmake --build build/test -j"$jobs"
ctest --test-dir build/test --output-on-failure -j"$jobs"

echo "== Static checks (cppcheck, clang-tidy)"
tests/static_checks.sh build/test

echo "== Build and test with ASan and UBSan"
cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=Debug -DHEP_SANITIZE=ON -DHEP_WERROR=ON \
    -DHEP_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build/asan -j"$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS=suppressions="$PWD/tests/lsan.supp":print_suppressions=0 \
    ctest --test-dir build/asan --output-on-failure -j"$jobs"
