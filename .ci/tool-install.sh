#!/usr/bin/env bash
# Runs the README's "Install as a tool" commands as written (pack into a temporary folder, install into another, run
# Scenarios/slurm-smoke.yaml), then checks that no libtorch reached the packages, that the installed tool is at most
# 200 MB (it reports its size), and that the installed command's runs.csv equals the build's.
set -euo pipefail
cd "$(dirname "$0")/.."

commands="$(awk '/^## Install as a tool/ { section = 1 } section && /^```sh$/ { block = 1; next } block && /^```$/ { exit } block' README.md)"
[ -n "$commands" ] || { echo "tool-install: no sh block under '## Install as a tool' in README.md" >&2; exit 1; }
pkg="" tool="" out="" built="$(mktemp -d)"
trap 'rm -rf "$pkg" "$tool" "$out" "$built"' EXIT
eval "$commands"

# libtorch stays with the autoencoder testbed (docs/testbed.md): neither the CLI's restore nor its packages hold it.
for package in "$pkg"/*.nupkg; do
  if python3 -c 'import sys, zipfile; sys.exit(not any("torch" in n.lower() for n in zipfile.ZipFile(sys.argv[1]).namelist()))' "$package"; then
    echo "tool-install: TorchSharp/libtorch reached $(basename "$package")" >&2
    exit 1
  fi
done
if grep -qiE '"(torchsharp|libtorch[a-z0-9.-]*)/' Simulator/EdgeLearnSim.Cli/obj/project.assets.json; then
  echo "tool-install: TorchSharp/libtorch reached the CLI's restore" >&2
  exit 1
fi

limit_mb=200
size_mb="$(du -sm "$tool" | cut -f1)"
echo "tool-install: the installed tool takes $size_mb MB (limit $limit_mb MB); packages: $(du -sm "$pkg" | cut -f1) MB"
if [ "$size_mb" -gt "$limit_mb" ]; then
  echo "tool-install: the installed tool is $size_mb MB, above $limit_mb MB" >&2
  exit 1
fi

dotnet run --project Simulator/EdgeLearnSim.Cli -c Release --no-build -- run Scenarios/slurm-smoke.yaml --out "$built"
cmp "$out/slurm-smoke/runs.csv" "$built/slurm-smoke/runs.csv"
echo "tool-install: the installed edgelearnsim runs Scenarios/slurm-smoke.yaml and matches the build"
