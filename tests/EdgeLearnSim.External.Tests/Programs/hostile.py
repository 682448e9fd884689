#!/usr/bin/env python3
"""A misbehaving external scheduler for the tests: python3 hostile.py MODE PIDFILE [ONLY_TASKS].

It first starts a child (sleep 300) and writes its own pid and the child's to PIDFILE, so a test can check that
neither survives. When ONLY_TASKS is given it misbehaves only on instances with that many tasks and otherwise
answers a valid schedule (every task on its first eligible edge).
"""
import json
import subprocess
import sys
import time

mode, pid_file = sys.argv[1], sys.argv[2]
only = int(sys.argv[3]) if len(sys.argv) > 3 else None
child = subprocess.Popen(["sleep", "300"])
with open(pid_file, "a") as f:
    f.write("%d\n%d\n" % (__import__("os").getpid(), child.pid))

request = json.load(sys.stdin)
n, m = request["tasks"], request["edges"]
eligible = request.get("eligible") or [list(range(m))] * n
assignment = [eligible[i][0] for i in range(n)]
if only is not None and n != only:
    mode = "valid"
sys.stderr.write("hostile: mode %s on %d tasks\n" % (mode, n))
sys.stderr.flush()

if mode == "exit-nonzero":
    sys.exit(3)
elif mode == "not-json":
    print("this is not JSON {")
elif mode == "twice":
    order = [[] for _ in range(m)]
    for i in range(n):
        order[assignment[i]].append(i)
    order[eligible[0][-1]].append(0)
    print(json.dumps({"order": order}))
elif mode == "ineligible":
    bad = next(j for j in range(m) if j not in eligible[0]) if len(eligible[0]) < m else m
    assignment[0] = bad
    print(json.dumps({"assignment": assignment}))
elif mode == "left-out":
    order = [[] for _ in range(m)]
    for i in range(1, n):
        order[assignment[i]].append(i)
    print(json.dumps({"order": order}))
elif mode == "sleep":
    time.sleep(300)
elif mode == "flood":
    chunk = "x" * (1 << 20)
    for _ in range(100):
        sys.stdout.write(chunk)
    sys.stdout.flush()
elif mode == "bound-above":
    print(json.dumps({"assignment": assignment, "lower_bound": 1e300}))
else:
    print(json.dumps({"assignment": assignment}))
