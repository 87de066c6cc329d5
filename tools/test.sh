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
