#!/usr/bin/env bash
# Line coverage of HEP Studio's own code by the kept fuzz corpus: builds the replay programs with
# clang's source coverage, runs each over tests/fuzz/corpus/TARGET and prints llvm-cov's report
# for the files that target is about. Usage: tests/fuzz/coverage.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./deps.sh fuzz
flags="-fprofile-instr-generate -fcoverage-mapping"
CC=clang CXX=clang++ cmake -S . -B build/coverage -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="$flags" -DHEP_BUILD_BENCHMARKS=OFF \
    >/dev/null
targets=(program_file handout_text photo_import)
cmake --build build/coverage -j"$(nproc)" --target "${targets[@]/%/_fuzz}" >/dev/null

files_of() {
    case $1 in
        program_file) echo model/program_file.cpp model/exercise_json.cpp model/json_object.cpp \
            model/dose.cpp model/text_limits.cpp model/utf8.cpp model/base64.cpp ;;
        handout_text) echo export/handout_layout.cpp export/handout_sections.cpp \
            export/exercise_blocks.cpp export/text_wrap.cpp export/block.cpp export/flow.cpp \
            export/pdf_writer.cpp export/font_subset.cpp ;;
        photo_import) echo model/image_decode.cpp model/png_codec.cpp model/jpeg_decode.cpp \
            model/exif_orientation.cpp model/photo.cpp ;;
    esac
}

for name in "${targets[@]}"; do
    binary=build/coverage/tests/fuzz/${name}_fuzz
    LLVM_PROFILE_FILE="build/coverage/$name.profraw" "$binary" "tests/fuzz/corpus/$name" >/dev/null
    llvm-profdata-14 merge -sparse "build/coverage/$name.profraw" -o "build/coverage/$name.profdata"
    echo "== $name ($(ls "tests/fuzz/corpus/$name" | wc -l) inputs)"
    # shellcheck disable=SC2046
    llvm-cov-14 report "$binary" -instr-profile="build/coverage/$name.profdata" \
        $(files_of "$name")
done
