"""The observation of one decision as a flat float64 array, built from the step protocol's `decide` message.

Layout (address fields by name through `ObservationLayout`, not by position: fields are appended as the
simulator's state grows, e.g. the pipeline's stages, which moves later blocks):
  - the task:  time, megabits, compression_seconds, redispatch (0 or 1);
  - per edge, one block of m values for each of: eligible (0/1), up (0/1), bandwidth_mbps,
    current_bandwidth_mbps, uplink_backlog_megabits, compression_backlog_seconds. An edge that is not
    eligible for the task has 0 in every field of it.
The same function turns a `decide` read by a step-protocol policy (examples/python/edgelearnsim_step.py) into
the same array, so a policy trained in the environment runs under `edgelearnsim run` as it is.
"""
from array import array

import numpy as np

TASK_FIELDS = ("time", "megabits", "compression_seconds", "redispatch")
EDGE_FIELDS = ("eligible", "up", "bandwidth_mbps", "current_bandwidth_mbps",
               "uplink_backlog_megabits", "compression_backlog_seconds")
# The decide message's columns, in the order of EDGE_FIELDS after `eligible`.
_COLUMNS = EDGE_FIELDS[1:]


class ObservationLayout:
    """Where each field sits in an observation of an environment with `edges` edges."""

    def __init__(self, edges):
        self.edges = int(edges)
        self.size = len(TASK_FIELDS) + len(EDGE_FIELDS) * self.edges
        self._task = {name: k for k, name in enumerate(TASK_FIELDS)}
        self._edge = {}
        for k, name in enumerate(EDGE_FIELDS):
            start = len(TASK_FIELDS) + k * self.edges
            self._edge[name] = slice(start, start + self.edges)
        self._ones = [1.0] * self.edges

    def task(self, name):
        """The index of a task field (see TASK_FIELDS)."""
        return self._task[name]

    def edge(self, name):
        """The slice of an edge field's block: observation[layout.edge("up")] holds m values."""
        return self._edge[name]

    def encode(self, message):
        """(observation, action_mask) of a parsed `decide` message; the mask is True for eligible edges that are up."""
        m = self.edges
        edges = message["edges"]
        head = [message["time"], message["megabits"], message["compression_seconds"], message["redispatch"]]
        if len(edges) == m:
            # Fully connected: edges is 0..m-1, so one list, converted through array.array (about half the time of
            # np.array on a list of Python floats), and the mask from the bytes of the `up` column.
            values = head + self._ones
            for name in _COLUMNS:
                values += message[name]
            return np.frombuffer(array("d", values)), np.frombuffer(bytearray(message["up"]), dtype=bool)
        observation = np.zeros(self.size, dtype=np.float64)
        observation[:4] = head
        index = np.asarray(edges, dtype=np.intp)
        base = len(TASK_FIELDS)
        observation[base + index] = 1.0
        for k, name in enumerate(_COLUMNS, start=1):
            observation[base + k * m + index] = message[name]
        mask = np.zeros(m, dtype=bool)
        mask[index] = message["up"]
        return observation, mask


def least_loaded(message):
    """`online-least-loaded` on a `decide` message, operation for operation (docs/external-protocol.md): the
    eligible edge that is up where the task would finish first, ties to the earlier edge; -1 when none is up."""
    best, best_finish = -1, None
    for edge, up, bandwidth, uplink, compression in zip(
            message["edges"], message["up"], message["bandwidth_mbps"],
            message["uplink_backlog_megabits"], message["compression_backlog_seconds"]):
        if not up:
            continue
        finish = message["time"] + (compression + message["compression_seconds"]) + (uplink + message["megabits"]) / bandwidth
        if best < 0 or finish < best_finish:
            best, best_finish = edge, finish
    return best
