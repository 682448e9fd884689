"""Acceptance: the environment driven by a least-loaded choice gives, in every cell of a scenario with arrivals
and outages, the makespans of `edgelearnsim run`'s online-least-loaded row; and the same seed the same episode."""
import unittest

from edgelearnsim import EdgeLearnSimEnv, least_loaded
from support import SCENARIO, run_rows, simulator


def least_loaded_episode(env, info):
    """(choices, final info without the mask) of the episode that a reset returning `info` began."""
    choices, terminated = [], False
    while not terminated:
        choices.append(least_loaded(info["decision"]))
        _, _, terminated, _, info = env.step(choices[-1])
    del info["action_mask"]
    return choices, info


class LeastLoadedTests(unittest.TestCase):
    def test_every_cell_matches_online_least_loaded_under_run(self):
        expected = run_rows(SCENARIO, "online-least-loaded")
        env = EdgeLearnSimEnv(SCENARIO, command=simulator())
        try:
            self.assertEqual(len(env.cells), len(expected))
            redispatched = 0
            for cell in env.cells:
                _, info = least_loaded_episode(env, env.reset(options={"cell": cell["id"]})[1])
                topology, replication = cell["id"].split("/")[-2], int(cell["id"].split("/")[-1][1:])
                row = expected[(topology, replication)]
                with self.subTest(cell=cell["id"]):
                    # Shortest round-trip doubles on both sides: equal text means equal bits.
                    self.assertEqual(repr(info["makespan"]), row["weighted_makespan"])
                    self.assertEqual(repr(info["simulated_makespan"]), row["simulated_makespan"])
                    self.assertEqual(repr(info["lower_bound"]), row["lower_bound"])
                    self.assertEqual(repr(info["gap_percent"]), row["gap_percent"])
                    self.assertEqual(info["redispatched"], int(row["redispatches"]))
                redispatched += info["redispatched"]
            self.assertGreater(redispatched, 0, "the scenario's outages must displace tasks")
        finally:
            env.close()

    def test_the_same_seed_gives_the_same_episode(self):
        env = EdgeLearnSimEnv(SCENARIO, command=simulator())
        try:
            first = least_loaded_episode(env, env.reset(seed=7)[1])
            second = least_loaded_episode(env, env.reset(seed=7)[1])
            self.assertEqual(first, second)
            self.assertGreater(len(first[0]), 0)
        finally:
            env.close()


if __name__ == "__main__":
    unittest.main()
