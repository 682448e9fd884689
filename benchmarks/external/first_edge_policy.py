#!/usr/bin/env python3
"""The cheapest possible online policy: the first offered edge that is up (-1 when none is). Used to measure the
step protocol's own cost, so it reads and writes bytes directly (no text layer) and still parses every message."""
import json
import os
import sys

for line in sys.stdin.buffer:
    message = json.loads(line)
    if message["type"] == "decide":
        edge = next((e["edge"] for e in message["edges"] if e["up"]), -1)
        os.write(1, b'{"edge": %d}\n' % edge)
