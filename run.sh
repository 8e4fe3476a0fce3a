#!/usr/bin/env bash
# Installs what is missing, builds HEP Studio in Release and starts it on the built-in catalogue.
set -euo pipefail
cd "$(dirname "$0")"
./deps.sh run
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DHEP_BUILD_TESTS=OFF >/dev/null
cmake --build build/release -j"$(nproc)"
exec build/release/app/cli/hep catalogue "$@"
