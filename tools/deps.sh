#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# Install the Debian 12 packages liaison needs: `deps.sh build` for building
# and running, `deps.sh test` for the test suite's peers as well.  Skips
# apt-get when everything is already there; uses sudo when not root.
set -euo pipefail
build_pkgs=(cmake make gcc pkg-config libraptor2-dev librdf0-dev librasqal3-dev
  libutf8proc-dev libcurl4-gnutls-dev libgraphviz-dev libserd-dev nettle-dev)
test_pkgs=(libcmocka-dev raptor2-utils serdi python3-rdflib curl
  libxml2-utils clang libfuzzer-14-dev valgrind slurm-wlm munge)

want=("${build_pkgs[@]}")
[ "${1:-build}" = test ] && want+=("${test_pkgs[@]}")
# Node.js for the SHACL validator: the machine's own, or Debian's.
if [ "${1:-build}" = test ] && ! command -v node >/dev/null; then
  want+=(nodejs npm)
fi

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo
echo "liaison: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
