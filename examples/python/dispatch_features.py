"""A linear dispatch policy over per-edge features of a step-protocol `decide` message, standard library only.

Used three ways, by the same code, so that they choose the same edge bit for bit: learn_dispatch.py trains its
weights in the Python environment (reading the `decide` each step carries in info["decision"]), evaluates them
there, and learned_policy.py answers `edgelearnsim run` with them over the step protocol.

For each offered edge j that is up, with finish_j = (compression backlog + compression_seconds) +
(uplink backlog + megabits) / bandwidth_mbps (online-least-loaded's expected finish, less the current time) and
best = the smallest finish_j:
  0. finish_j / best - 1                 how much later than the best edge the task would finish there
  1. (megabits / bandwidth_mbps) / best  the task's own transfer time there
  2. bandwidth_mbps / fastest - 1        the edge's mean rate against the fastest offered edge
  3. current / mean bandwidth - 1        whether the edge's rate is now above or below its mean
  4. 1 on the edge least-loaded would choose (ties to the earlier edge), else 0
The score is the weights' dot product with the features; the greedy choice is the best score (ties to the earlier
edge), the stochastic one a softmax over the scores. All-zero weights are uniform random dispatch.
"""
import math

FEATURES = ("finish_excess", "own_transfer", "rate_vs_fastest", "rate_now_vs_mean", "least_loaded")


def edge_features(message):
    """[(edge, [feature values])] for the offered edges that are up, in offered order."""
    offered = []
    for edge, up, bandwidth, current, uplink, compression in zip(
            message["edges"], message["up"], message["bandwidth_mbps"], message["current_bandwidth_mbps"],
            message["uplink_backlog_megabits"], message["compression_backlog_seconds"]):
        if up:
            finish = (compression + message["compression_seconds"]) + (uplink + message["megabits"]) / bandwidth
            offered.append((edge, finish, bandwidth, current))
    if not offered:
        return []
    best = min(finish for _, finish, _, _ in offered)
    scale = best if best > 0 else 1.0
    fastest = max(bandwidth for _, _, bandwidth, _ in offered)
    chosen = next(edge for edge, finish, _, _ in offered if finish == best)
    return [(edge, [finish / scale - 1.0, (message["megabits"] / bandwidth) / scale, bandwidth / fastest - 1.0,
                    current / bandwidth - 1.0, 1.0 if edge == chosen else 0.0])
            for edge, finish, bandwidth, current in offered]


def scores(features, weights):
    """The linear score of each offered edge."""
    return [sum(w * x for w, x in zip(weights, values)) for _, values in features]


def greedy_choice(message, weights):
    """The offered edge that is up with the best score (ties to the earlier edge); -1 when none is up."""
    features = edge_features(message)
    if not features:
        return -1
    values = scores(features, weights)
    best = max(range(len(values)), key=lambda k: (values[k], -k))
    return features[best][0]


def softmax(values):
    top = max(values)
    exps = [math.exp(v - top) for v in values]
    total = sum(exps)
    return [e / total for e in exps]
