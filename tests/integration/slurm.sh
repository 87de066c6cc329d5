#!/usr/bin/env bash
# SPDX-License-Identifier: ISC
# Sharded extraction on a real Slurm: installs slurm-wlm and munge if
# needed, starts munged, slurmctld and slurmd on loopback in a temporary
# directory (shared/recipes/slurm.md), proves the cluster with a trivial
# job array, then submits examples/slurm/submit.sh over a small corpus
# (seeds/ and the tests/gold texts) with 4 shards and with 1, waits, and
# checks that each merged graph has exactly the bytes of one
# `liaison extract -f nquads` of the same folder; also that a failing shard
# cancels the merge.  Prints the timings.  Stops every daemon and job it
# started.  Exit 77 only when the packages cannot be installed or the
# daemons (or a trivial job) cannot run, which are not the project's faults.
# usage: slurm.sh BINARY SRCDIR [SHAREDDIR]
# LSN_SLURM_TIMEOUT: seconds to wait for each submission (default 300);
# LSN_SLURM_PORT: first port to try for slurmctld (default 26817 and up,
# by process id, so two runs at once rarely try the same).
set -u
bin=$1 src=$(cd "$2" && pwd)
timeout=${LSN_SLURM_TIMEOUT:-300}
case $bin in /*) ;; */*) bin=$PWD/$bin ;; esac
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok - $*"; }
ko() { fail=$((fail + 1)); echo "FAIL - $*"; }
skip() { echo "slurm: skipped: $*"; exit 77; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# --- packages (as tools/deps.sh installs them) ---------------------------
tools="munged munge unmunge slurmctld slurmd sbatch squeue scontrol sinfo scancel"
missing_tools() { for t in $tools; do command -v "$t" >/dev/null || return 0; done; return 1; }
if missing_tools; then
  command -v apt-get >/dev/null || skip "no Slurm and no apt-get to install slurm-wlm and munge"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  echo "slurm: installing slurm-wlm munge"
  export DEBIAN_FRONTEND=noninteractive
  { $sudo apt-get update -qq &&
    $sudo apt-get install -y -qq --no-install-recommends slurm-wlm munge; } >/dev/null 2>&1
  missing_tools && skip "the packages slurm-wlm and munge cannot be installed"
fi

# a Slurm of our own: nothing from an outer cluster's environment
for v in $(compgen -e | grep -E '^(SLURM|SBATCH|SALLOC|SRUN|SQUEUE|SINFO|SCONTROL)_'); do unset "$v"; done
tmp=$(mktemp -d "${TMPDIR:-/tmp}/lsn-slurm.XXXXXX") || exit 1
chmod 755 "$tmp"
export SLURM_CONF=$tmp/slurm.conf
daemons=() munge_pid='' jobs=() started=0
gone() { # PID: wait up to 10 s for it to exit, then TERM, then KILL
  for _ in $(seq 50); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.2; done
  kill -TERM "$1" 2>/dev/null && sleep 1
  kill -0 "$1" 2>/dev/null && kill -KILL "$1" 2>/dev/null
}
stop() {
  local p
  if [ $started -eq 1 ]; then
    [ ${#jobs[@]} -gt 0 ] && scancel "${jobs[@]}" 2>/dev/null
    for _ in $(seq 50); do [ -z "$(squeue -h 2>/dev/null)" ] && break; sleep 0.2; done
    scontrol shutdown >/dev/null 2>&1 # slurmctld and slurmd
  fi
  for p in "${daemons[@]}"; do gone "$p"; done
  [ -n "$munge_pid" ] && kill -TERM "$munge_pid" 2>/dev/null && gone "$munge_pid"
  cd / && rm -rf "$tmp"
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
daemon_failed() { # name log: skip with the end of the log
  echo "--- $2"; tail -15 "$2" 2>/dev/null
  skip "$1 did not start (see its log above)"
}

# --- munge, with a private key and socket --------------------------------
mkdir -p "$tmp/munge" "$tmp/state" "$tmp/spool" "$tmp/out"
chmod 700 "$tmp/munge"
dd if=/dev/urandom of="$tmp/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$tmp/munge/munge.key"
t0=$(now)
munged --force --key-file="$tmp/munge/munge.key" --socket="$tmp/munge/munge.sock" \
  --pid-file="$tmp/munge/munged.pid" --log-file="$tmp/munge/munged.log" \
  --seed-file="$tmp/munge/munged.seed" || daemon_failed munged "$tmp/munge/munged.log"
for _ in $(seq 50); do [ -s "$tmp/munge/munged.pid" ] && break; sleep 0.1; done
munge_pid=$(cat "$tmp/munge/munged.pid")
munge -n -S "$tmp/munge/munge.sock" | unmunge -S "$tmp/munge/munge.sock" >/dev/null 2>&1 ||
  daemon_failed munged "$tmp/munge/munged.log"

# --- slurmctld and slurmd on loopback ------------------------------------
in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=${LSN_SLURM_PORT:-$((26817 + $$ % 100 * 2))}
for _ in $(seq 20); do
  in_use "$port" || in_use $((port + 1)) || break
  port=$((port + 2))
done
host=$(hostname -s)
mem=$(awk '/^MemTotal:/ { printf "%d", $2 / 1024 * 0.9 }' /proc/meminfo)
user=$(id -un)
cat >"$tmp/slurm.conf" <<CONF
ClusterName=liaison
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=$user
SlurmdUser=$user
AuthType=auth/munge
AuthInfo=socket=$tmp/munge/munge.sock
CredType=cred/munge
StateSaveLocation=$tmp/state
SlurmdSpoolDir=$tmp/spool
SlurmctldPidFile=$tmp/slurmctld.pid
SlurmdPidFile=$tmp/slurmd.pid
SlurmctldLogFile=$tmp/slurmctld.log
SlurmdLogFile=$tmp/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) RealMemory=$mem State=UNKNOWN
PartitionName=local Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
started=1
slurmctld -f "$tmp/slurm.conf" -i >/dev/null 2>&1 || daemon_failed slurmctld "$tmp/slurmctld.log"
for _ in $(seq 50); do [ -s "$tmp/slurmctld.pid" ] && break; sleep 0.1; done
daemons+=("$(cat "$tmp/slurmctld.pid" 2>/dev/null)")
slurmd -f "$tmp/slurm.conf" >/dev/null 2>&1 || daemon_failed slurmd "$tmp/slurmd.log"
for _ in $(seq 50); do [ -s "$tmp/slurmd.pid" ] && break; sleep 0.1; done
daemons+=("$(cat "$tmp/slurmd.pid" 2>/dev/null)")
state=
for _ in $(seq 300); do
  state=$(sinfo -h -o %T 2>/dev/null)
  [ "$state" = idle ] && break
  sleep 0.2
done
[ "$state" = idle ] || {
  echo "--- $tmp/slurmctld.log"; tail -15 "$tmp/slurmctld.log"
  daemon_failed "the node (state '$state')" "$tmp/slurmd.log"; }
echo "# slurm up on $host:$port in $(since "$t0") s (slurmctld, slurmd: ${daemons[*]}; munged: $munge_pid)"

wait_jobs() { # JOBID...: wait until none is queued; 1 on timeout
  local end=$((SECONDS + timeout)) ids
  ids=$(IFS=,; echo "$*")
  while [ -n "$(squeue -h -j "$ids" 2>/dev/null)" ]; do
    [ $SECONDS -lt $end ] || return 1
    sleep 0.2
  done
}
states() { # JOBID: the JobState of each of its tasks, one a line
  scontrol -o show job "$1" 2>/dev/null | grep -o 'JobState=[A-Z_]*' | cut -d= -f2
}
all_completed() { # JOBID N: N tasks, all COMPLETED
  [ "$(states "$1" | grep -c '^COMPLETED$')" -eq "$2" ] && [ "$(states "$1" | wc -l)" -eq "$2" ]
}
show_logs() { for f in "$@"; do [ -f "$f" ] && { echo "--- $f"; tail -20 "$f"; }; done; }

# --- the cluster runs a job array at all ----------------------------------
t0=$(now)
jid=$(sbatch --parsable --array=0-3 -o "$tmp/out/%A_%a.log" --wrap hostname 2>"$tmp/sbatch.err")
jid=${jid%%;*}
[ -n "$jid" ] || { cat "$tmp/sbatch.err"; skip "sbatch refused a trivial job"; }
jobs+=("$jid")
wait_jobs "$jid" && all_completed "$jid" 4 || {
  show_logs "$tmp/slurmd.log" "$tmp"/out/*.log
  skip "a trivial 4-task array (hostname) did not complete: $(states "$jid" | sort | uniq -c | xargs)"; }
ok "a trivial 4-task array ran on the node ($(since "$t0") s): $(sort -u "$tmp"/out/*.log | xargs)"

# --- the corpus: the seeds and the gold texts, in folders ----------------
cd "$tmp" || exit 1
mkdir -p corpus/seeds corpus/gold
cp "$src"/seeds/*.txt corpus/seeds/
python3 - "$src"/tests/gold/fr.jsonl "$src"/tests/gold/en.jsonl <<'PY' || { ko "gold texts"; exit 1; }
import json, sys
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            with open("corpus/gold/%s.txt" % doc["id"], "w", encoding="utf-8") as out:
                out.write(doc["text"])
PY
ndocs=$(find corpus -type f | wc -l)

"$bin" extract --help 2>/dev/null | grep -q -- --shard ||
  ko "$bin extract has no --shard option: the merge checks below will fail"
t0=$(now)
if "$bin" extract -f nquads corpus -o single.nq 2>single.err; then
  t_single=$(since "$t0")
  ok "one process: $ndocs documents, $(wc -l <single.nq) quads in $t_single s"
else
  ko "liaison extract -f nquads corpus: $(cat single.err)"
fi

submit() { # N OUTDIR [BINARY]: submit, wait; sets $array $merge, $t_run
  local ids
  t_run='' t0=$(now)
  ids=$(bash "$src/examples/slurm/submit.sh" -b "${3:-$bin}" -n "$1" -c corpus -o "$2" \
    2>"$2.err") || { ko "submit.sh -n $1: $(cat "$2.err")"; return 1; }
  read -r array merge <<<"$ids"
  jobs+=("$array" "$merge")
  wait_jobs "$array" "$merge" || { ko "-n $1: not finished after $timeout s"; return 1; }
  t_run=$(since "$t0")
}
sharded() { # N: a sharded run gives the single run's bytes
  local n=$1 out=out-$1 what="$1 shards"
  [ "$n" -eq 1 ] && what="1 shard"
  submit "$n" "$out" || return
  if all_completed "$array" "$n" && all_completed "$merge" 1; then
    ok "$what: $n extract tasks and the merge completed in $t_run s"
  else
    ko "$what: extract $(states "$array" | xargs), merge $(states "$merge" | xargs)"
    show_logs "$out"/logs/*.log
    return
  fi
  [ "$(ls "$out"/part-*.lsn | wc -l)" -eq "$n" ] && ok "$what: $n parts written" ||
    ko "$what: parts $(ls "$out")"
  if cmp -s single.nq "$out/graph.nq"; then
    ok "$what: merged N-Quads identical to the single run ($(wc -c <"$out/graph.nq") bytes)"
  else
    ko "$what: merged N-Quads differ from the single run"
    diff single.nq "$out/graph.nq" | head -5
  fi
}
sharded 4
t_4=${t_run:-}
sharded 1
t_1=${t_run:-}

# a failing shard: no merge, no result
if submit 2 out-bad false; then
  [ "$(states "$array" | grep -c '^FAILED$')" -eq 2 ] && ok "failing shards are FAILED" ||
    ko "failing shards: $(states "$array" | xargs)"
  mstate=$(states "$merge")
  [ "$mstate" != COMPLETED ] && [ ! -e out-bad/graph.nq ] &&
    ok "their merge never ran ($mstate), no result written" || ko "merge after failed shards: $mstate"
fi

echo "# timings ($ndocs documents, $(nproc) CPUs, from sbatch to merged graph):"
echo "#   single process ${t_single:-?} s, 1 shard ${t_1:-?} s, 4 shards ${t_4:-?} s"
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
