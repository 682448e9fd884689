#!/usr/bin/env python3
"""Steps per second through the Python environment (edgelearnsim package) on throughput.yaml: m = 10, fully
connected, 10^5 arrivals. The policy is about the cheapest valid one (round robin over the edges the mask
allows), so the figure is the environment's own cost: the simulator's step, the two messages and the
observation's numpy array. Timed from the first step to the episode's end (the reset, which draws the instance
and computes its bound, is reported apart), after a warm-up of 20,000 steps that are abandoned (the simulator
process's JIT tiers up on them).
Usage: EDGELEARNSIM=path/to/edgelearnsim python3 env_throughput.py [--repeats 3] [--warmup-steps 20000]
"""
import argparse
import os
import sys
import time

import numpy as np

from edgelearnsim import EdgeLearnSimEnv


def one_episode(env):
    started = time.perf_counter()
    _, info = env.reset(options={"cell": 0})
    stepping = time.perf_counter()
    steps, terminated, edges = 0, False, env.action_space.n
    while not terminated:
        action = steps % edges
        if not info["action_mask"][action]:
            action = int(np.argmax(info["action_mask"]))
        _, _, terminated, _, info = env.step(action)
        steps += 1
    ended = time.perf_counter()
    return steps, ended - stepping, stepping - started, info


def warm_up(env, steps):
    """Steps into an episode and abandons it (a reset mid-episode is allowed): the simulator process's JIT
    compiles its hot paths to their optimised tier in the first tens of thousands of steps."""
    _, info = env.reset(options={"cell": 0})
    edges = env.action_space.n
    for step in range(steps):
        action = step % edges
        if not info["action_mask"][action]:
            action = int(np.argmax(info["action_mask"]))
        _, _, terminated, _, info = env.step(action)
        if terminated:
            return


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--warmup-steps", type=int, default=20000, help="steps taken and abandoned before timing")
    arguments = parser.parse_args()
    scenario = os.path.join(os.path.dirname(os.path.abspath(__file__)), "throughput.yaml")
    env = EdgeLearnSimEnv(scenario)
    try:
        warm_up(env, arguments.warmup_steps)
        rates = []
        for repeat in range(arguments.repeats):
            steps, seconds, reset_seconds, info = one_episode(env)
            rates.append(steps / seconds)
            print(f"episode {repeat}: {steps} steps in {seconds:.2f} s = {steps / seconds:,.0f} steps/s "
                  f"(reset {reset_seconds:.2f} s; makespan {info['makespan']:.3f}, gap {info['gap_percent']:.2f}%)")
        print(f"median: {sorted(rates)[len(rates) // 2]:,.0f} steps/s over {len(rates)} episodes of {steps} steps")
    finally:
        env.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
