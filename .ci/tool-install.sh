#!/usr/bin/env bash
# Packs the CLI as a .NET tool, installs it into a temporary folder from that package alone, and checks that the
# installed command works: --version, then a run of a shipped scenario compared with the same run from the build.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet pack Simulator/EdgeLearnSim.Cli -c Release -o "$work/package"
dotnet tool install --tool-path "$work/tool" --add-source "$work/package" EdgeLearnSim
"$work/tool/edgelearnsim" --version
"$work/tool/edgelearnsim" run Scenarios/slurm-smoke.yaml --out "$work/installed"
dotnet run --project Simulator/EdgeLearnSim.Cli -c Release --no-build -- run Scenarios/slurm-smoke.yaml --out "$work/built"
cmp "$work/installed/slurm-smoke/runs.csv" "$work/built/slurm-smoke/runs.csv"
echo "tool-install: the installed edgelearnsim runs Scenarios/slurm-smoke.yaml and matches the build"
