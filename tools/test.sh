#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# The whole test suite from a fresh clone: install the Debian packages,
# build with -Werror and run every test (unit, end-to-end, integration with
# rapper, serdi, rdflib and a SHACL validator), then build again with
# AddressSanitizer and UndefinedBehaviorSanitizer and run them all again.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/deps.sh test
jobs=$(nproc)

echo "== build (-Wall -Wextra -Werror) and test"
cmake -S . -B build -DLSN_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"

echo "== build with AddressSanitizer + UBSan and test"
cmake -S . -B build-asan -DLSN_WERROR=ON -DLSN_SANITIZE=ON \
  -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build build-asan -j"$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j"$jobs"

# libFuzzer smoke run: every fuzz target for 30 s from its corpus (about
# 3 minutes); a crash, leak or timeout fails the run.
fuzz_probe() { # can clang link a libFuzzer target?
  printf 'int LLVMFuzzerTestOneInput(const char* d, unsigned long n)\n{ return 0; }\n' |
    clang -x c -fsanitize=fuzzer -o /dev/null - 2>/dev/null
}
if command -v clang >/dev/null && fuzz_probe; then
  echo "== fuzz targets (clang, libFuzzer, ASan+UBSan), 30 s each"
  CC=clang cmake -S . -B build-fuzz -DLSN_FUZZ=ON -DBUILD_TESTING=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build build-fuzz -j"$jobs"
  bash tools/fuzz.sh build-fuzz 30
else
  echo "== fuzz targets skipped: clang cannot link libFuzzer (clang, libfuzzer-14-dev)"
fi
