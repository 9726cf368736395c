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

/**
 * Random multigraphs with fractional RTTs and transit times (so sums round and the order
 * of additions matters), ties included. Half of them keep every RTT within 2× of the
 * lightest, where a bucket search has the least room for error.
 */
const fractionalGraph = (maxNodes: number, maxEdges: number) =>
  fc.tuple(fc.integer({ min: 1, max: maxNodes }), fc.boolean()).chain(([n, narrow]) =>
    fc.record({
      n: fc.constant(n),
      transit: fc.array(fc.oneof(fc.constantFrom(0, 0, 0.1, 0.2, 0.5, 1, 2), fc.double({ min: 0, max: 5, noNaN: true })), { minLength: n, maxLength: n }),
      edges: fc.array(
        fc.record({
          u: fc.integer({ min: 0, max: n - 1 }),
          step: fc.integer({ min: 1, max: Math.max(1, n - 1) }),
          w: narrow
            ? fc.oneof(fc.constantFrom(1, 1.1, 1.2, 1.5, 2), fc.double({ min: 1, max: 2, noNaN: true }))
            : fc.oneof(fc.constantFrom(0.1, 0.2, 0.3, 1, 2, 17.315), fc.integer({ min: 1, max: 40 }), fc.double({ min: 0.05, max: 320, noNaN: true })),
        })
          .map(({ step, ...e }) => ({ ...e, v: (e.u + step) % n })),
        { maxLength: n < 2 ? 0 : maxEdges },
      ),
    }),
  );

/**
 * Checks `allPairsShortestPaths` against a plain heap Dijkstra from every source
 * (`shortestPathTree`) under the same masks and weights: identical distances, bit for bit;
 * the same predecessor wherever exactly one arc gives a node its distance; otherwise a
 * predecessor that gives exactly that distance.
 */
function expectSameAsPerSource(g: Graph, disabledEdges?: Uint8Array, disabledNodes?: Uint8Array, edgeWeight?: Float64Array): void {
  const n = g.nodeCount;
  const weight = edgeWeight ?? g.edgeWeight;
  const ap = allPairsShortestPaths(g, disabledEdges, disabledNodes, edgeWeight);
  const problems: string[] = [];
  for (let s = 0; s < n; s++) {
    const tree = shortestPathTree(g, s, disabledEdges, disabledNodes, { edgeWeight });
    const row = s * n;
    for (let v = 0; v < n; v++) {
      const at = `${s}→${v}`;
      const [pred, predEdge] = [ap.pred[row + v]!, ap.predEdge[row + v]!];
      if (!Object.is(ap.dist[row + v], tree.dist[v])) problems.push(`${at}: dist ${ap.dist[row + v]} ≠ ${tree.dist[v]}`);
      if (v === s || tree.dist[v] === Infinity) {
        if (pred !== -1 || predEdge !== -1) problems.push(`${at}: pred ${pred}/${predEdge} where there is none`);
        continue;
      }
      let ties = 0;
      let chosenTies = false;
      for (let k = g.offsets[v]!; k < g.offsets[v + 1]!; k++) {
        const u = g.adjNode[k]!;
        const e = g.adjEdge[k]!;
        if (disabledEdges?.[e] || disabledNodes?.[u] || tree.dist[u] === Infinity) continue;
        if (tree.dist[u]! + (u === s ? 0 : g.nodeTransit[u]!) + weight[e]! !== tree.dist[v]) continue;
        ties++;
        if (u === pred && e === predEdge) chosenTies = true;
      }
      if (!chosenTies) problems.push(`${at}: pred ${pred}/${predEdge} does not give the distance`);
      else if (ties === 1 && (pred !== tree.predNode[v] || predEdge !== tree.predEdge[v])) problems.push(`${at}: pred ${pred}/${predEdge} ≠ ${tree.predNode[v]}/${tree.predEdge[v]}`);
    }
  }
  expect(problems).toEqual([]);
}

describe('all-pairs search (bucket queue) against per-source Dijkstra', () => {
  it('gives identical distances and predecessors on graphs with fractional RTTs, transit, masks and weight overrides', () => {
    fc.assert(
      fc.property(
        fractionalGraph(16, 40),
        fc.array(fc.constantFrom(0, 0, 0, 1), { minLength: 40, maxLength: 40 }),
        fc.array(fc.constantFrom(0, 0, 0, 0, 1), { minLength: 16, maxLength: 16 }),
        fc.option(fc.array(fc.double({ min: 0.05, max: 320, noNaN: true }), { minLength: 40, maxLength: 40 })),
        (r, eMask, nMask, override) => {
          const g = buildGraph(
            r.transit.map((t, i) => ({ id: `n${i}`, transitMs: t })),
            r.edges.map((e, i) => ({ id: `e${i}`, from: `n${e.u}`, to: `n${e.v}`, weight: e.w })),
          );
          expectSameAsPerSource(g);
          const disabledEdges = Uint8Array.from(eMask.slice(0, g.edgeCount));
          const disabledNodes = Uint8Array.from(nMask.slice(0, g.nodeCount));
          const edgeWeight = override ? Float64Array.from(override.slice(0, g.edgeCount)) : undefined;
          expectSameAsPerSource(g, disabledEdges, disabledNodes, edgeWeight);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives identical results on larger sparse graphs whose RTTs are within a small range of each other', () => {
    // Many nodes per bucket and many near-equal paths: where a bucket queue would settle a node too early, if it could.
    fc.assert(
      fc.property(
        fc.integer({ min: 40, max: 150 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            transit: fc.array(fc.constantFrom(0, 0, 0.2, 0.5, 1), { minLength: n, maxLength: n }),
            edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.oneof(fc.double({ min: 1, max: 6, noNaN: true }), fc.constantFrom(1, 1.1, 2.5, 3))), {
              minLength: n,
              maxLength: 4 * n,
            }),
          }),
        ),
        (r) => {
          const g = buildGraph(
            r.transit.map((t, i) => ({ id: `n${i}`, transitMs: t })),
            r.edges.map(([u, v, w], i) => ({ id: `e${i}`, from: `n${u}`, to: `n${v}`, weight: w })),
          );
          expectSameAsPerSource(g);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('matches on disconnected graphs, zero-RTT circuits and weights too far apart for buckets', () => {
    const nodes = Array.from({ length: 60 }, (_, i) => ({ id: `n${i}`, transitMs: i % 3 === 0 ? 0.2 : 1 }));
    // Two chains (two components) with RTTs from 0.001 to 1000 ms: the ring would be too large.
    const chain = (from: number, to: number, w: (i: number) => number) =>
      Array.from({ length: to - from }, (_, i) => ({ id: `c${from + i}`, from: `n${from + i}`, to: `n${from + i + 1}`, weight: w(i) }));
    const wide = buildGraph(nodes, [...chain(0, 29, (i) => (i % 2 ? 0.001 : 1000)), ...chain(30, 59, (i) => 0.1 * (i + 1))]);
    expectSameAsPerSource(wide);
    // A chain of 1000 ms hops with one 1.5 ms hop: buckets fit the ring but are almost all empty.
    const sparse = buildGraph(nodes, chain(0, 59, (i) => (i === 7 ? 1.5 : 1000)));
    expectSameAsPerSource(sparse);
    // A zero-RTT circuit, and a mask that leaves no usable circuit.
    const zero = buildGraph(nodes.slice(0, 4), [...chain(0, 3, (i) => (i === 1 ? 0 : 2.5))]);
    expectSameAsPerSource(zero);
    expectSameAsPerSource(zero, Uint8Array.from([1, 1, 1]));
    // Every node disabled but one, and a disabled source.
    expectSameAsPerSource(zero, undefined, Uint8Array.from([1, 0, 1, 1]));
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
