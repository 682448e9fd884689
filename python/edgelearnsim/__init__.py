"""EdgeLearnSim as a Gymnasium-API environment (docs/env-protocol.md; README "Learning a policy in Python").

    from edgelearnsim import EdgeLearnSimEnv
    env = EdgeLearnSimEnv("Scenarios/arrivals-online.yaml", cells="0-9")
    observation, info = env.reset(seed=1)
    terminated = False
    while not terminated:
        action = env.action_space.sample(mask=info["action_mask"].astype(np.int8))
        observation, reward, terminated, truncated, info = env.step(action)
    print(info["makespan"], info["lower_bound"], info["gap_percent"])
    env.close()

Depends on numpy only. When Gymnasium is importable the environment subclasses gymnasium.Env, its spaces are
Gymnasium's, and it is registered as "EdgeLearnSim-v0" (gymnasium.make("EdgeLearnSim-v0", scenario=...)).
"""
from .env import REWARDS, EdgeLearnSimEnv, make, simulator_command
from .errors import EnvError, SimulatorError
from .observation import EDGE_FIELDS, TASK_FIELDS, ObservationLayout, least_loaded

ENV_ID = "EdgeLearnSim-v0"

__all__ = ["EdgeLearnSimEnv", "EnvError", "SimulatorError", "ObservationLayout", "TASK_FIELDS", "EDGE_FIELDS",
           "REWARDS", "ENV_ID", "least_loaded", "make", "simulator_command", "register_with_gymnasium"]


def register_with_gymnasium():
    """Registers ENV_ID with Gymnasium when it is importable; returns whether it did."""
    try:
        from gymnasium.envs.registration import register, registry
    except ImportError:
        return False
    if ENV_ID not in registry:
        register(id=ENV_ID, entry_point="edgelearnsim.env:EdgeLearnSimEnv")
    return True


register_with_gymnasium()
