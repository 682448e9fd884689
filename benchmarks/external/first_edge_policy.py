#!/usr/bin/env python3
"""The cheapest possible online policy: the first offered edge that is up (-1 when none is). Used to measure the
step protocol's own cost: it still parses every message, through the shipped message loop
(examples/python/edgelearnsim_step.py), as a policy built on it would."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples", "python"))
from edgelearnsim_step import run  # noqa: E402


def first_edge_up(decision):
    for edge, up in zip(decision["edges"], decision["up"]):
        if up:
            return edge
    return -1


run(first_edge_up)
