"""EdgeLearnSimEnv: a scenario's cells as episodes of a Gymnasium-API environment."""
import json
import os
import shutil

import numpy as np

from . import spaces
from ._process import SimulatorProcess
from .errors import EnvError, SimulatorError
from .observation import ObservationLayout

try:  # pragma: no cover - Gymnasium is optional
    import gymnasium
    _Base = gymnasium.Env
except ImportError:
    _Base = object

REWARDS = ("makespan", "final", "expected-finish")


def simulator_command():
    """The simulator's command: $EDGELEARNSIM (words split at spaces) if set, else `edgelearnsim` on PATH."""
    configured = os.environ.get("EDGELEARNSIM")
    if configured:
        return configured.split()
    found = shutil.which("edgelearnsim")
    if found is None:
        raise SimulatorError("no simulator: set EDGELEARNSIM to its command (e.g. the built "
                             "Simulator/EdgeLearnSim.Cli/bin/Release/net10.0/edgelearnsim) or put edgelearnsim on PATH")
    return [found]


class EdgeLearnSimEnv(_Base):
    """The cells of an EdgeLearnSim scenario as episodes; each action dispatches one task to an edge.

    An episode is one cell, run in the world `edgelearnsim run` gives it (its instance, arrivals, bandwidth traces and
    outage times): every online decision with an eligible edge up (a release, a re-dispatch after an outage, a
    parked task whose edge came back) is one step. A decision with no eligible edge up parks the task without a step.

    - observation: float64 array, see edgelearnsim.observation (address fields through `env.layout`);
    - action: an edge index, Discrete(m) with m the largest edge count of the served cells;
      info["action_mask"] marks the edges that are eligible and up (any other action raises ValueError);
    - reward (all in units of the cell's certified lower bound, so cells of any size compare; every mode's episode
      return is -makespan / lower_bound = -(1 + gap_percent / 100)):
        "makespan" (default): minus the growth of the weighted makespan of the assignment so far at each step;
        "final": 0 at each step, minus the makespan at the last;
        "expected-finish": minus the growth of the latest expected finish (time + backlog / mean rate, as
          online-least-loaded computes it) of the tasks dispatched so far, the last step settling to the makespan;
      the makespan is runs.csv's weighted_makespan, which the bound certifies;
    - info at each step: action_mask, decision (the step protocol's decide message, so a step-protocol policy
      runs as choose(info["decision"])); at the end also cell, makespan, simulated_makespan, lower_bound,
      lower_bound_method, gap_percent (as runs.csv), decisions, redispatched, mean_completion_time.

    reset(seed=None, options=None): options["cell"] (an id or index) picks the cell; otherwise one is drawn from the
    served cells with the environment's generator, seeded by `seed`. The same seed gives the same episode.
    """

    metadata = {"render_modes": []}

    def __init__(self, scenario, cells=None, reward="makespan", command=None):
        """scenario: a scenario YAML path; cells: None (all), or a list of ids or indices, or index ranges such as
        "0-79"; reward: one of REWARDS; command: the simulator's command words (default: simulator_command())."""
        if reward not in REWARDS:
            raise ValueError(f"reward must be one of {REWARDS}, got {reward!r}")
        self.reward_mode = reward
        words = list(command) if command is not None else simulator_command()
        words += ["env", os.fspath(scenario)]
        if isinstance(cells, str):
            words += ["--cells", cells]
        elif cells is not None:
            for cell in cells:
                words += ["--cell", str(cell)]
        self._process = None
        self._process = SimulatorProcess(words)
        hello = self._process.receive()
        self.scenario = hello["scenario"]
        self.cells = hello["cells"]
        if not self.cells:
            self.close()
            raise EnvError("the selection serves no cell")
        self.layout = ObservationLayout(hello["max_edges"])
        self.observation_space = spaces.Box(0.0, np.inf, shape=(self.layout.size,), dtype=np.float64)
        self.action_space = spaces.Discrete(self.layout.edges)
        self.np_random = np.random.default_rng()
        self._episode = None
        self._active = False
        self._message = None
        self._mask = None

    @property
    def simulator_pid(self):
        """The simulator process's id (None once closed)."""
        return None if self._process is None or self._process.closed else self._process.pid

    def reset(self, *, seed=None, options=None):
        self._check_open()
        if seed is not None:
            self.np_random = np.random.default_rng(seed)
        cell = (options or {}).get("cell")
        if isinstance(cell, np.integer):
            cell = int(cell)
        if cell is None:
            cell = self.cells[int(self.np_random.integers(len(self.cells)))]["index"]
        elif not any(cell == c["id"] or (type(cell) is int and cell == c["index"]) for c in self.cells):
            raise ValueError(f"options['cell'] = {cell!r} is none of this environment's cells "
                             f"(ids or indices in env.cells, e.g. {self.cells[0]['id']!r} or {self.cells[0]['index']})")
        self._process.send(json.dumps({"type": "reset", "cell": cell}).encode() + b"\n")
        self._episode = self._process.receive()
        self._scale = self._episode["lower_bound"] or 1.0
        self._returned = 0.0
        self._level = 0.0
        message = self._process.receive()
        if message["type"] == "end":
            # No decision to take in this cell: the episode is over before it starts.
            self._active = False
            info = self._end_info(message)
            info["action_mask"] = np.zeros(self.layout.edges, dtype=bool)
            return np.zeros(self.layout.size), info
        self._active = True
        observation, self._mask = self.layout.encode(message)
        self._message = message
        return observation, {"action_mask": self._mask, "decision": message, "cell": self._episode["cell"],
                             "lower_bound": self._episode["lower_bound"]}

    def step(self, action):
        if not self._active:
            self._check_open()
            raise EnvError("step() needs an episode: call reset() first (again after an episode ends)")
        if type(action) is not int:
            action = self._integer(action)
        if not 0 <= action < self.layout.edges:
            raise ValueError(f"action {action} is out of range: edges are 0..{self.layout.edges - 1}")
        if not self._mask[action]:
            allowed = np.flatnonzero(self._mask).tolist()
            raise ValueError(f"edge {action} is not eligible or is down for task {self._message['task']}; "
                             f"info['action_mask'] allows {allowed}")
        expected = self._expected_finish(action) if self.reward_mode == "expected-finish" else 0.0
        self._process.send(b'{"edge":%d}\n' % action)
        message = self._process.receive()
        if message["type"] == "end":
            self._active = False
            info = self._end_info(message)
            reward = -info["makespan"] / self._scale - self._returned
            info["action_mask"] = np.zeros(self.layout.edges, dtype=bool)
            return np.zeros(self.layout.size), reward, True, False, info
        reward = self._step_reward(message, expected)
        self._returned += reward
        observation, self._mask = self.layout.encode(message)
        self._message = message
        return observation, reward, False, False, {"action_mask": self._mask, "decision": message}

    @staticmethod
    def _integer(action):
        """An integer action as a Python int (numpy integers and 0-d integer arrays included)."""
        if isinstance(action, (bool, np.bool_)) or not (
                isinstance(action, np.integer) or (isinstance(action, np.ndarray) and action.shape == () and action.dtype.kind in "iu")):
            raise ValueError(f"action must be an integer edge index, got {action!r}")
        return int(action)

    def close(self):
        """Ends the simulator process (and its group); later calls other than close() raise EnvError."""
        if self._process is not None:
            self._process.close()
        self._active = False

    def __del__(self):
        try:
            self.close()
        except Exception:  # noqa: BLE001 - interpreter shutdown
            pass

    def _check_open(self):
        if self._process is None or self._process.closed:
            raise EnvError("the environment is closed")

    def _step_reward(self, message, expected):
        if self.reward_mode == "makespan":
            level = message["assigned_makespan"]
        elif self.reward_mode == "expected-finish":
            level = max(self._level, expected)
        else:
            return 0.0
        reward = -(level - self._level) / self._scale
        self._level = level
        return reward

    def _expected_finish(self, edge):
        message = self._message
        k = message["edges"].index(edge)
        return (message["time"] + (message["compression_backlog_seconds"][k] + message["compression_seconds"])
                + (message["uplink_backlog_megabits"][k] + message["megabits"]) / message["bandwidth_mbps"][k])

    @staticmethod
    def _end_info(message):
        keys = ("cell", "decisions", "makespan", "simulated_makespan", "lower_bound", "lower_bound_method",
                "gap_percent", "redispatched", "mean_completion_time")
        return {key: message[key] for key in keys}


def make(scenario, **kwargs):
    """EdgeLearnSimEnv(scenario, **kwargs), for code that wants Gymnasium's make() shape without Gymnasium."""
    return EdgeLearnSimEnv(scenario, **kwargs)
