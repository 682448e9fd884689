#!/usr/bin/env python3
"""An online least-loaded policy for EdgeLearnSim's step protocol (docs/external-protocol.md), standard library only.

One JSON object per line on stdin: `reset` first, then one `decide` per decision, each answered with one line
{"edge": j}. The choice is the eligible edge that is up where the task would finish first,
    time + (compression backlog + compression_seconds) + (uplink backlog + megabits) / bandwidth,
or, when the decision carries the pipeline fields (docs/pipeline.md),
    time + access + (compression backlog + compression_bytes * seconds per byte) / cores + upload,
    access = max((access backlog + raw_megabits) / access_mbps, raw_megabits / device_uplink_mbps),
an unlimited (null) rate counting as infinite; ties to the earlier edge -- the built-in `online-least-loaded`,
operation for operation, so both choose the same edge at every decision. Answers -1 (park the task) when no eligible edge is up. The message loop is
edgelearnsim_step.py beside it.
"""
from edgelearnsim_step import run


INFINITE = float("inf")


def rate(mbps):
    return INFINITE if mbps is None else mbps


def choose(decision):
    if "raw_megabits" in decision:
        return choose_in_pipeline(decision)
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


def choose_in_pipeline(decision):
    best, best_finish = -1, None
    raw, device = decision["raw_megabits"], rate(decision["device_uplink_mbps"])
    offered = zip(decision["edges"], decision["up"], decision["bandwidth_mbps"], decision["uplink_backlog_megabits"],
                  decision["compression_backlog_seconds"], decision["access_backlog_megabits"], decision["access_mbps"],
                  decision["cores"], decision["compression_seconds_per_byte"])
    for edge, up, bandwidth, uplink_backlog, compression_backlog, access_backlog, access_mbps, cores, per_byte in offered:
        if not up:
            continue
        access = max((access_backlog + raw) / rate(access_mbps), raw / device)
        compression = (compression_backlog + decision["compression_bytes"] * per_byte) / cores
        upload = (uplink_backlog + decision["megabits"]) / bandwidth
        finish = decision["time"] + access + compression + upload
        if best < 0 or finish < best_finish:
            best, best_finish = edge, finish
    return best


if __name__ == "__main__":
    run(choose)
