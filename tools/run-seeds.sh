#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# The main job from a fresh clone: install the Debian packages, build, and
# extract the seed texts to Turtle.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/deps.sh build
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
mkdir -p out
build/liaison extract seeds/*.txt -o out/seeds.ttl
echo "liaison: the seeds' graph is in $(pwd)/out/seeds.ttl ($(grep -c . out/seeds.ttl) lines)"
