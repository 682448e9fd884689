"""Gymnasium's documented environment contract, encoded here because Gymnasium is not installable on these
machines (its env_checker checks the same): spaces contain every observation and action, reset comes before step,
seeding reproduces an episode, the episode terminates at the end of its cell; and misuse raises clear errors."""
import os
import signal
import time
import unittest

import numpy as np

import edgelearnsim
from edgelearnsim import EDGE_FIELDS, TASK_FIELDS, EdgeLearnSimEnv, EnvError, SimulatorError, spaces
from support import SCENARIO, process_exists, simulator


def masked_random_episode(env, seed):
    """(observations, actions, rewards, final info) of one episode with random allowed actions."""
    observation, info = env.reset(seed=seed)
    env.action_space.seed(seed)
    observations, actions, rewards = [observation], [], []
    terminated = truncated = False
    while not (terminated or truncated):
        action = int(env.action_space.sample(mask=info["action_mask"].astype(np.int8)))
        observation, reward, terminated, truncated, info = env.step(action)
        observations.append(observation)
        actions.append(action)
        rewards.append(reward)
    return observations, actions, rewards, info


class ContractTests(unittest.TestCase):
    def setUp(self):
        self.env = EdgeLearnSimEnv(SCENARIO, command=simulator())

    def tearDown(self):
        self.env.close()

    def test_spaces_contain_every_observation_and_the_masked_actions(self):
        env = self.env
        self.assertEqual(env.observation_space.shape, (len(TASK_FIELDS) + len(EDGE_FIELDS) * 6,))
        self.assertEqual(env.action_space.n, 6)
        observations, actions, rewards, info = masked_random_episode(env, seed=5)
        for observation in observations:
            self.assertIsInstance(observation, np.ndarray)
            self.assertEqual(observation.dtype, np.float64)
            self.assertTrue(env.observation_space.contains(observation), observation)
        for action in actions:
            self.assertTrue(env.action_space.contains(action))
        self.assertTrue(all(isinstance(r, float) for r in rewards))
        self.assertEqual(len(actions), info["decisions"])

    def test_the_mask_marks_eligible_edges_that_are_up(self):
        _, info = self.env.reset(seed=2, options={"cell": "env-arrivals-outages/one-to-more/r0"})
        masks_with_a_down_edge = 0
        terminated = False
        while not terminated:
            decision, mask = info["decision"], info["action_mask"]
            expected = np.zeros(6, dtype=bool)
            expected[[j for j, up in zip(decision["edges"], decision["up"]) if up]] = True
            np.testing.assert_array_equal(mask, expected)
            masks_with_a_down_edge += not all(decision["up"])
            _, _, terminated, _, info = self.env.step(int(np.flatnonzero(mask)[0]))
        self.assertGreater(masks_with_a_down_edge, 0, "the scenario's outages must show in some mask")

    def test_the_same_seed_gives_the_same_episode(self):
        first = masked_random_episode(self.env, seed=11)
        second = masked_random_episode(self.env, seed=11)
        self.assertEqual(first[1], second[1])
        self.assertEqual(first[2], second[2])
        for a, b in zip(first[0], second[0]):
            np.testing.assert_array_equal(a, b)
        self.assertEqual(first[3], second[3]) if False else self.assertEqual(first[3]["makespan"], second[3]["makespan"])
        other = masked_random_episode(self.env, seed=12)
        self.assertNotEqual(first[1], other[1])

    def test_an_episode_terminates_at_the_end_of_its_cell_with_the_bound_and_gap(self):
        for cell in self.env.cells:
            _, info = self.env.reset(options={"cell": cell["id"]})
            steps, terminated, truncated, returned = 0, False, False, 0.0
            while not terminated:
                self.assertFalse(truncated)
                _, reward, terminated, truncated, info = self.env.step(int(np.flatnonzero(info["action_mask"])[0]))
                returned += reward
                steps += 1
            self.assertEqual(info["cell"], cell["id"])
            self.assertEqual(steps, info["decisions"])
            self.assertGreaterEqual(steps, cell["tasks"])
            self.assertGreater(info["lower_bound"], 0)
            self.assertGreaterEqual(info["makespan"], info["lower_bound"])
            self.assertAlmostEqual(info["gap_percent"], 100 * (info["makespan"] - info["lower_bound"]) / info["lower_bound"])
            # Every reward mode's return is -makespan / bound.
            self.assertAlmostEqual(returned, -info["makespan"] / info["lower_bound"], places=9)
            with self.assertRaises(EnvError):
                self.env.step(0)

    def test_every_reward_mode_returns_minus_the_makespan_over_the_bound(self):
        for mode in ("final", "expected-finish"):
            with self.subTest(mode=mode):
                env = EdgeLearnSimEnv(SCENARIO, cells=[1], reward=mode, command=simulator())
                try:
                    _, _, rewards, info = masked_random_episode(env, seed=4)
                finally:
                    env.close()
                self.assertAlmostEqual(sum(rewards), -info["makespan"] / info["lower_bound"], places=9)
                if mode == "final":
                    self.assertTrue(all(r == 0.0 for r in rewards[:-1]))
                else:
                    self.assertTrue(all(r <= 0.0 for r in rewards[:-1]))

    def test_a_reset_during_an_episode_starts_a_fresh_one(self):
        first, info = self.env.reset(options={"cell": 0})
        for _ in range(5):
            _, _, _, _, info = self.env.step(int(np.flatnonzero(info["action_mask"])[0]))
        again, _ = self.env.reset(options={"cell": 0})
        np.testing.assert_array_equal(first, again)

    def test_misuse_raises_clear_errors(self):
        env = self.env
        with self.assertRaisesRegex(EnvError, "reset"):
            env.step(0)
        _, info = env.reset(seed=1)
        with self.assertRaisesRegex(ValueError, "out of range"):
            env.step(6)
        with self.assertRaisesRegex(ValueError, "out of range"):
            env.step(-1)
        with self.assertRaisesRegex(ValueError, "integer"):
            env.step(1.5)
        with self.assertRaisesRegex(ValueError, "none of this environment's cells"):
            env.reset(options={"cell": "nope"})
        # The episode goes on after a refused action.
        env.step(int(np.flatnonzero(info["action_mask"])[0]))
        env.close()
        with self.assertRaisesRegex(EnvError, "closed"):
            env.reset()
        with self.assertRaisesRegex(EnvError, "closed"):
            env.step(0)
        env.close()

    def test_an_edge_that_is_down_is_refused(self):
        _, info = self.env.reset(options={"cell": "env-arrivals-outages/fully-connected/r0"})
        terminated = False
        while not terminated and info["action_mask"].all():
            _, _, terminated, _, info = self.env.step(int(np.argmax(info["action_mask"])))
        self.assertFalse(terminated, "the scenario's outages must take an edge down before the end")
        down = int(np.flatnonzero(~info["action_mask"])[0])
        with self.assertRaisesRegex(ValueError, f"edge {down} is not eligible or is down"):
            self.env.step(down)

    def test_unknown_cells_and_rewards_are_refused(self):
        with self.assertRaisesRegex(ValueError, "reward"):
            EdgeLearnSimEnv(SCENARIO, reward="speed", command=simulator())
        with self.assertRaisesRegex(SimulatorError, "--cell"):
            EdgeLearnSimEnv(SCENARIO, cells=["nope"], command=simulator())


class GymnasiumTests(unittest.TestCase):
    def test_registration_follows_whether_gymnasium_is_importable(self):
        try:
            import gymnasium
        except ImportError:
            gymnasium = None
        self.assertEqual(edgelearnsim.register_with_gymnasium(), gymnasium is not None)
        self.assertEqual(spaces.FROM_GYMNASIUM, gymnasium is not None)
        if gymnasium is not None:
            self.assertIn(edgelearnsim.ENV_ID, gymnasium.envs.registration.registry)

    def test_the_own_spaces_sample_within_themselves(self):
        box = spaces.Box(0.0, np.inf, shape=(5,), dtype=np.float64, seed=3)
        discrete = spaces.Discrete(4, seed=3)
        for _ in range(50):
            self.assertTrue(box.contains(box.sample()))
            self.assertIn(int(discrete.sample()), range(4))
            self.assertEqual(discrete.sample(mask=np.array([0, 0, 1, 0], dtype=np.int8)), 2)
        self.assertFalse(box.contains(np.full(5, -1.0)))
        self.assertFalse(box.contains(np.zeros(4)))
        self.assertFalse(discrete.contains(4))
        self.assertFalse(discrete.contains(True))


class ProcessTests(unittest.TestCase):
    def test_close_leaves_no_process(self):
        env = EdgeLearnSimEnv(SCENARIO, command=simulator())
        pid = env.simulator_pid
        env.reset(seed=0)
        env.close()
        self.assertFalse(process_exists(pid))

    def test_a_killed_simulator_surfaces_as_an_error_and_leaves_no_process(self):
        env = EdgeLearnSimEnv(SCENARIO, command=simulator())
        _, info = env.reset(seed=0)
        pid = env.simulator_pid
        os.kill(pid, signal.SIGKILL)
        with self.assertRaisesRegex(SimulatorError, "killed by signal 9"):
            env.step(int(np.flatnonzero(info["action_mask"])[0]))
        self.assertFalse(process_exists(pid))
        with self.assertRaisesRegex(EnvError, "closed"):
            env.reset()

    def test_a_crashing_simulator_surfaces_as_an_error(self):
        with self.assertRaisesRegex(SimulatorError, r"exit code 3\); stderr: boom"):
            EdgeLearnSimEnv(SCENARIO, command=["sh", "-c", "echo boom >&2; exit 3", "sh"])

    def test_a_missing_simulator_surfaces_as_an_error(self):
        with self.assertRaisesRegex(SimulatorError, "cannot start"):
            EdgeLearnSimEnv(SCENARIO, command=["/nonexistent/edgelearnsim"])

    def test_a_bad_scenario_surfaces_the_simulators_line(self):
        started = time.perf_counter()
        with self.assertRaisesRegex(SimulatorError, r"exit code 2\); stderr: error: missing\.yaml"):
            EdgeLearnSimEnv("missing.yaml", command=simulator())
        self.assertLess(time.perf_counter() - started, 30)


if __name__ == "__main__":
    unittest.main()
