"""The step protocol's message loop for online policies (docs/external-protocol.md), standard library only.

    from edgelearnsim_step import run

    def decide(message):          # one parsed `decide` message -> the chosen edge: here the first one up
        return next((j for j, up in zip(message["edges"], message["up"]) if up), -1)

    run(decide)                   # run(decide, reset=on_reset) also hands over the `reset` message

Python puts a script's own folder on its import path, so a policy beside this file imports it as is; elsewhere,
copy the file next to the policy or add this folder to sys.path.

Why not `for line in sys.stdin`: every decision is a round trip between the simulator and the policy, and waking
a process blocked in read(2) costs 30-40 us on a virtual machine, as much as parsing the message. So `messages()`
polls stdin for up to 0.5 ms (the next message usually comes within tens of microseconds of a reply) before it
blocks, and the simulator polls for the reply the same way. Spinning pays only while the two processes run on
different cores: when they share one (a busy machine), a spinner holds the core its peer needs until the window
ends. So a wait that outlasts the window makes the next waits block at once, for a count that doubles with each
such wait in a row (up to 1024) and resets after a wait the window caught. A policy that waits longer (the
simulator busy, the run over) sleeps instead of burning a core. Where select.poll is missing (Windows) every wait
blocks. Speed only: what the policy sees and answers does not depend on it.
"""
import json
import os
import select
import sys
import time

SPIN_SECONDS = 0.0005
MAX_BLOCKING_WAITS = 1024


def messages():
    """Yields each message on stdin as a dict, in order, until stdin closes."""
    fd = sys.stdin.fileno()
    poll = _poll(fd)
    clock = time.perf_counter
    loads = json.loads
    pending = b""
    blocking_waits, backoff = 0, 1
    while True:
        if poll is not None:
            if blocking_waits:
                blocking_waits -= 1
            else:
                deadline = clock() + SPIN_SECONDS
                while not poll(0):
                    if clock() > deadline:
                        blocking_waits, backoff = backoff, min(2 * backoff, MAX_BLOCKING_WAITS)
                        break
                else:
                    backoff = 1
        # Blocks only when nothing has come yet; a pipe read returns what is there.
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            return
        # Split bytes and decode whole lines: a read may end inside a multi-byte character.
        *lines, pending = (pending + chunk).split(b"\n")
        for line in lines:
            yield loads(line.decode())


def answer(edge):
    """Writes the reply {"edge": j} to a `decide` (-1 parks the task, only when no offered edge is up)."""
    os.write(1, b'{"edge": %d}\n' % edge)


def run(decide, reset=None):
    """Answers every `decide` with decide(message); hands `reset` to reset(message) when given."""
    for message in messages():
        kind = message["type"]
        if kind == "decide":
            answer(decide(message))
        elif kind == "reset" and reset is not None:
            reset(message)


def _poll(fd):
    """poll(timeout_ms): non-empty once stdin has data, its end or an error, that is once a read will not block."""
    if not hasattr(select, "poll"):
        return None
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    return poller.poll
