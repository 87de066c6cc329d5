#!/bin/sh
# SPDX-License-Identifier: ISC
# Submit a sharded extraction to Slurm: a job array of N extract tasks
# (extract.sbatch), then one merge (merge.sbatch) that starts only when
# every task has succeeded (afterok on the array) and is cancelled if one
# fails.  Prints "ARRAYJOBID MERGEJOBID" on standard output.
#
#   submit.sh -c CORPUS -o OUTDIR [-n SHARDS] [-b BINARY] [-f FORMAT]
#             [-r RESULT] [-x EXTRACT-OPTIONS] [-m MERGE-OPTIONS]
#             [-- SBATCH-OPTION...]
#
#   -c CORPUS   folder (or file) of texts, walked recursively
#   -o OUTDIR   where part-KK.lsn, logs/ and the result go (created)
#   -n SHARDS   number of shards, one array task each (default 4)
#   -b BINARY   the liaison binary (default: liaison on the PATH)
#   -f FORMAT   nquads (default), turtle or ntriples
#   -r RESULT   the merged graph (default OUTDIR/graph.nq, .ttl or .nt)
#   -x OPTIONS  more options for every extract ("--base IRI -k"), and
#   -m OPTIONS  for the merge ("--link registry.ttl"); split at spaces
#   after --    options for both sbatch calls (--partition=..., --time=...)
#
# Jobs run in the current directory, with paths as given: run it from a
# folder that every node sees.  lsn:fileName records each text's path as
# given, so `liaison extract -f nquads CORPUS -o x.nq` from the same
# directory writes the same bytes as the merge.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
usage() {
  echo "usage: $0 -c CORPUS -o OUTDIR [-n SHARDS] [-b BINARY] [-f FORMAT] [-r RESULT]" \
    "[-x EXTRACT-OPTIONS] [-m MERGE-OPTIONS] [-- SBATCH-OPTION...]" >&2
  exit 2
}
corpus='' out='' n=4 bin=liaison format=nquads result='' xopts='' mopts=''
while getopts c:o:n:b:f:r:x:m:h opt; do
  case $opt in
  c) corpus=$OPTARG ;;
  o) out=$OPTARG ;;
  n) n=$OPTARG ;;
  b) bin=$OPTARG ;;
  f) format=$OPTARG ;;
  r) result=$OPTARG ;;
  x) xopts=$OPTARG ;;
  m) mopts=$OPTARG ;;
  *) usage ;;
  esac
done
shift $((OPTIND - 1))
[ -n "$corpus" ] && [ -n "$out" ] || usage
case $n in '' | *[!0-9]* | 0*) echo "$0: -n wants a number above 0, not '$n'" >&2; exit 2 ;; esac
case $format in
nquads) ext=nq ;; turtle) ext=ttl ;; ntriples) ext=nt ;;
*) echo "$0: -f wants nquads, turtle or ntriples, not '$format'" >&2; exit 2 ;;
esac
[ -e "$corpus" ] || { echo "$0: no corpus at $corpus" >&2; exit 2; }
command -v "$bin" >/dev/null || { echo "$0: no liaison binary at $bin (use -b)" >&2; exit 2; }
: "${result:=$out/graph.$ext}"
mkdir -p "$out/logs"

# the jobs see these (sbatch passes the environment on with --export=ALL)
LIAISON=$bin LIAISON_SHARDS=$n
export LIAISON LIAISON_SHARDS
set -f # $xopts and $mopts are split at spaces, never globbed
array=$(sbatch --parsable --export=ALL --chdir="$PWD" --array=0-$((n - 1)) \
  --output="$out/logs/extract-%A_%a.log" "$@" "$here/extract.sbatch" "$corpus" "$out" $xopts)
array=${array%%;*} # "id;cluster" on a federation
merge=$(sbatch --parsable --export=ALL --chdir="$PWD" \
  --dependency=afterok:"$array" --kill-on-invalid-dep=yes \
  --output="$out/logs/merge-%j.log" "$@" "$here/merge.sbatch" "$out" "$n" "$result" "$format" $mopts) ||
  { echo "$0: the merge was not submitted; the array $array runs on (scancel $array)" >&2; exit 1; }
merge=${merge%%;*}
echo "submitted: extract array $array ($n shards of $corpus), merge $merge -> $result" >&2
echo "follow with: squeue -j $array,$merge; logs in $out/logs/" >&2
echo "$array $merge"
