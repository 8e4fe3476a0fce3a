#!/usr/bin/env bash
# Installs what is missing, builds HEP Studio in Release and starts the window on the built-in
# catalogue (any arguments go to it: --db PATH, a program file to open).
set -euo pipefail
cd "$(dirname "$0")"
./deps.sh run
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DHEP_BUILD_TESTS=OFF >/dev/null
cmake --build build/release -j"$(nproc)"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display to open the HEP Studio window on; showing the catalogue with the hep command."
    exec build/release/app/cli/hep catalogue
fi
exec build/release/app/gui/hepstudio "$@"
