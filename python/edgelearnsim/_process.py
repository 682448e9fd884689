"""The simulator process behind an environment: `edgelearnsim env ...` started in a process group of its own,
spoken to in JSON lines (docs/env-protocol.md), and ended with its whole group, whatever happens."""
import json
import os
import select
import signal
import subprocess
import tempfile
import time

from .errors import SimulatorError

# The same wait as the step protocol's (examples/python/edgelearnsim_step.py): poll the pipe for up to 0.5 ms,
# since waking a blocked reader costs as much as a whole step; a wait that outlasts the window makes the next
# ones block at once, for a count that doubles with each such wait in a row (up to 1024).
SPIN_SECONDS = 0.0005
MAX_BLOCKING_WAITS = 1024
STDERR_TAIL_BYTES = 2048


class SimulatorProcess:
    def __init__(self, command):
        self._stderr = tempfile.TemporaryFile()
        try:
            self._process = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr,
                bufsize=0, start_new_session=True)
        except OSError as e:
            self._stderr.close()
            raise SimulatorError(f"cannot start the simulator ({' '.join(command)}): {e}") from e
        self.command = command
        self._in = self._process.stdin.fileno()
        self._out = self._process.stdout.fileno()
        self._pending = b""
        self._lines = []
        self._poll = None
        if hasattr(select, "poll"):
            poller = select.poll()
            poller.register(self._out, select.POLLIN)
            self._poll = poller.poll
        self._blocking_waits, self._backoff = 0, 1
        self.closed = False

    @property
    def pid(self):
        return self._process.pid

    def send(self, line):
        """Writes one line (bytes ending in a newline)."""
        try:
            os.write(self._in, line)
        except (BrokenPipeError, OSError) as e:
            raise self._failure("stopped reading its input") from e

    def receive(self):
        """The next message as a dict; an `error` message or the end of output raises SimulatorError."""
        while not self._lines:
            self._wait()
            try:
                chunk = os.read(self._out, 1 << 16)
            except OSError as e:
                raise self._failure("its output broke off") from e
            if not chunk:
                raise self._failure("ended its output")
            *lines, self._pending = (self._pending + chunk).split(b"\n")
            self._lines.extend(reversed(lines))
        # A str skips json.loads's encoding detection on bytes (a Python-level step).
        message = json.loads(self._lines.pop().decode())
        if message["type"] == "error":
            raise self._failure(message["message"])
        return message

    def close(self):
        """Asks the simulator to stop, gives it 2 s, then ends its process group; never raises."""
        if self.closed:
            return
        self.closed = True
        try:
            os.write(self._in, b'{"type":"close"}\n')
        except OSError:
            pass
        for stream in (self._process.stdin, self._process.stdout):
            try:
                stream.close()
            except OSError:
                pass
        try:
            self._process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            pass
        self._kill_group()
        self._stderr.close()

    def _wait(self):
        if self._poll is None:
            return
        if self._blocking_waits:
            self._blocking_waits -= 1
            return
        deadline = time.perf_counter() + SPIN_SECONDS
        while not self._poll(0):
            if time.perf_counter() > deadline:
                self._blocking_waits, self._backoff = self._backoff, min(2 * self._backoff, MAX_BLOCKING_WAITS)
                return
        self._backoff = 1

    def _failure(self, problem):
        """A SimulatorError naming the problem, the exit status and the stderr tail; the process group is ended first."""
        try:
            code = self._process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            code = None
        self._kill_group()
        self._process.wait()
        if code is None:
            status = "still running, killed"
        elif code < 0:
            status = f"killed by signal {-code}"
        else:
            status = f"exit code {code}"
        tail = self._stderr_tail()
        self.close()
        return SimulatorError(f"simulator ({' '.join(self.command)}): {problem} ({status}); stderr: {tail or '(empty)'}")

    def _stderr_tail(self):
        try:
            self._stderr.seek(0, os.SEEK_END)
            size = self._stderr.tell()
            self._stderr.seek(max(0, size - STDERR_TAIL_BYTES))
            return " ".join(self._stderr.read().decode(errors="replace").split())
        except (OSError, ValueError):
            return ""

    def _kill_group(self):
        try:
            os.killpg(self._process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            self._process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            pass
