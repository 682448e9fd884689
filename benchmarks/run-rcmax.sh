#!/usr/bin/env bash
# Runs `edgelearnsim solve FILE --scheduler NAME` once per R||Cmax instance of benchmarks/rcmax-fr2010 and prints,
# per class and per size, each scheduler's mean and worst signed deviation 100·(makespan − best_known)/best_known
# and its mean and worst wall time per call (process start-up, reading, lower bound and scheduling included), and
# the mean CPU time per call (user + system), which stays meaningful when other work shares the machine.
# Needs only the .NET SDK and coreutils. Each --parameter NAME=VALUE goes to every `solve` call, checked as a
# scenario's scheduler entry is (e.g. --parameter work=4 for local-search, --parameter deterministic-time=60 for exact).
#
#   benchmarks/run-rcmax.sh [--filter GLOB] [--csv OUT.csv] [--parameter NAME=VALUE ...] [SCHEDULER ...]    (default scheduler: local-search)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$root/benchmarks/rcmax-fr2010"
filter="*"
csv=""
schedulers=()
parameters=()
while [ $# -gt 0 ]; do
  case "$1" in
    --filter) filter="$2"; shift 2 ;;
    --csv) csv="$2"; shift 2 ;;
    --parameter) parameters+=(--parameter "$2"); shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    -*) echo "error: unknown option $1" >&2; exit 2 ;;
    *) schedulers+=("$1"); shift ;;
  esac
done
[ ${#schedulers[@]} -gt 0 ] || schedulers=(local-search)

dotnet build "$root/Simulator/EdgeLearnSim.Cli" -c Release -v quiet -nologo >/dev/null
cli="$root/Simulator/EdgeLearnSim.Cli/bin/Release/net10.0/edgelearnsim"

results="$(mktemp)"
echo "scheduler,file,category,n,m,best_known,makespan,deviation_percent,wall_ms,cpu_ms" >"$results"
output="$(mktemp)"
trap 'rm -f "$results" "$output"' EXIT
TIMEFORMAT='%R %U %S'
tail -n +2 "$data/best_known.csv" | while IFS=, read -r file _ category n m best _; do
  # shellcheck disable=SC2053
  [[ "$file" == $filter ]] || continue
  for scheduler in "${schedulers[@]}"; do
    read -r wall user system < <({ time "$cli" solve "$data/instances/$file" --scheduler "$scheduler" "${parameters[@]}" <"/dev/null" >"$output"; } 2>&1)
    makespan="$(tr ' ' '\n' <"$output" | sed -n 's/^makespan=//p')"
    if [ -z "$makespan" ]; then
      echo "error: $file: no makespan from 'solve --scheduler $scheduler ${parameters[*]}'" >&2
      exit 2
    fi
    awk -v s="$scheduler" -v f="$file" -v c="$category" -v n="$n" -v m="$m" -v b="$best" -v mk="$makespan" \
        -v wall="$wall" -v cpu="$user $system" \
        'BEGIN { split(cpu, t, " "); printf "%s,%s,%s,%d,%d,%s,%s,%.4f,%d,%d\n", s, f, c, n, m, b, mk, 100 * (mk - b) / b, 1000 * wall, 1000 * (t[1] + t[2]) }' >>"$results"
  done
done
[ -z "$csv" ] || cp "$results" "$csv"

report() { # $1 = class, n or m: what to group by
  awk -F, -v by="$1" '
    NR == 1 { next }
    {
      g = $1 SUBSEP (by == "class" ? $3 : by == "all" ? "all" : by "=" (by == "n" ? $4 : $5))
      if (!(g in count)) { order[++groups] = g; worst[g] = $8; slowest[g] = $9 }
      count[g]++; sum[g] += $8; time[g] += $9; cpu[g] += $10
      if ($8 > worst[g]) worst[g] = $8
      if ($9 > slowest[g]) slowest[g] = $9
    }
    END {
      printf "| scheduler | %s | instances | mean dev %% | worst dev %% | mean wall s/call | worst wall s/call | mean CPU s/call |\n", by
      print "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
      for (k = 1; k <= groups; k++) {
        g = order[k]; split(g, part, SUBSEP)
        printf "| %s | %s | %d | %.3f | %.3f | %.2f | %.2f | %.2f |\n", part[1], part[2], count[g], sum[g] / count[g], worst[g], time[g] / count[g] / 1000, slowest[g] / 1000, cpu[g] / count[g] / 1000
      }
    }' "$results"
}

report class
echo
report n
echo
report m
echo
report all
