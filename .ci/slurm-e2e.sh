#!/usr/bin/env bash
# End-to-end test of sharded runs on a real, single-node Slurm.
#
# Installs Debian's slurm-wlm and munge, starts munged, slurmctld and slurmd on this host with all their
# state in a temp dir, runs a trivial array job, then runs Scenarios/slurm-smoke.yaml once on this machine
# and once as a 3-shard Slurm array followed by a dependent merge job, and checks that the two runs.csv
# (and summary.csv) are byte-identical. Takes about 35 s once slurm-wlm is installed and the tool built. Where Slurm cannot be installed or started it prints "SKIPPED: <reason>" and exits 0;
# a job or a comparison that fails exits 1. The daemons it started are stopped by process id on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The daemons live in sbin, which a non-login environment may leave out of PATH.
export PATH="$PATH:/usr/sbin:/sbin"

scenario=Scenarios/slurm-smoke.yaml
scenario_name=slurm-smoke
shards=3

log() { printf 'slurm-e2e: %s\n' "$*"; }
skip() { printf 'SKIPPED: slurm end-to-end test: %s\n' "$*"; exit 0; }
fail() { printf 'FAILED: slurm end-to-end test: %s\n' "$*" >&2; exit 1; }

# ---- install -------------------------------------------------------------------------------------------
[ "$(id -u)" = 0 ] || skip "needs root to install and run slurm-wlm and munge (running as uid $(id -u))"
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null \
    || ! command -v sbatch >/dev/null; then
    command -v apt-get >/dev/null || skip "slurm-wlm and munge are not installed and apt-get is not available"
    log "installing slurm-wlm and munge"
    apt_log=$(mktemp)
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            slurm-wlm munge; } >"$apt_log" 2>&1; then
        tail -n 20 "$apt_log"
        skip "apt-get could not install slurm-wlm and munge (output above)"
    fi
fi
command -v slurmctld >/dev/null || skip "slurmctld not found after installing slurm-wlm"

# ---- state in a temp dir, daemons stopped by pid on exit ----------------------------------------------
work=$(mktemp -d /tmp/edgelearnsim-slurm.XXXXXX)
chmod 0711 "$work"
daemon_pids=()
stop_daemons() {
    local status=$?
    local pid
    # Jobs still queued or running (after a failure) end with their cluster, not as orphans of slurmd.
    if [ "${#daemon_pids[@]}" -ge 3 ] && [ -n "${SLURM_CONF:-}" ]; then
        scancel --quiet --user=root 2>/dev/null || true
        sleep 1
    fi
    for ((i = ${#daemon_pids[@]} - 1; i >= 0; i--)); do
        pid=${daemon_pids[i]}
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${daemon_pids[@]}"; do
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    done
    if [ "${KEEP_SLURM_WORK:-}" = 1 ]; then log "state kept in $work"; else rm -rf "$work"; fi
    exit "$status"
}
trap stop_daemons EXIT

show_logs() {
    local f
    for f in "$work"/log/*.log; do
        [ -f "$f" ] || continue
        echo "---- tail of $f"
        tail -n 25 "$f"
    done
}

free_port() {
    local port=$1
    while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    echo "$port"
}

mkdir -p "$work"/{munge,state,spool,log,run}
# munged wants the socket reachable (x for all); nothing in it is readable by others.
chmod 0711 "$work/munge"

# ---- munge ---------------------------------------------------------------------------------------------
if command -v mungekey >/dev/null; then
    mungekey --create --keyfile="$work/munge/munge.key"
else
    dd if=/dev/urandom of="$work/munge/munge.key" bs=1024 count=1 status=none
fi
chmod 0400 "$work/munge/munge.key"
munge_socket=$work/munge/munge.socket
munged --foreground --force --key-file="$work/munge/munge.key" --socket="$munge_socket" \
    --pid-file="$work/run/munged.pid" --seed-file="$work/munge/munged.seed" \
    --log-file="$work/log/munged.log" >>"$work/log/munged.stdout.log" 2>&1 &
daemon_pids+=($!)
for _ in $(seq 50); do [ -S "$munge_socket" ] && break; sleep 0.1; done
if ! munge --socket="$munge_socket" -n </dev/null | unmunge --socket="$munge_socket" >/dev/null 2>&1; then
    show_logs
    skip "munged did not start (log above)"
fi

# ---- slurm.conf for this host --------------------------------------------------------------------------
host=$(hostname -s)
cpus=$(nproc)
memory_mb=$(free -m | awk '/^Mem:/ { print $2 }')
# slurmd drains a node that has less memory than configured; never configure more than it detects.
detected_mb=$(slurmd -C 2>/dev/null | sed -n 's/.*RealMemory=\([0-9]*\).*/\1/p' | head -n 1)
if [ -n "$detected_mb" ] && [ "$detected_mb" -lt "$memory_mb" ]; then memory_mb=$detected_mb; fi
ctld_port=$(free_port 6817)
slurmd_port=$(free_port $((ctld_port + 1)))
export SLURM_CONF=$work/slurm.conf
cat >"$SLURM_CONF" <<EOF
ClusterName=edgelearnsim-ci
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$munge_socket
CredType=cred/munge
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/run/slurmctld.pid
SlurmdPidFile=$work/run/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
SchedulerType=sched/backfill
ReturnToService=2
SlurmctldTimeout=30
SlurmdTimeout=30
InactiveLimit=0
MinJobAge=300
KillWait=5
Waittime=0
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory_mb State=UNKNOWN
PartitionName=ci Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF

log "starting slurmctld and slurmd ($host, $cpus CPUs, $memory_mb MB, ports $ctld_port/$slurmd_port)"
slurmctld -D -i -f "$SLURM_CONF" >>"$work/log/slurmctld.stdout.log" 2>&1 &
daemon_pids+=($!)
slurmd -D -f "$SLURM_CONF" >>"$work/log/slurmd.stdout.log" 2>&1 &
daemon_pids+=($!)

state=
for _ in $(seq 120); do
    state=$(sinfo -h -N -n "$host" -o '%t' 2>/dev/null || true)
    [ "$state" = idle ] && break
    for pid in "${daemon_pids[@]}"; do
        kill -0 "$pid" 2>/dev/null || { show_logs; skip "a Slurm daemon (pid $pid) exited at start-up (logs above)"; }
    done
    sleep 0.5
done
[ "$state" = idle ] || { show_logs; skip "node $host did not become idle within 60 s (state '${state:-none}')"; }
log "node $host is idle"

# ---- a trivial array job: the harness itself works ----------------------------------------------------
mkdir -p "$work/trivial"
timeout 120 sbatch --wait --quiet --array=0-2 --output="$work/trivial/task-%a.out" \
    --wrap 'echo "task $SLURM_ARRAY_TASK_ID of $SLURM_ARRAY_TASK_COUNT" >"'"$work"'/trivial/file-$SLURM_ARRAY_TASK_ID"' \
    || { show_logs; fail "the trivial array job failed"; }
for k in 0 1 2; do
    [ "$(cat "$work/trivial/file-$k" 2>/dev/null)" = "task $k of 3" ] || { show_logs; fail "trivial array task $k wrote no file"; }
done
log "trivial array job (--array=0-2) wrote its 3 files"

# ---- the tool: the smoke scenario on this machine, and as a Slurm array of shards plus a merge --------
log "building edgelearnsim (Release)"
dotnet build Simulator/EdgeLearnSim.Cli -c Release --nologo -v quiet >"$work/log/build.log" 2>&1 \
    || { tail -n 30 "$work/log/build.log"; fail "dotnet build of the CLI failed"; }
tool=$repo/Simulator/EdgeLearnSim.Cli/bin/Release/net10.0/edgelearnsim.dll
[ -f "$tool" ] || fail "the build left no $tool"

log "running $scenario on this machine"
dotnet "$tool" run "$scenario" --out "$work/single" >"$work/log/single-run.log" 2>&1 \
    || { tail -n 30 "$work/log/single-run.log"; fail "the single-machine run failed"; }

log "writing the Slurm scripts for $shards shards and submitting them"
dotnet "$tool" slurm "$scenario" --shards "$shards" --out "$work/sharded" --tool "$tool" \
    --partition ci --time 10 --mem 1G || fail "edgelearnsim slurm failed"
slurm_dir=$work/sharded/$scenario_name/slurm
show_job_logs() {
    local f
    for f in "$slurm_dir"/logs/*; do
        [ -f "$f" ] || continue
        echo "---- $f"
        tail -n 30 "$f"
    done
}
# A bound on the wait, so that a stuck queue fails the test instead of the whole CI run.
timeout 300 bash "$slurm_dir/submit.sh" --wait \
    || { show_job_logs; show_logs; squeue || true; fail "the shard or merge jobs failed or did not finish in 300 s (logs above)"; }
shard_logs=$(find "$slurm_dir/logs" -name 'shard-*.out' | wc -l)
[ "$shard_logs" = "$shards" ] || { show_job_logs; fail "expected $shards shard job logs, found $shard_logs"; }

single_csv=$work/single/$scenario_name/runs.csv
merged_csv=$work/sharded/$scenario_name/runs.csv
[ -s "$single_csv" ] || fail "the single-machine run wrote no $single_csv"
[ -s "$merged_csv" ] || { show_job_logs; fail "the merge wrote no $merged_csv"; }
if ! cmp "$single_csv" "$merged_csv"; then
    diff "$single_csv" "$merged_csv" | head -n 20
    fail "runs.csv merged from $shards Slurm shards differs from the single-machine run"
fi
cmp "$work/single/$scenario_name/summary.csv" "$work/sharded/$scenario_name/summary.csv" \
    || fail "summary.csv merged from $shards Slurm shards differs from the single-machine run"
rows=$(($(wc -l <"$merged_csv") - 1))
log "PASSED: runs.csv and summary.csv merged from $shards Slurm array tasks are byte-identical to the single-machine run ($rows runs)"
