#!/usr/bin/env bash
# Determinism check: the whole Scenarios/paper.yaml run with --parallel 1 and with --parallel 2 must give
# byte-identical runs.csv files (timings live in timings.csv); the first run then goes to .ci/reference.sh, which
# compares it with the committed Reports/paper. Uses the Release build made by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

tool=Simulator/EdgeLearnSim.Cli/bin/Release/net10.0/edgelearnsim.dll
if [[ ! -f "$tool" ]]; then
  dotnet build Simulator/EdgeLearnSim.Cli -c Release
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet "$tool" run Scenarios/paper.yaml --out "$work/parallel-1" --parallel 1 > "$work/parallel-1.log"
dotnet "$tool" run Scenarios/paper.yaml --out "$work/parallel-2" --parallel 2 > "$work/parallel-2.log"

cmp "$work/parallel-1/paper/runs.csv" "$work/parallel-2/paper/runs.csv"
echo "determinism: Scenarios/paper.yaml runs.csv identical with --parallel 1 and --parallel 2 ($(($(wc -l < "$work/parallel-1/paper/runs.csv") - 1)) rows)"

# The committed reference run must be what the README's main command produces from this commit.
bash .ci/reference.sh "$work/parallel-1/paper" Reports/paper
