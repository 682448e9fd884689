#!/usr/bin/env python3
"""A small learning policy for EdgeLearnSim's step protocol (docs/external-protocol.md): an epsilon-greedy bandit
over edges, standard library only.

Each edge is an arm. At every decision each offered edge that is up yields a reward sample: the rate at which it
would serve this task now, megabits / (compression backlog + (uplink backlog + megabits) / bandwidth), and the
policy keeps a running mean per edge. With probability epsilon it explores a random eligible edge that is up;
otherwise it exploits the one with the best mean so far (ties: the lower index). Edges that are often congested
thus lose out even when they are momentarily idle. Its random stream is seeded from `reset`, so a run is
reproducible for a scenario and seed. The message loop is edgelearnsim_step.py beside it.
"""
import random

from edgelearnsim_step import run

EPSILON = 0.1


class Bandit:
    def __init__(self, edges, seed):
        self.random = random.Random(seed)
        self.count = [0] * edges
        self.mean = [0.0] * edges

    def learn(self, decision):
        offered = zip(decision["edges"], decision["up"], decision["bandwidth_mbps"],
                      decision["uplink_backlog_megabits"], decision["compression_backlog_seconds"])
        for j, up, bandwidth, uplink_backlog, compression_backlog in offered:
            if not up:
                continue
            # Reward: the rate at which this edge would serve a new task now, given its queue.
            seconds = compression_backlog + (uplink_backlog + decision["megabits"]) / bandwidth
            reward = decision["megabits"] / seconds if seconds > 0 else 0.0
            self.count[j] += 1
            self.mean[j] += (reward - self.mean[j]) / self.count[j]

    def choose(self, decision):
        up = [j for j, is_up in zip(decision["edges"], decision["up"]) if is_up]
        if not up:
            return -1
        self.learn(decision)
        if self.random.random() < EPSILON:
            return self.random.choice(up)
        return max(up, key=lambda j: (self.mean[j], -j))


def main():
    bandit = None

    def reset(message):
        nonlocal bandit
        bandit = Bandit(message["edges"], message["seed"])

    run(lambda decision: bandit.choose(decision), reset)


if __name__ == "__main__":
    main()
