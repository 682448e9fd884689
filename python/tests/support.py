"""What the package's tests share: the simulator's command and the repository's files.

The simulator is $EDGELEARNSIM when set (as .ci/run sets it), else the Release build in this repository; the
tests skip, saying why, when neither exists.
"""
import csv
import os
import subprocess
import tempfile
import unittest

TESTS = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.dirname(os.path.dirname(TESTS))
SCENARIO = os.path.join(TESTS, "scenarios", "arrivals-outages.yaml")
BUILT = os.path.join(REPOSITORY, "Simulator", "EdgeLearnSim.Cli", "bin", "Release", "net10.0", "edgelearnsim")


def simulator():
    """The simulator's command words; skips the calling test when there is none."""
    configured = os.environ.get("EDGELEARNSIM")
    if configured:
        return configured.split()
    if os.path.exists(BUILT):
        return [BUILT]
    raise unittest.SkipTest(f"no simulator: set EDGELEARNSIM or build it (dotnet build -c Release gives {BUILT})")


def run_rows(scenario, scheduler):
    """The runs.csv rows of `edgelearnsim run SCENARIO` for one scheduler, keyed by (topology, replication)."""
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(simulator() + ["run", scenario, "--out", out], check=True, stdout=subprocess.DEVNULL)
        folders = os.listdir(out)
        with open(os.path.join(out, folders[0], "runs.csv"), newline="") as f:
            rows = csv.DictReader(line for line in f if not line.startswith("#"))
            return {(r["topology"], int(r["replication"])): r for r in rows if r["scheduler"] == scheduler}


def process_exists(pid):
    """True while a process with this id exists and is not a zombie."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[-1][0] != "Z"
    except FileNotFoundError:
        return False
