#!/usr/bin/env python3
"""An online least-loaded policy for EdgeLearnSim's step protocol (docs/external-protocol.md), standard library only.

One JSON object per line on stdin: `reset` first, then one `decide` per decision, each answered with one line
{"edge": j}. The choice is the eligible edge that is up where the task would finish first,
    time + (compression backlog + compression_seconds) + (uplink backlog + megabits) / bandwidth,
ties to the earlier edge -- the built-in `online-least-loaded`, operation for operation, so both choose the
same edge at every decision. Answers -1 (park the task) when no eligible edge is up. The message loop is
edgelearnsim_step.py beside it.
"""
from edgelearnsim_step import run


def choose(decision):
    best, best_finish = -1, None
    for edge in decision["edges"]:
        if not edge["up"]:
            continue
        compression = edge["compression_backlog_seconds"] + decision["compression_seconds"]
        upload = (edge["uplink_backlog_megabits"] + decision["megabits"]) / edge["bandwidth_mbps"]
        finish = decision["time"] + compression + upload
        if best < 0 or finish < best_finish:
            best, best_finish = edge["edge"], finish
    return best


if __name__ == "__main__":
    run(choose)
