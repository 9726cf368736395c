import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGraph, type Graph } from './graph.ts';
import { allPairsShortestPaths, createShortestPathTree, pathBetween, shortestPathTree } from './paths.ts';
import { connectedComponents, findArticulationPoints, findBridges } from './connectivity.ts';
import { allPairsPolicyPaths, createBgpEdgePolicy, policyPathTree } from './policy.ts';

interface RandomGraph {
  n: number;
  transit: number[];
  edges: { u: number; v: number; w: number; lp: number; med: number; prepend: number }[];
}

/** Small random multigraphs with integer weights, so sums compare exactly. */
const randomGraph = (maxNodes: number, maxEdges: number) =>
  fc.integer({ min: 1, max: maxNodes }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      transit: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }),
      edges: fc.array(
        fc
          .record({
            u: fc.integer({ min: 0, max: n - 1 }),
            step: fc.integer({ min: 1, max: Math.max(1, n - 1) }),
            w: fc.integer({ min: 0, max: 40 }),
            lp: fc.constantFrom(100, 100, 100, 200, 50),
            med: fc.constantFrom(0, 0, 10),
            prepend: fc.constantFrom(0, 0, 0, 2),
          })
          .map(({ step, ...e }) => ({ ...e, v: (e.u + step) % n })),
        { maxLength: n < 2 ? 0 : maxEdges },
      ),
    }),
  );

function toGraph(r: RandomGraph): Graph {
  return buildGraph(
    r.transit.map((t, i) => ({ id: `n${i}`, transitMs: t })),
    r.edges.map((e, i) => ({ id: `e${i}`, from: `n${e.u}`, to: `n${e.v}`, weight: e.w })),
  );
}

/** Floyd–Warshall on directed weights transit[u] + w, then minus the source's transit. */
function floydWarshall(r: RandomGraph, edgeOk = (_e: number) => true, nodeOk = (_u: number) => true): number[][] {
  const { n } = r;
  const d = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j && nodeOk(i) ? 0 : Infinity)));
  r.edges.forEach((e, i) => {
    if (!edgeOk(i) || !nodeOk(e.u) || !nodeOk(e.v)) return;
    d[e.u]![e.v] = Math.min(d[e.u]![e.v]!, r.transit[e.u]! + e.w);
    d[e.v]![e.u] = Math.min(d[e.v]![e.u]!, r.transit[e.v]! + e.w);
  });
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) if (d[i]![k]! + d[k]![j]! < d[i]![j]!) d[i]![j] = d[i]![k]! + d[k]![j]!;
  return d.map((row, i) => row.map((x, j) => (i === j || x === Infinity ? x : x - r.transit[i]!)));
}

function componentCount(r: RandomGraph, edgeOk: (e: number) => boolean, nodeOk: (u: number) => boolean): number {
  const parent = Array.from({ length: r.n }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  r.edges.forEach((e, i) => {
    if (edgeOk(i) && nodeOk(e.u) && nodeOk(e.v)) parent[find(e.u)] = find(e.v);
  });
  let c = 0;
  for (let u = 0; u < r.n; u++) if (nodeOk(u) && find(u) === u) c++;
  return c;
}

function pathCost(g: Graph, nodes: number[], edges: number[]): number {
  let c = 0;
  for (const e of edges) c += g.edgeWeight[e]!;
  for (let i = 1; i < nodes.length - 1; i++) c += g.nodeTransit[nodes[i]!]!;
  return c;
}

describe('lowest-latency paths', () => {
  it('all-pairs distances equal Floyd–Warshall, and every rebuilt path costs exactly its distance', () => {
    fc.assert(
      fc.property(randomGraph(9, 20), (r) => {
        const g = toGraph(r);
        const ap = allPairsShortestPaths(g);
        const ref = floydWarshall(r);
        for (let s = 0; s < r.n; s++)
          for (let t = 0; t < r.n; t++) {
            expect(ap.dist[s * r.n + t]).toBe(ref[s]![t]);
            const p = pathBetween(ap, g, s, t);
            if (ref[s]![t] === Infinity) expect(p).toBeUndefined();
            else {
              expect(p!.nodes[0]).toBe(s);
              expect(p!.nodes.at(-1)).toBe(t);
              p!.edges.forEach((e, i) => {
                const a = p!.nodes[i]!;
                const b = p!.nodes[i + 1]!;
                expect([g.edgeFrom[e], g.edgeTo[e]].sort()).toEqual([a, b].sort());
              });
              expect(pathCost(g, p!.nodes, p!.edges)).toBe(ref[s]![t]);
            }
          }
      }),
      { numRuns: 200 },
    );
  });

  it('masks of failed circuits and regions give the same distances as a graph without them', () => {
    fc.assert(
      fc.property(randomGraph(8, 16), fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (r, eMask, nMask) => {
        const g = toGraph(r);
        const disabledEdges = Uint8Array.from(r.edges.map((_, i) => (eMask[i] ? 1 : 0)));
        const disabledNodes = Uint8Array.from(Array.from({ length: r.n }, (_, i) => (nMask[i] ? 1 : 0)));
        const ref = floydWarshall(r, (e) => !eMask[e], (u) => !nMask[u]);
        const into = createShortestPathTree(r.n);
        for (let s = 0; s < r.n; s++) {
          const tree = shortestPathTree(g, s, disabledEdges, disabledNodes, { into });
          expect(tree).toBe(into);
          for (let t = 0; t < r.n; t++) expect(tree.dist[t]).toBe(ref[s]![t]);
          const reached = ref[s]!.filter((x) => x !== Infinity).length;
          expect(tree.settledCount).toBe(reached);
          for (let i = 1; i < tree.settledCount; i++) expect(tree.dist[tree.order[i]!]!).toBeGreaterThanOrEqual(tree.dist[tree.order[i - 1]!]!);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('adds transit only at intermediate regions', () => {
    const g = buildGraph(
      [
        { id: 'a', transitMs: 100 },
        { id: 'b', transitMs: 2 },
        { id: 'c', transitMs: 100 },
      ],
      [
        { id: 'ab', from: 'a', to: 'b', weight: 10 },
        { id: 'bc', from: 'b', to: 'c', weight: 20 },
      ],
    );
    expect(shortestPathTree(g, 0).dist[2]).toBe(32);
    expect(shortestPathTree(g, 2).dist[0]).toBe(32);
  });

  it('handles a 2000-node chain without recursion limits', () => {
    const n = 2000;
    const g = buildGraph(
      Array.from({ length: n }, (_, i) => ({ id: `n${i}`, transitMs: 1 })),
      Array.from({ length: n - 1 }, (_, i) => ({ id: `e${i}`, from: `n${i}`, to: `n${i + 1}`, weight: 1 })),
    );
    expect(shortestPathTree(g, 0).dist[n - 1]).toBe(n - 1 + n - 2);
    expect(findBridges(g)).toHaveLength(n - 1);
    expect(findArticulationPoints(g)).toHaveLength(n - 2);
  });
});

describe('reachability and single points of failure', () => {
  it('components, bridges and articulation points equal remove-and-recount references', () => {
    fc.assert(
      fc.property(randomGraph(10, 18), (r) => {
        const g = toGraph(r);
        const all = () => true;
        const base = componentCount(r, all, all);
        expect(connectedComponents(g).count).toBe(base);
        const bridges = r.edges.map((_, i) => i).filter((i) => componentCount(r, (e) => e !== i, all) > base);
        expect(findBridges(g)).toEqual(bridges);
        const cuts = Array.from({ length: r.n }, (_, i) => i).filter((u) => componentCount(r, all, (x) => x !== u) > base);
        expect(findArticulationPoints(g)).toEqual(cuts);
      }),
      { numRuns: 300 },
    );
  });

  it('two parallel circuits between the same regions are not bridges', () => {
    const g = buildGraph(
      [
        { id: 'a', transitMs: 0 },
        { id: 'b', transitMs: 0 },
      ],
      [
        { id: 'x', from: 'a', to: 'b', weight: 1 },
        { id: 'y', from: 'a', to: 'b', weight: 2 },
      ],
    );
    expect(findBridges(g)).toEqual([]);
  });
});

describe('BGP policy order', () => {
  /** Enumerates every simple path and keeps the lexicographic best [−lp, asLen, med, rtt]. */
  function bruteForce(r: RandomGraph, s: number): ([number, number, number, number] | undefined)[] {
    const best: ([number, number, number, number] | undefined)[] = Array(r.n).fill(undefined);
    best[s] = [-Infinity, 0, -Infinity, 0];
    const better = (a: number[], b: number[] | undefined) => {
      if (!b) return true;
      for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
      return false;
    };
    const visit = (u: number, seen: Set<number>, lp: number, med: number, as: number, rtt: number) => {
      r.edges.forEach((e) => {
        if (e.u !== u && e.v !== u) return;
        const v = e.u === u ? e.v : e.u;
        if (seen.has(v)) return;
        const first = u === s;
        const forward = e.u === u;
        const label: [number, number, number, number] = [
          first ? (forward ? -e.lp : -100) : lp,
          as + 1 + (forward ? 0 : e.prepend),
          first ? (forward ? e.med : 0) : med,
          rtt + (first ? 0 : r.transit[u]!) + e.w,
        ];
        if (better(label, best[v])) best[v] = label;
        seen.add(v);
        visit(v, seen, label[0], label[2], label[1], label[3]);
        seen.delete(v);
      });
    };
    visit(s, new Set([s]), 0, 0, 0, 0);
    return best;
  }

  it('chooses the same route as exhaustive search over simple paths', () => {
    fc.assert(
      fc.property(randomGraph(6, 9), (r) => {
        const g = toGraph(r);
        const policy = createBgpEdgePolicy(g.edgeCount);
        r.edges.forEach((e, i) => {
          policy.localPref[i] = e.lp;
          policy.med[i] = e.med;
          policy.asPathPrepend[i] = e.prepend;
        });
        const ap = allPairsPolicyPaths(g, policy);
        for (let s = 0; s < r.n; s++) {
          const ref = bruteForce(r, s);
          const tree = policyPathTree(g, s, policy);
          for (let t = 0; t < r.n; t++) {
            const want = ref[t];
            if (!want) {
              expect(tree.dist[t]).toBe(Infinity);
              continue;
            }
            expect(tree.dist[t]).toBe(want[3]);
            expect(tree.asPathLength[t]).toBe(want[1]);
            expect(ap.dist[s * r.n + t]).toBe(want[3]);
            const p = pathBetween(ap, g, s, t)!;
            expect(pathCost(g, p.nodes, p.edges)).toBe(want[3]);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('prefers a higher local-pref circuit even when it is slower', () => {
    const g = buildGraph(
      ['a', 'b', 'c'].map((id) => ({ id, transitMs: 0 })),
      [
        { id: 'fast', from: 'a', to: 'c', weight: 10 },
        { id: 'ab', from: 'a', to: 'b', weight: 30 },
        { id: 'bc', from: 'b', to: 'c', weight: 30 },
      ],
    );
    const policy = createBgpEdgePolicy(g.edgeCount);
    expect(policyPathTree(g, 0, policy).dist[2]).toBe(10);
    policy.localPref[g.edgeIndex.get('ab')!] = 200;
    expect(policyPathTree(g, 0, policy).dist[2]).toBe(60);
    // Local-pref is set by the circuit's `from` end (a): it does not steer c's routes.
    expect(policyPathTree(g, 2, policy).dist[0]).toBe(10);
    policy.localPref[g.edgeIndex.get('ab')!] = 100;
    // a prepends on routes it announces over `fast`: c then reaches a the long way,
    // while a itself still uses `fast`.
    policy.asPathPrepend[g.edgeIndex.get('fast')!] = 2;
    expect(policyPathTree(g, 2, policy).dist[0]).toBe(60);
    expect(policyPathTree(g, 0, policy).dist[2]).toBe(10);
  });

  it('a branch preferring its MPLS circuit does not become transit between hubs', () => {
    const g = buildGraph(
      ['hub1', 'hub2', 'branch'].map((id) => ({ id, transitMs: 0 })),
      [
        { id: 'interconnect', from: 'hub1', to: 'hub2', weight: 30 },
        { id: 'mpls', from: 'branch', to: 'hub1', weight: 25 },
        { id: 'vpn', from: 'branch', to: 'hub2', weight: 50 },
      ],
    );
    const policy = createBgpEdgePolicy(g.edgeCount);
    policy.localPref[g.edgeIndex.get('mpls')!] = 200;
    policy.asPathPrepend[g.edgeIndex.get('vpn')!] = 2;
    const hub1 = policyPathTree(g, 0, policy);
    expect(hub1.dist[1]).toBe(30); // straight to hub2, not via the branch
    expect(hub1.dist[2]).toBe(25);
    expect(policyPathTree(g, 1, policy).dist[2]).toBe(55); // hub2 reaches the branch via hub1: the VPN is prepended
    expect(policyPathTree(g, 2, policy).dist[1]).toBe(55); // the branch prefers MPLS even to reach hub2
  });
});
