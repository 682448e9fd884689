"""Box and Discrete: Gymnasium's own when Gymnasium is importable, else minimal stand-ins with the same API
(shape, dtype, n, start, seed, sample, contains) so that code written against Gymnasium runs unchanged."""
import numpy as np

try:  # pragma: no cover - Gymnasium is optional
    from gymnasium.spaces import Box, Discrete  # noqa: F401
    FROM_GYMNASIUM = True
except ImportError:
    FROM_GYMNASIUM = False

    class Box:
        """A box [low, high]^shape of real numbers (bounds may be infinite)."""

        def __init__(self, low, high, shape=None, dtype=np.float64, seed=None):
            self.dtype = np.dtype(dtype)
            self.shape = tuple(shape) if shape is not None else np.shape(low)
            self.low = np.broadcast_to(np.asarray(low, dtype=self.dtype), self.shape).copy()
            self.high = np.broadcast_to(np.asarray(high, dtype=self.dtype), self.shape).copy()
            self.seed(seed)

        def seed(self, seed=None):
            self.np_random = np.random.default_rng(seed)
            return [seed]

        def sample(self):
            """Uniform where bounded, exponential above a finite low where unbounded above."""
            low = np.where(np.isfinite(self.low), self.low, 0.0)
            bounded = np.isfinite(self.high)
            span = np.where(bounded, self.high - low, 1.0)
            uniform = low + span * self.np_random.random(self.shape)
            unbounded = low + self.np_random.exponential(size=self.shape)
            return np.where(bounded, uniform, unbounded).astype(self.dtype)

        def contains(self, x):
            x = np.asarray(x)
            return (x.shape == self.shape and np.can_cast(x.dtype, self.dtype)
                    and bool(np.all(x >= self.low)) and bool(np.all(x <= self.high)))

        def __contains__(self, x):
            return self.contains(x)

        def __repr__(self):
            return f"Box({self.low.min()}, {self.high.max()}, {self.shape}, {self.dtype})"

    class Discrete:
        """The integers start, start + 1, ..., start + n - 1."""

        def __init__(self, n, seed=None, start=0):
            self.n = int(n)
            self.start = int(start)
            self.shape = ()
            self.dtype = np.dtype(np.int64)
            self.seed(seed)

        def seed(self, seed=None):
            self.np_random = np.random.default_rng(seed)
            return [seed]

        def sample(self, mask=None):
            """A uniform element; with a mask (int8/bool array of n), a uniform element where the mask is set."""
            if mask is not None:
                allowed = np.flatnonzero(np.asarray(mask))
                if allowed.size == 0:
                    return np.int64(self.start)
                return np.int64(self.start + self.np_random.choice(allowed))
            return np.int64(self.start + self.np_random.integers(self.n))

        def contains(self, x):
            if isinstance(x, (bool, np.bool_)):
                return False
            if isinstance(x, (int, np.integer)) or (isinstance(x, np.ndarray) and x.shape == () and x.dtype.kind in "iu"):
                return self.start <= int(x) < self.start + self.n
            return False

        def __contains__(self, x):
            return self.contains(x)

        def __repr__(self):
            return f"Discrete({self.n})"
