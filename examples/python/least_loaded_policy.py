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
    offered = zip(decision["edges"], decision["up"], decision["bandwidth_mbps"],
                  decision["uplink_backlog_megabits"], decision["compression_backlog_seconds"])
    for edge, up, bandwidth, uplink_backlog, compression_backlog in offered:
        if not up:
            continue
        compression = compression_backlog + decision["compression_seconds"]
        upload = (uplink_backlog + decision["megabits"]) / bandwidth
        finish = decision["time"] + compression + upload
        if best < 0 or finish < best_finish:
            best, best_finish = edge, finish
    return best


if __name__ == "__main__":
    run(choose)
