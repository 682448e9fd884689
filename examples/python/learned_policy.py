#!/usr/bin/env python3
"""The dispatch policy learn_dispatch.py trained, answering EdgeLearnSim's step protocol (docs/external-protocol.md):
the greedy choice of dispatch_features.py with the weights in learned_policy.json beside this file. Standard
library only. learned_policy.yaml runs it beside online-random and online-least-loaded.
"""
import json
import os

from dispatch_features import greedy_choice
from edgelearnsim_step import run

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "learned_policy.json")) as f:
    WEIGHTS = json.load(f)["weights"]

if __name__ == "__main__":
    run(lambda message: greedy_choice(message, WEIGHTS))
