/**
 * BGP policy routing over the CSR {@link Graph}.
 *
 * Model (documented in docs/estimation.md): every region is its own autonomous system and
 * every circuit an eBGP session. From a source region s, the best route to t is the path
 * with the lexicographically smallest cost
 *
 *     [ −localPref(first hop), asPathLength, med(first hop), rttMs ]
 *
 * A circuit's BGP attributes are configured on its `from` end: that router sets
 * local-pref and reads MED on routes it receives over the circuit, and prepends its AS on
 * routes it announces over it. So localPref and MED count when s is the circuit's `from`
 * end and leaves over it (otherwise the defaults apply), and asPathLength = Σ over the
 * circuits on the path of (1 + asPathPrepend when the path crosses the circuit from its
 * `to` end towards its `from` end). rttMs is the path RTT (edge weights + transit of
 * intermediate nodes). Defaults: localPref 100, MED 0, prepend 0. A branch that prefers
 * its MPLS circuit with local-pref 200 therefore does not pull the hubs' traffic through
 * itself. The cost is monotone and isotone (first-hop terms are fixed after the
 * first edge, the others only grow), so Dijkstra with lexicographic labels finds the
 * optimum. Simplifications: the whole path follows the source's choice (no per-hop
 * re-decision), MED is compared across neighbours (always-compare-med), and no
 * eBGP/iBGP, IGP-metric or router-id tie-breaks are modelled — latency breaks ties.
 */
import type { Graph } from './graph.ts';
import type { AllPairsPaths, ShortestPathTree } from './paths.ts';

/** Per-edge BGP attributes, indexed by edge index. */
export interface BgpEdgePolicy {
  /** Local preference of routes learned over edge e (higher wins); default 100. */
  localPref: Float64Array;
  /** Multi-exit discriminator announced over edge e (lower wins); default 0. */
  med: Float64Array;
  /** Extra AS-path entries prepended on edge e; default 0. */
  asPathPrepend: Float64Array;
}

/** Default BGP local preference (RFC 4271 leaves it to the operator; 100 is the common default). */
export const DEFAULT_LOCAL_PREF = 100;

/** Builds a policy with defaults (localPref 100, MED 0, no prepend) for every edge. */
export function createBgpEdgePolicy(edgeCount: number): BgpEdgePolicy {
  return {
    localPref: new Float64Array(edgeCount).fill(DEFAULT_LOCAL_PREF),
    med: new Float64Array(edgeCount),
    asPathPrepend: new Float64Array(edgeCount),
  };
}

/** A policy tree: the RTT of the chosen (policy-best, not necessarily fastest) path, plus its AS-path length. */
export interface PolicyPathTree extends ShortestPathTree {
  /** AS-path length of the chosen path (hops + prepends). */
  asPathLength: Float64Array;
}

/** All-pairs policy routes; `dist` holds the RTT of the chosen path, ms. */
export interface AllPairsPolicyPaths extends AllPairsPaths {
  asPathLength: Float64Array;
}

let sLp = new Float64Array(0);
let sMed = new Float64Array(0);
let sHeap = new Int32Array(0);
let sPos = new Int32Array(0);

function ensure(n: number): void {
  if (sLp.length < n) {
    sLp = new Float64Array(n);
    sMed = new Float64Array(n);
    sHeap = new Int32Array(n);
    sPos = new Int32Array(n);
  }
}

function policyInto(
  graph: Graph,
  source: number,
  policy: BgpEdgePolicy,
  weight: Float64Array,
  disabledEdges: Uint8Array | undefined,
  disabledNodes: Uint8Array | undefined,
  rtt: Float64Array,
  asLen: Float64Array,
  predNode: Int32Array,
  predEdge: Int32Array,
  order: Int32Array | undefined,
  base: number,
): number {
  const n = graph.nodeCount;
  const { offsets, adjNode, adjEdge, nodeTransit, edgeFrom } = graph;
  ensure(n);
  const lp = sLp; // negated local-pref, so smaller is better like the other terms
  const med = sMed;
  const heap = sHeap;
  const pos = sPos;
  for (let i = 0; i < n; i++) {
    rtt[base + i] = Infinity;
    asLen[base + i] = Infinity;
    lp[i] = Infinity;
    med[i] = Infinity;
    predNode[base + i] = -1;
    predEdge[base + i] = -1;
    pos[i] = -1;
  }
  if (disabledNodes && disabledNodes[source]) return 0;
  const less = (a: number, b: number): boolean => {
    if (lp[a] !== lp[b]) return lp[a]! < lp[b]!;
    const x = asLen[base + a]!;
    const y = asLen[base + b]!;
    if (x !== y) return x < y;
    if (med[a] !== med[b]) return med[a]! < med[b]!;
    return rtt[base + a]! < rtt[base + b]!;
  };
  const siftUp = (start: number, v: number): void => {
    let i = start;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const hp = heap[p]!;
      if (!less(v, hp)) break;
      heap[i] = hp;
      pos[hp] = i;
      i = p;
    }
    heap[i] = v;
    pos[v] = i;
  };
  let size = 1;
  heap[0] = source;
  pos[source] = 0;
  rtt[base + source] = 0;
  asLen[base + source] = 0;
  lp[source] = -Infinity;
  med[source] = -Infinity;
  let settled = 0;
  while (size > 0) {
    const u: number = heap[0]!;
    pos[u] = -2;
    size--;
    if (size > 0) {
      const last = heap[size]!;
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= size) break;
        if (c + 1 < size && less(heap[c + 1]!, heap[c]!)) c++;
        if (!less(heap[c]!, last)) break;
        const hc = heap[c]!;
        heap[i] = hc;
        pos[hc] = i;
        i = c;
      }
      heap[i] = last;
      pos[last] = i;
    }
    if (order) order[settled] = u;
    settled++;
    const isSource = u === source;
    const du = rtt[base + u]! + (isSource ? 0 : nodeTransit[u]!);
    const au = asLen[base + u]!;
    const end = offsets[u + 1]!;
    for (let k: number = offsets[u]!; k < end; k++) {
      const v = adjNode[k]!;
      const pv = pos[v]!;
      if (pv === -2) continue;
      const e = adjEdge[k]!;
      if (disabledEdges && disabledEdges[e]) continue;
      if (disabledNodes && disabledNodes[v]) continue;
      // Attributes belong to the circuit's `from` end: it sets local-pref and reads MED on
      // routes it receives over the circuit, and prepends on routes it announces over it.
      const forward = edgeFrom[e] === u;
      const nLp = isSource ? (forward ? -policy.localPref[e]! : -DEFAULT_LOCAL_PREF) : lp[u]!;
      const nMed = isSource ? (forward ? policy.med[e]! : 0) : med[u]!;
      const nAs = au + 1 + (forward ? 0 : policy.asPathPrepend[e]!);
      const nRtt = du + weight[e]!;
      const better =
        nLp !== lp[v]
          ? nLp < lp[v]!
          : nAs !== asLen[base + v]
            ? nAs < asLen[base + v]!
            : nMed !== med[v]
              ? nMed < med[v]!
              : nRtt < rtt[base + v]!;
      if (!better) continue;
      lp[v] = nLp;
      med[v] = nMed;
      asLen[base + v] = nAs;
      rtt[base + v] = nRtt;
      predNode[base + v] = u;
      predEdge[base + v] = e;
      siftUp(pv === -1 ? size++ : pv, v);
    }
  }
  return settled;
}

/**
 * Policy-best routes from `source` to every node under the BGP model above. Masks and
 * `edgeWeight` as in `shortestPathTree`.
 *
 * @returns RTT of the chosen path in ms (`dist`), its AS-path length, predecessors
 */
export function policyPathTree(
  graph: Graph,
  source: number,
  policy: BgpEdgePolicy,
  disabledEdges?: Uint8Array,
  disabledNodes?: Uint8Array,
  edgeWeight?: Float64Array,
): PolicyPathTree {
  const n = graph.nodeCount;
  if (source < 0 || source >= n) throw new RangeError(`policyPathTree: source ${source} is not a node index (0..${n - 1})`);
  const tree: PolicyPathTree = {
    source,
    dist: new Float64Array(n),
    asPathLength: new Float64Array(n),
    predNode: new Int32Array(n),
    predEdge: new Int32Array(n),
    order: new Int32Array(n),
    settledCount: 0,
  };
  tree.settledCount = policyInto(
    graph,
    source,
    policy,
    edgeWeight ?? graph.edgeWeight,
    disabledEdges,
    disabledNodes,
    tree.dist,
    tree.asPathLength,
    tree.predNode,
    tree.predEdge,
    tree.order,
    0,
  );
  return tree;
}

/** Policy-best routes between every pair (row-major n×n; `dist` = RTT of the chosen path, ms). */
export function allPairsPolicyPaths(
  graph: Graph,
  policy: BgpEdgePolicy,
  disabledEdges?: Uint8Array,
  disabledNodes?: Uint8Array,
  edgeWeight?: Float64Array,
): AllPairsPolicyPaths {
  const n = graph.nodeCount;
  const dist = new Float64Array(n * n);
  const asPathLength = new Float64Array(n * n);
  const pred = new Int32Array(n * n);
  const predEdge = new Int32Array(n * n);
  const weight = edgeWeight ?? graph.edgeWeight;
  for (let s = 0; s < n; s++) {
    policyInto(graph, s, policy, weight, disabledEdges, disabledNodes, dist, asPathLength, pred, predEdge, undefined, s * n);
  }
  return { nodeCount: n, dist, pred, predEdge, asPathLength };
}
