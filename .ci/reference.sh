#!/usr/bin/env bash
# Reference check: a fresh run of Scenarios/paper.yaml must reproduce the committed Reports/paper in everything that
# does not depend on the machine: every CSV but timings.csv and the scheduler-time-*.csv figure data, report.md up to
# its running-time section (always its last, from the heading below), and provenance.yaml without its tool and
# packages blocks. On a mismatch it prints the differences and fails.
#   bash .ci/reference.sh FRESH_FOLDER [REFERENCE_FOLDER]   (.ci/determinism.sh passes its --parallel 1 run)
set -euo pipefail
cd "$(dirname "$0")/.."

fresh=${1:?usage: .ci/reference.sh FRESH_FOLDER [REFERENCE_FOLDER]}
reference=${2:-Reports/paper}
# MarkdownReport.RunningTimeHeading; a test keeps the two equal.
running_time_heading='## Running time (depends on the machine)'

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

# Prints the first lines of the difference of two files (the full diff of a changed runs.csv would flood the log).
compare() {
  local name=$1 expected=$2 actual=$3
  if ! cmp -s "$expected" "$actual"; then
    echo "reference: $name differs between $reference (-) and the fresh run (+); the first 80 lines of the diff:"
    diff -u "$expected" "$actual" | head -n 80 || true
    failed=1
  fi
}

machine_independent_csvs() {
  find "$1" -maxdepth 1 -name '*.csv' ! -name timings.csv ! -name 'scheduler-time-*.csv' -printf '%f\n' | LC_ALL=C sort
}

machine_independent_csvs "$reference" > "$work/expected-csvs"
machine_independent_csvs "$fresh" > "$work/actual-csvs"
compare "list of CSV files" "$work/expected-csvs" "$work/actual-csvs"
while read -r csv; do
  [[ -f "$fresh/$csv" ]] && compare "$csv" "$reference/$csv" "$fresh/$csv"
done < "$work/expected-csvs"

# report.md without its running-time section: the heading must stand alone on its line on both sides.
for side in reference fresh; do
  folder=${!side}
  if ! grep -qxF "$running_time_heading" "$folder/report.md"; then
    echo "reference: $folder/report.md has no line '$running_time_heading'"
    failed=1
  fi
  awk -v heading="$running_time_heading" '$0 == heading { exit } { print }' "$folder/report.md" > "$work/report-$side.md"
done
compare "report.md (before its running-time section)" "$work/report-reference.md" "$work/report-fresh.md"

# provenance.yaml without the top-level tool: and packages: blocks (the commit, version and package versions).
for side in reference fresh; do
  folder=${!side}
  awk '/^[^ -]/ { skip = ($1 == "tool:" || $1 == "packages:") } !skip' "$folder/provenance.yaml" > "$work/provenance-$side.yaml"
done
compare "provenance.yaml (without tool and packages)" "$work/provenance-reference.yaml" "$work/provenance-fresh.yaml"

if [[ $failed -ne 0 ]]; then
  echo "reference: a fresh run does not reproduce $reference: if the change meant to alter the results, regenerate it with the README's main command and commit it; otherwise a result now depends on the machine or the run"
  exit 1
fi
echo "reference: a fresh run reproduces $reference ($(wc -l < "$work/expected-csvs") CSV files, report.md before its running-time section, provenance.yaml without tool and packages)"
