#!/usr/bin/env python3
"""A misbehaving online policy for the tests: python3 hostile_policy.py MODE PIDFILE.

Writes its pid and a child's (sleep 300) to PIDFILE; answers validly for a few decisions, then misbehaves. In mode
answers-reset it answers every decision validly but also answers `reset`, which gets no answer; in mode
escaped-child it answers validly and leaves a third process, in a session of its own, holding its stdout."""
import json
import os
import subprocess
import sys
import time

mode, pid_file = sys.argv[1], sys.argv[2]
child = subprocess.Popen(["sleep", "300"])
with open(pid_file, "a") as f:
    f.write("%d\n%d\n" % (os.getpid(), child.pid))
    if mode == "escaped-child":
        # A descendant in a session of its own, beyond the process group's reach, holding stdout open.
        f.write("%d\n" % subprocess.Popen(["sleep", "300"], start_new_session=True).pid)
sys.stderr.write("hostile policy: mode %s\n" % mode)
sys.stderr.flush()
# Replies that are JSON but not {"edge": j}, one per way of getting it wrong.
MALFORMED = {
    "empty-line": "",
    "not-object": "[0]",
    "no-edge": '{"choice": 0}',
    "string-edge": '{"edge": "0"}',
    "null-edge": '{"edge": null}',
    "nested-edge": '{"edge": [0]}',
    "boolean-edge": '{"edge": true}',
    "fractional-edge": '{"edge": 0.5}',
    "edge-below-minus-one": '{"edge": -2}',
    "duplicate-field": '{"edge": 0, "edge": 1}',
}
decisions = 0
for line in sys.stdin:
    message = json.loads(line)
    if message["type"] == "reset" and mode == "answers-reset":
        sys.stdout.write('{"edge": 0}\n')
    if message["type"] != "decide":
        continue
    decisions += 1
    up = [j for j, is_up in zip(message["edges"], message["up"]) if is_up]
    if decisions < 5 or mode in ("answers-reset", "escaped-child"):
        sys.stdout.write('{"edge": %d}\n' % up[0])
    elif mode in MALFORMED:
        sys.stdout.write(MALFORMED[mode] + "\n")
    elif mode == "ineligible":
        sys.stdout.write('{"edge": %d}\n' % 999)
    elif mode == "not-json":
        sys.stdout.write("edge three\n")
    elif mode == "sleep":
        time.sleep(300)
    elif mode == "exit-nonzero":
        sys.exit(4)
    elif mode == "flood":
        for _ in range(100):
            sys.stdout.write("x" * (1 << 20))
    sys.stdout.flush()
