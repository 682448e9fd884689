#!/usr/bin/env bash
# Packs the CLI as a .NET tool, installs it into a temporary folder from that package alone, and checks that the
# installed command works: --version, then a run of a shipped scenario compared with the same run from the build.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet pack Simulator/EdgeLearnSim.Cli -c Release -o "$work/package"
# libtorch stays with the autoencoder testbed (docs/testbed.md): neither the CLI's restore nor its package holds it.
if grep -qiE '"(torchsharp|libtorch[a-z0-9.-]*)/' Simulator/EdgeLearnSim.Cli/obj/project.assets.json \
  || python3 -c 'import sys, zipfile; sys.exit(not any("torch" in n.lower() for n in zipfile.ZipFile(sys.argv[1]).namelist()))' "$work"/package/EdgeLearnSim.*.nupkg; then
  echo "tool-install: TorchSharp/libtorch reached the CLI's restore or package" >&2
  exit 1
fi
dotnet tool install --tool-path "$work/tool" --add-source "$work/package" EdgeLearnSim
"$work/tool/edgelearnsim" --version
"$work/tool/edgelearnsim" run Scenarios/slurm-smoke.yaml --out "$work/installed"
dotnet run --project Simulator/EdgeLearnSim.Cli -c Release --no-build -- run Scenarios/slurm-smoke.yaml --out "$work/built"
cmp "$work/installed/slurm-smoke/runs.csv" "$work/built/slurm-smoke/runs.csv"
echo "tool-install: the installed edgelearnsim runs Scenarios/slurm-smoke.yaml and matches the build"
