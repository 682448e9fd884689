#!/usr/bin/env python3
"""Learns a dispatch policy in the Python environment and checks it against the built-in policies and the bound.

A linear softmax policy over per-edge features (dispatch_features.py) starts from all-zero weights, which is
uniform random dispatch, and is trained by REINFORCE (policy gradient with a per-cell, per-step baseline and Adam)
on the training cells of learned_policy.yaml (discounted reward-to-go), with the environment's default reward: minus the growth of the
assignment's weighted makespan at each step, in units of the cell's certified lower bound. Then:
  1. the greedy policy is evaluated in the environment on the held-out cells;
  2. the weights go to learned_policy.json, and `edgelearnsim run learned_policy.yaml` runs learned_policy.py as an
     external policy beside online-random and online-least-loaded; its held-out makespans must equal step 1's;
  3. the results (mean makespan and gap to the bound, with 95% t-intervals over the held-out cells) are printed as
     README's table, and the training curve is drawn to learned_policy_training.png (matplotlib, e.g. Debian's
     python3-matplotlib; without it the curve's numbers are written to learned_policy_training.csv only).
Deterministic for a seed. Needs numpy and the edgelearnsim package (pip install ./python) and the simulator
($EDGELEARNSIM or edgelearnsim on PATH).
    EDGELEARNSIM=Simulator/EdgeLearnSim.Cli/bin/Release/net10.0/edgelearnsim python3 examples/python/learn_dispatch.py
"""
import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile

import numpy as np

from dispatch_features import FEATURES, edge_features, greedy_choice, scores, softmax
from edgelearnsim import EdgeLearnSimEnv, simulator_command

HERE = os.path.dirname(os.path.abspath(__file__))
SCENARIO = os.path.join(HERE, "learned_policy.yaml")
TRAINING_CELLS = "0-7,12-19"
HELD_OUT_CELLS = "8-11,20-23"
LABEL = "python-learned"
# Student's t, 97.5% quantile, by degrees of freedom (a 95% two-sided interval over cells).
T975 = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306, 9: 2.262, 10: 2.228,
        11: 2.201, 12: 2.179, 15: 2.131, 20: 2.086, 30: 2.042}


def episode(env, cell, weights, rng):
    """One episode; sampled actions when rng is given, greedy ones otherwise. (features, probabilities, taken, rewards, info)."""
    _, info = env.reset(options={"cell": cell})
    trajectory, rewards, terminated = [], [], False
    while not terminated:
        message = info["decision"]
        if rng is None:
            edge = greedy_choice(message, weights)
        else:
            features = edge_features(message)
            probabilities = softmax(scores(features, weights))
            taken = int(rng.choice(len(features), p=probabilities))
            trajectory.append((np.array([values for _, values in features]), np.array(probabilities), taken))
            edge = features[taken][0]
        _, reward, terminated, _, info = env.step(edge)
        rewards.append(reward)
    return trajectory, rewards, info


def discounted(rewards, discount):
    """The discounted reward-to-go of each step: an action's credit is mostly the growth it causes itself."""
    returns, running = np.zeros(len(rewards)), 0.0
    for t in range(len(rewards) - 1, -1, -1):
        running = rewards[t] + discount * running
        returns[t] = running
    return returns


def train(episodes, seed, learning_rate, discount):
    rng = np.random.default_rng(seed)
    weights = np.zeros(len(FEATURES))
    moment, second = np.zeros_like(weights), np.zeros_like(weights)
    baselines, curve = {}, []
    env = EdgeLearnSimEnv(SCENARIO, cells=TRAINING_CELLS)
    try:
        cells = [c["id"] for c in env.cells]
        for k in range(episodes):
            cell = cells[k % len(cells)]
            trajectory, rewards, info = episode(env, cell, weights.tolist(), rng)
            returns = discounted(rewards, discount)[:len(trajectory)]
            baseline = baselines.get(cell)
            if baseline is None or len(baseline) < len(returns):
                grown = returns.copy()
                if baseline is not None:
                    grown[:len(baseline)] = baseline
                baseline = grown
            advantages = returns - baseline[:len(returns)]
            baseline[:len(returns)] += 0.2 * (returns - baseline[:len(returns)])
            baselines[cell] = baseline
            gradient = np.zeros_like(weights)
            for (features, probabilities, taken), advantage in zip(trajectory, advantages):
                gradient += advantage * (features[taken] - probabilities @ features)
            gradient /= max(1, len(trajectory))
            # Adam, ascending the return.
            moment = 0.9 * moment + 0.1 * gradient
            second = 0.999 * second + 0.001 * gradient ** 2
            step = k + 1
            weights += learning_rate * (moment / (1 - 0.9 ** step)) / (np.sqrt(second / (1 - 0.999 ** step)) + 1e-8)
            curve.append((k, cell, info["makespan"], info["lower_bound"], info["gap_percent"]))
            if k % 50 == 0 or k == episodes - 1:
                print(f"episode {k}: {cell} gap {info['gap_percent']:.1f}%  weights {np.round(weights, 3).tolist()}", flush=True)
    finally:
        env.close()
    return weights.tolist(), curve


def evaluate(weights):
    """{cell id: end info} of the greedy policy on the held-out cells, in the environment."""
    env = EdgeLearnSimEnv(SCENARIO, cells=HELD_OUT_CELLS)
    try:
        results = {}
        for cell in env.cells:
            _, _, info = episode(env, cell["id"], weights, rng=None)
            info.pop("action_mask")
            results[cell["id"]] = info
        return results
    finally:
        env.close()


def run_rows():
    """{(scheduler, cell id): runs.csv row} of `edgelearnsim run learned_policy.yaml`."""
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(simulator_command() + ["run", SCENARIO, "--out", out], check=True, stdout=subprocess.DEVNULL)
        with open(os.path.join(out, "python-learned", "runs.csv"), newline="") as f:
            rows = csv.DictReader(line for line in f if not line.startswith("#"))
            return {(r["scheduler"], f"{r['scenario']}/{r['topology']}/r{r['replication']}"): r for r in rows}


def interval(values):
    """(mean, half-width of the 95% t-interval)."""
    n = len(values)
    t = T975[max(d for d in T975 if d <= n - 1)]
    return statistics.fmean(values), t * statistics.stdev(values) / n ** 0.5


def plot(curve, references, path):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import matplotlib.ticker
    except ImportError:
        return False
    gaps = np.array([c[4] for c in curve])
    window = 16
    smooth = np.convolve(gaps, np.ones(window) / window, mode="valid")
    figure, axes = plt.subplots(figsize=(7, 4), dpi=110)
    axes.plot(gaps, ".", color="tab:gray", alpha=0.4, markersize=3, label="episode (sampled actions)")
    axes.plot(np.arange(window - 1, len(gaps)), smooth, color="tab:blue", label=f"mean of the last {window} episodes")
    for (label, gap), color in zip(references.items(), ("tab:red", "tab:green")):
        axes.axhline(gap, color=color, linestyle="--", label=f"{label} (`run`), mean over the training cells")
    axes.set_xlabel("training episode (one training cell each, in turn)")
    axes.set_ylabel("gap to the cell's lower bound (%)")
    axes.set_title("Policy gradient in the EdgeLearnSim environment (learned_policy.yaml)")
    axes.set_yscale("log")
    axes.yaxis.set_major_formatter(matplotlib.ticker.ScalarFormatter())
    axes.set_yticks([10, 20, 50, 100, 200, 500, 1000])
    axes.grid(alpha=0.3)
    axes.legend()
    figure.tight_layout()
    figure.savefig(path)
    return True


def main():
    parser = argparse.ArgumentParser(description="Train, evaluate and cross-check a dispatch policy.")
    parser.add_argument("--episodes", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--learning-rate", type=float, default=0.05)
    parser.add_argument("--discount", type=float, default=0.9)
    arguments = parser.parse_args()

    weights, curve = train(arguments.episodes, arguments.seed, arguments.learning_rate, arguments.discount)
    with open(os.path.join(HERE, "learned_policy.json"), "w") as f:
        json.dump({"features": list(FEATURES), "weights": weights, "episodes": arguments.episodes,
                   "seed": arguments.seed, "learning_rate": arguments.learning_rate, "discount": arguments.discount,
                   "training_cells": TRAINING_CELLS}, f, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "learned_policy_training.csv"), "w") as f:
        f.write("episode,cell,makespan,lower_bound,gap_percent\n")
        for row in curve:
            f.write(",".join(repr(v) if isinstance(v, float) else str(v) for v in row) + "\n")
    in_env = evaluate(weights)
    rows = run_rows()
    training_ids = {c for _, c, _, _, _ in curve}
    references = {label: statistics.fmean(float(rows[(label, c)]["gap_percent"]) for c in training_ids)
                  for label in ("online-random", "online-least-loaded")}
    drawn = plot(curve, references, os.path.join(HERE, "learned_policy_training.png"))
    mismatched = [cell for cell, info in in_env.items() if repr(info["makespan"]) != rows[(LABEL, cell)]["weighted_makespan"]
                  or repr(info["simulated_makespan"]) != rows[(LABEL, cell)]["simulated_makespan"]]
    print(f"held-out cells: {len(in_env)}; learned policy under `run` equals the environment in "
          f"{len(in_env) - len(mismatched)} of {len(in_env)}" + (f" (differs: {mismatched})" if mismatched else ""))
    print("\n| policy | weighted makespan (s) | gap to the bound (%) | simulated makespan (s) |\n|---|---|---|---|")
    for label in ("online-random", "online-least-loaded", LABEL):
        table = {"makespan": [], "gap": [], "simulated": []}
        for cell in in_env:
            row = rows[(label, cell)]
            table["makespan"].append(float(row["weighted_makespan"]))
            table["gap"].append(float(row["gap_percent"]))
            table["simulated"].append(float(row["simulated_makespan"]))
        cells = " | ".join(f"{m:.3f} ± {h:.3f}" for m, h in (interval(table[k]) for k in ("makespan", "gap", "simulated")))
        print(f"| {label} | {cells} |")
    for label in ("online-random", "online-least-loaded"):
        differences = [float(rows[(LABEL, c)]["gap_percent"]) - float(rows[(label, c)]["gap_percent"]) for c in in_env]
        mean, half = interval(differences)
        wins = sum(d < 0 for d in differences)
        print(f"paired over the held-out cells, {LABEL} - {label}: gap {mean:+.1f} ± {half:.1f} points; "
              f"lower in {wins} of {len(differences)} cells")
    print(f"\nweights {dict(zip(FEATURES, np.round(weights, 3).tolist()))}; "
          + ("curve: learned_policy_training.png" if drawn else "no matplotlib: curve in learned_policy_training.csv only"))
    return 1 if mismatched else 0


if __name__ == "__main__":
    sys.exit(main())
