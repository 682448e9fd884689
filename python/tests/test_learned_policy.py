"""The example's learned policy (examples/python/learned_policy.json) chooses, through the environment, the edges
it chooses as an external policy under `edgelearnsim run`: equal makespans on the held-out cells."""
import json
import os
import sys
import unittest

from edgelearnsim import EdgeLearnSimEnv
from support import REPOSITORY, run_rows, simulator

EXAMPLES = os.path.join(REPOSITORY, "examples", "python")
sys.path.insert(0, EXAMPLES)
from dispatch_features import greedy_choice  # noqa: E402


class LearnedPolicyTests(unittest.TestCase):
    def test_held_out_cells_give_the_same_makespans_in_the_env_and_under_run(self):
        scenario = os.path.join(EXAMPLES, "learned_policy.yaml")
        with open(os.path.join(EXAMPLES, "learned_policy.json")) as f:
            weights = json.load(f)["weights"]
        expected = run_rows(scenario, "python-learned")
        env = EdgeLearnSimEnv(scenario, cells="8-11,20-23", command=simulator())
        try:
            for cell in env.cells:
                _, info = env.reset(options={"cell": cell["id"]})
                terminated = False
                while not terminated:
                    _, _, terminated, _, info = env.step(greedy_choice(info["decision"], weights))
                topology, replication = cell["id"].split("/")[-2], int(cell["id"].split("/")[-1][1:])
                row = expected[(topology, replication)]
                with self.subTest(cell=cell["id"]):
                    self.assertEqual(repr(info["makespan"]), row["weighted_makespan"])
                    self.assertEqual(repr(info["simulated_makespan"]), row["simulated_makespan"])
        finally:
            env.close()


if __name__ == "__main__":
    unittest.main()
