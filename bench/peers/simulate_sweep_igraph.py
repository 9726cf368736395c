"""N-1 sweep peer in python-igraph: for every region and circuit, delete it from a copy of
the graph, recompute distances from every placement region (one C call), evaluate the
services. Prints one JSON line with the loop's wall time in ms.
Usage: simulate_sweep_igraph.py MODEL.json"""
import sys
import time
import json
import igraph as ig
from simulate_common import load, scenarios, evaluate

model = load(sys.argv[1])
t = model["transit"]
n = len(model["nodes"])
edges = [(a, b) for a, b, _ in model["edges"]]
weights = [w + (t[a] + t[b]) / 2 for a, b, w in model["edges"]]
g = ig.Graph(n=n, edges=edges)
g.es["w"] = weights
roots = model["roots"]
inf = float("inf")

start = time.perf_counter()
results = 0
for kind, x in scenarios(model):
    h = g.copy()
    if kind == "node":
        h.delete_edges(h.incident(x))
    else:
        h.delete_edges([x])
    rows = h.distances(source=roots, weights="w")
    dist_from = {}
    for r, row in zip(roots, rows):
        if kind == "node" and r == x:
            dist_from[r] = [inf] * n
            continue
        dist_from[r] = [0.0 if v == r else (d - (t[r] + t[v]) / 2 if d != inf else inf) for v, d in enumerate(row)]
    results += sum(ok for ok, _ in evaluate(model, dist_from, x if kind == "node" else -1))
ms = (time.perf_counter() - start) * 1000
print(json.dumps({"ms": ms, "scenarios": len(scenarios(model)), "availableOutcomes": results, "igraph": ig.__version__}))
