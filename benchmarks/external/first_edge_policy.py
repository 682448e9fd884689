#!/usr/bin/env python3
"""The cheapest possible online policy: the first offered edge that is up (-1 when none is). Used to measure the
step protocol's own cost."""
import json
import sys

for line in sys.stdin:
    message = json.loads(line)
    if message["type"] == "decide":
        edge = next((e["edge"] for e in message["edges"] if e["up"]), -1)
        sys.stdout.write('{"edge": %d}\n' % edge)
        sys.stdout.flush()
