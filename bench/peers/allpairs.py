"""All-pairs lowest-latency distances in networkx and python-igraph, for bench/estimate.bench.ts.

Input (JSON file): {"n": N, "transit": [ms per node], "edges": [[u, v, rttMs], ...]}.
NetStudio's path RTT is the sum of edge RTTs plus the transit time of every intermediate
node. Neither library has node weights, so both get the standard equivalent directed graph:
arc u->v weighs rtt + transit[u]; then dist(s, t) = d'(s, t) - transit[s].

Prints one JSON line: {"peer", "ms" (median wall time), "cpuMs" (median process CPU time),
"runs", "checksum" (sum of finite distances, ms), "pairs" (reachable ordered pairs,
s != t)}. Only the library call is timed, not loading or graph construction. When more
than one run is asked for, one untimed call comes first (as NetStudio's side is timed
after warm-up calls); a single run (networkx on the large graph) is timed cold.
"""
import json
import math
import statistics
import sys
import time


def load(path):
    with open(path) as f:
        g = json.load(f)
    arcs = []
    for u, v, w in g["edges"]:
        arcs.append((u, v, w + g["transit"][u]))
        arcs.append((v, u, w + g["transit"][v]))
    return g["n"], g["transit"], arcs


def summarise(n, transit, rows):
    checksum = 0.0
    pairs = 0
    for s, row in rows:
        for t, d in row:
            if s != t and math.isfinite(d):
                checksum += d - transit[s]
                pairs += 1
    return checksum, pairs


def run_networkx(path, runs):
    import networkx as nx

    n, transit, arcs = load(path)
    G = nx.DiGraph()
    G.add_nodes_from(range(n))
    for u, v, w in arcs:
        if not G.has_edge(u, v) or G[u][v]["weight"] > w:
            G.add_edge(u, v, weight=w)
    if runs > 1:
        dict(nx.all_pairs_dijkstra_path_length(G, weight="weight"))
    times = []
    cpu = []
    result = None
    for _ in range(runs):
        c0 = time.process_time()
        t0 = time.perf_counter()
        result = dict(nx.all_pairs_dijkstra_path_length(G, weight="weight"))
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    checksum, pairs = summarise(n, transit, ((s, row.items()) for s, row in result.items()))
    return {"peer": "networkx " + nx.__version__, "ms": statistics.median(times), "cpuMs": statistics.median(cpu), "runs": runs, "checksum": checksum, "pairs": pairs}


def run_igraph(path, runs):
    import igraph as ig

    n, transit, arcs = load(path)
    g = ig.Graph(n=n, edges=[(u, v) for u, v, _ in arcs], directed=True)
    g.es["w"] = [w for _, _, w in arcs]
    if runs > 1:
        g.distances(weights="w", mode="out")
    times = []
    cpu = []
    result = None
    for _ in range(runs):
        c0 = time.process_time()
        t0 = time.perf_counter()
        result = g.distances(weights="w", mode="out")
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    checksum, pairs = summarise(n, transit, ((s, enumerate(row)) for s, row in enumerate(result)))
    return {"peer": "igraph " + ig.__version__, "ms": statistics.median(times), "cpuMs": statistics.median(cpu), "runs": runs, "checksum": checksum, "pairs": pairs}


if __name__ == "__main__":
    which, path, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    try:
        out = run_networkx(path, runs) if which == "networkx" else run_igraph(path, runs)
    except ImportError as err:
        out = {"error": f"{which} is not installed for {sys.executable} ({err})"}
    print(json.dumps(out))
