"""Shared by the simulation peers: loads the model the benchmark exported (same graph,
same weights, same services) and evaluates services from per-root distances the way the
engine does (users reach their nearest reachable placement; active-passive users reach
the active one)."""
import json
import math


def load(path):
    with open(path) as f:
        return json.load(f)


def scenarios(model):
    """Every single failure: each region, then each circuit (the engine's N-1 order)."""
    n = len(model["nodes"])
    return [("node", u) for u in range(n)] + [("edge", e) for e in range(len(model["edges"]))]


def evaluate(model, dist_from, failed_node):
    """Per service: (available, worst RTT ms) given dist_from[root][node] (ms, inf when cut)."""
    out = []
    for s in model["services"]:
        pl = s["placements"]
        if s["topology"] == "active-active":
            healthy = [p for p in pl if p != failed_node]
        else:
            healthy = [pl[s["primary"]]] if pl[s["primary"]] != failed_node else [p for p in pl if p != failed_node][:1]
        worst = 0.0
        ok = True
        for u in s["users"]:
            if u == failed_node:
                continue
            best = min((dist_from[p][u] for p in healthy), default=math.inf)
            if best == math.inf:
                ok = False
            else:
                worst = max(worst, best)
        out.append((ok, worst))
    return out
