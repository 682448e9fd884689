"""The package's exceptions: misuse of the environment, and a simulator that failed or went away."""


class EnvError(RuntimeError):
    """The environment was used out of order: step before reset, after the episode's end, or after close."""


class SimulatorError(RuntimeError):
    """The simulator process failed, was killed or broke off; the message quotes its last error lines."""
