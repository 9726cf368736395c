"""N-1 sweep peer in networkx: for every region and circuit, remove it, recompute Dijkstra
from every placement region, evaluate the services, put it back. Prints one JSON line
with the loop's wall time in ms. Usage: simulate_sweep_networkx.py MODEL.json"""
import sys
import time
import json
import networkx as nx
from simulate_common import load, scenarios, evaluate

model = load(sys.argv[1])
t = model["transit"]
G = nx.Graph()
G.add_nodes_from(range(len(model["nodes"])))
# Node transit folded into edges: w + (t_u + t_v) / 2, minus (t_s + t_t) / 2 per path.
for i, (a, b, w) in enumerate(model["edges"]):
    if G.has_edge(a, b):
        G[a][b]["w"] = min(G[a][b]["w"], w + (t[a] + t[b]) / 2)
    else:
        G.add_edge(a, b, w=w + (t[a] + t[b]) / 2, id=i)
roots = model["roots"]
inf = float("inf")

start = time.perf_counter()
results = 0
for kind, x in scenarios(model):
    if kind == "node":
        saved = list(G.edges(x, data=True))
        G.remove_node(x)
    else:
        a, b, _ = model["edges"][x]
        saved = [(a, b, G[a][b])] if G.has_edge(a, b) else []
        if saved:
            G.remove_edge(a, b)
    dist_from = {}
    for r in roots:
        d = nx.single_source_dijkstra_path_length(G, r, weight="w") if r in G else {}
        row = [inf] * len(model["nodes"])
        for v, dv in d.items():
            row[v] = dv - (t[r] + t[v]) / 2 if v != r else 0.0
        dist_from[r] = row
    results += sum(ok for ok, _ in evaluate(model, dist_from, x if kind == "node" else -1))
    if kind == "node":
        G.add_node(x)
    for a, b, data in saved:
        G.add_edge(a, b, **data)
ms = (time.perf_counter() - start) * 1000
print(json.dumps({"ms": ms, "scenarios": len(scenarios(model)), "availableOutcomes": results, "networkx": nx.__version__}))
