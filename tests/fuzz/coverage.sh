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
        program_file) echo model/files/program_file.cpp model/files/exercise_json.cpp model/files/json_object.cpp \
            model/core/dose.cpp model/core/text_limits.cpp model/text/utf8.cpp model/files/base64.cpp ;;
        handout_text) echo export/layout/handout_layout.cpp export/layout/handout_sections.cpp \
            export/layout/exercise_blocks.cpp export/layout/text_wrap.cpp export/layout/block.cpp export/layout/flow.cpp \
            export/pdf/pdf_writer.cpp export/pdf/font_subset.cpp ;;
        photo_import) echo model/images/image_decode.cpp model/images/png_codec.cpp model/images/jpeg_decode.cpp \
            model/images/exif_orientation.cpp model/images/photo.cpp ;;
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
