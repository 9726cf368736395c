"""Reference Monte Carlo in plain Python: the engine's availability model, event by event.

Regions, circuits and service instances fail and are repaired with exponential times
(means MTBF and MTTR, hours). A service is up while users in every counted region reach a
healthy serving instance over up regions and circuits; losing a serving instance costs its
failover time as downtime even when a survivor takes over. Active-passive services promote
the first healthy standby (adding promotion and warm-up). After a failure that touches a
service's paths, the service is re-evaluated by a breadth-first search from its serving
instances; after any repair, services that are down are re-evaluated.

Usage: simulate_montecarlo.py MODEL.json YEARS SEED. Prints one JSON line: per-service
availability and the simulation rate in simulated years per second.
"""
import sys
import json
import heapq
import math
import random
import time
from collections import deque

HOURS_PER_YEAR = 8760.0


def main():
    model = json.load(open(sys.argv[1]))
    years = int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]))
    n = len(model["nodes"])
    m = len(model["edges"])
    adj = [[] for _ in range(n)]
    for e, (a, b, _) in enumerate(model["edges"]):
        adj[a].append((b, e))
        adj[b].append((a, e))
    services = model["services"]
    mtbf = list(model["regionMtbf"]) + list(model["circuitMtbf"])
    mttr = list(model["regionMttr"]) + list(model["circuitMttr"])
    inst_base = []
    inst_service = []
    for si, s in enumerate(services):
        inst_base.append(len(mtbf))
        for _ in s["placements"]:
            mtbf.append(s["instMtbf"])
            mttr.append(s["instMttr"])
            inst_service.append(si)
    K = len(mtbf)
    up = [True] * K
    horizon = years * HOURS_PER_YEAR
    heap = [(-mtbf[c] * math.log(1.0 - rng.random()), c) for c in range(K)]
    heapq.heapify(heap)

    S = len(services)
    support = [set() for _ in range(S)]
    serving = [set() for _ in range(S)]  # component ids (placement nodes and instances) serving users
    struct_up = [True] * S
    active = [s["primary"] if s["topology"] != "active-active" else -1 for s in services]
    down_total = [0.0] * S
    out_start = [-1.0] * S
    out_end = [0.0] * S
    open_down = [False] * S

    def healthy(si, i):
        s = services[si]
        return up[s["placements"][i]] and up[inst_base[si] + i]

    def evaluate(si):
        s = services[si]
        promoted = False
        if s["topology"] == "active-passive" and not healthy(si, active[si]):
            for i in range(len(s["placements"])):
                if healthy(si, i):
                    promoted = i != active[si]
                    active[si] = i
                    break
        sources = [i for i in range(len(s["placements"])) if healthy(si, i) and (s["topology"] == "active-active" or i == active[si])]
        parent = {}
        origin = {}
        q = deque()
        for i in sources:
            p = s["placements"][i]
            if p not in parent:
                parent[p] = -1
                origin[p] = i
                q.append(p)
        while q:
            u = q.popleft()
            for v, e in adj[u]:
                if v in parent or not up[v] or not up[n + e]:
                    continue
                parent[v] = e
                origin[v] = origin[u]
                q.append(v)
        sup = set()
        srv = set()
        counted = 0
        ok = True
        steered = False
        for u in s["users"]:
            if not up[u]:
                if s["usersAreDefault"] or (s["steering"] and model["internetFacing"][u]):
                    counted += 1
                    steered = True
                    if not sources:
                        ok = False
                continue
            counted += 1
            if u not in parent:
                ok = False
                continue
            i = origin[u]
            srv.add(s["placements"][i])
            srv.add(inst_base[si] + i)
            v = u
            while True:
                sup.add(v)
                e = parent[v]
                if e < 0:
                    break
                sup.add(n + e)
                a, b, _ = model["edges"][e]
                v = b if a == v else a
        for i in sources:
            sup.add(s["placements"][i])
            if steered:
                srv.add(s["placements"][i])
                srv.add(inst_base[si] + i)
        if counted == 0:
            ok = bool(sources)
        support[si] = sup
        serving[si] = srv
        return ok, promoted

    def add_down(si, a, b):
        # Merge [a, b) into the service's current outage, or close it and open a new one.
        if out_start[si] >= 0 and not open_down[si] and out_end[si] < a:
            down_total[si] += min(out_end[si], horizon) - out_start[si]
            out_start[si] = -1.0
        if out_start[si] < 0:
            out_start[si] = a
            out_end[si] = b
        else:
            out_end[si] = max(out_end[si], b)

    def set_struct(si, ok, t):
        if ok == struct_up[si]:
            return
        struct_up[si] = ok
        if not ok:
            add_down(si, t, t)
            open_down[si] = True
        else:
            open_down[si] = False
            out_end[si] = max(out_end[si], t)

    for si in range(S):
        ok, _ = evaluate(si)
        set_struct(si, ok, 0.0)

    events = 0
    start = time.perf_counter()
    cpu_start = time.process_time()
    while True:
        t, c = heap[0]
        if t >= horizon:
            break
        events += 1
        failing = up[c]
        up[c] = not failing
        heapq.heapreplace(heap, (t - (mttr[c] if failing else mtbf[c]) * math.log(1.0 - rng.random()), c))
        if failing:
            for si in range(S):
                if not struct_up[si]:
                    continue
                if c >= n + m:
                    if inst_service[c - n - m] != si:
                        continue
                elif c not in support[si]:
                    continue
                lost = c in serving[si]
                ok, promoted = evaluate(si)
                if ok and lost:
                    s = services[si]
                    add_down(si, t, t + s["failoverHours"] + (s["promotedExtraHours"] if promoted else 0.0))
                set_struct(si, ok, t)
        else:
            for si in range(S):
                if not struct_up[si]:
                    ok, _ = evaluate(si)
                    set_struct(si, ok, t)
    for si in range(S):
        if out_start[si] >= 0:
            down_total[si] += (horizon if open_down[si] else min(out_end[si], horizon)) - out_start[si]
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    print(json.dumps({
        "years": years,
        "events": events,
        "seconds": seconds,
        "cpuSeconds": cpu_seconds,
        "yearsPerSecond": years / seconds,
        "availability": {s["id"]: 1 - down_total[i] / horizon for i, s in enumerate(services)},
    }))


main()
