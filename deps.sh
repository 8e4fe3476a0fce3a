#!/usr/bin/env bash
# Installs the Debian 12 packages HEP Studio builds and tests with, only those that are missing.
# Usage: ./deps.sh [run|test|fuzz]   (test adds the checking tools; fuzz adds clang and
# libFuzzer for tests/fuzz/fuzz.sh)
set -euo pipefail

packages=(cmake g++ pkg-config libwxgtk3.2-dev libhpdf-dev libsqlitecpp-dev libsqlite3-dev
          nlohmann-json3-dev fonts-dejavu-core libpng-dev libjpeg-dev libharfbuzz-dev libpqxx-dev)
if [ "${1:-run}" = test ] || [ "${1:-run}" = fuzz ]; then
    packages+=(libgtest-dev libgmock-dev libbenchmark-dev poppler-utils qpdf xvfb xauth diction
               fontconfig cppcheck clang-tidy python3 postgresql postgresql-common
               openssl)
fi
if [ "${1:-run}" = fuzz ]; then
    packages+=(clang libclang-rt-14-dev llvm-14)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null; then
    sudo=(sudo)
else
    echo "Missing packages (${missing[*]}) and no root or sudo to install them." >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
