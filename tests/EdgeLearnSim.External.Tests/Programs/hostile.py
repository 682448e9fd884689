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
# One answer per way of getting the JSON wrong (each is valid JSON; the schedule it means is not readable).
MALFORMED = {
    "not-object": lambda a, m: [a],
    "no-assignment": lambda a, m: {"edges": a},
    "string-edges": lambda a, m: {"assignment": [str(j) for j in a]},
    "null-assignment": lambda a, m: {"assignment": None},
    "null-edge": lambda a, m: {"assignment": [None] + a[1:]},
    "nested-edges": lambda a, m: {"assignment": [[j] for j in a]},
    "boolean-edge": lambda a, m: {"assignment": [True] + a[1:]},
    "fractional-edge": lambda a, m: {"assignment": [a[0] + 0.5] + a[1:]},
    "edge-out-of-range": lambda a, m: {"assignment": [m] + a[1:]},
    "short-assignment": lambda a, m: {"assignment": a[1:]},
    "order-not-arrays": lambda a, m: {"order": list(range(m))},
    "order-strings": lambda a, m: {"order": [[str(i) if i == 0 else i for i, j in enumerate(a) if j == e] for e in range(m)]},
    "order-task-out-of-range": lambda a, m: {"order": [[i for i, j in enumerate(a) if j == e] + ([len(a)] if e == a[0] else []) for e in range(m)]},
    "bound-string": lambda a, m: {"assignment": a, "lower_bound": "0.5"},
    "bound-negative": lambda a, m: {"assignment": a, "lower_bound": -1},
}

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
elif mode == "silent":
    pass
elif mode == "duplicate-field":
    print('{"assignment": %s, "assignment": %s}' % (json.dumps(assignment), json.dumps(assignment)))
elif mode in MALFORMED:
    print(json.dumps(MALFORMED[mode](assignment, m)))
else:
    print(json.dumps({"assignment": assignment}))
