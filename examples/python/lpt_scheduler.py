#!/usr/bin/env python3
"""An offline LPT scheduler for EdgeLearnSim's external protocol (docs/external-protocol.md), standard library only.

Reads one `schedule` request on stdin and prints one answer on stdout. Tasks go in non-increasing compressed size
(ties: lower index), each onto the eligible edge that makes the makespan smallest (ties: the earliest finish of
that edge, then the lower edge index) -- the built-in `greedy` scheduler, operation for operation, so the two
give the same assignment.
"""
import json
import math
import sys


def processing_time(request):
    """V_ij as a function: s_i / B_j for related instances, the given table for unrelated ones."""
    if request.get("times") is not None:
        times = request["times"]
        return lambda i, j: math.inf if times[i][j] is None else times[i][j]
    sizes, bandwidths = request["sizes"], request["bandwidths_mbps"]
    return lambda i, j: sizes[i] / bandwidths[j]


def lpt_keys(request, time):
    if request.get("compressed_bytes") is not None:
        return request["compressed_bytes"]
    if request.get("sizes") is not None:
        return request["sizes"]
    return [min(time(i, j) for j in range(request["edges"])) for i in range(request["tasks"])]


def schedule(request):
    n, m = request["tasks"], request["edges"]
    eligible = request.get("eligible") or [range(m)] * n
    time = processing_time(request)
    keys = lpt_keys(request, time)
    assignment = [-1] * n
    loads = [0.0] * m
    makespan = 0.0
    for i in sorted(range(n), key=lambda task: (-keys[task], task)):
        best_edge, best_makespan, best_finish = -1, math.inf, math.inf
        for j in eligible[i]:
            finish = loads[j] + time(i, j)
            new_makespan = max(makespan, finish)
            if new_makespan < best_makespan or (new_makespan == best_makespan and finish < best_finish):
                best_edge, best_makespan, best_finish = j, new_makespan, finish
        assignment[i] = best_edge
        loads[best_edge] = best_finish
        makespan = best_makespan
    return {"assignment": assignment}


if __name__ == "__main__":
    json.dump(schedule(json.load(sys.stdin)), sys.stdout)
    sys.stdout.write("\n")
