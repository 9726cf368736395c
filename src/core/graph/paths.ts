/**
 * Lowest-latency routing over the CSR {@link Graph}: Dijkstra from one source (a shortest
 * path tree) and from every source (all pairs), with predecessor arrays to rebuild paths.
 *
 * Path RTT = sum of the edge weights along the path + `nodeTransit` of every intermediate
 * node (the two ends add nothing). Weights and transit costs must be ≥ 0 ms.
 *
 * Single-source searches use an indexed binary heap on typed arrays with decrease-key; its
 * buffers are reused between calls, so a query allocates nothing beyond its result (and
 * nothing at all when the caller passes `into`). All-pairs runs one search per source with
 * a bucket queue instead when the weights allow it (see {@link allPairsShortestPaths}); both
 * give bit-identical distances.
 */
import type { Graph } from './graph.ts';

/** Result of one single-source search. Arrays are indexed by node index. */
export interface ShortestPathTree {
  /** Node index the tree is rooted at. */
  source: number;
  /** RTT from the source to each node, ms; `Infinity` when unreachable (or disabled). */
  dist: Float64Array;
  /** Node before v on its best path; -1 for the source and for unreachable nodes. */
  predNode: Int32Array;
  /** Edge index used to enter v; -1 for the source and for unreachable nodes. */
  predEdge: Int32Array;
  /** Nodes in the order they were settled (non-decreasing dist); the first `settledCount` entries are valid. */
  order: Int32Array;
  /** How many nodes the source reaches, itself included (0 when the source is disabled). */
  settledCount: number;
}

/** Optional knobs for {@link shortestPathTree}. */
export interface PathOptions {
  /** Per-edge RTT to use instead of `graph.edgeWeight`, ms (e.g. degraded circuits). */
  edgeWeight?: Float64Array;
  /** Tree to overwrite instead of allocating a new one (from {@link createShortestPathTree}). */
  into?: ShortestPathTree;
}

/** All-pairs result: row-major n×n matrices, entry `s * n + t`. */
export interface AllPairsPaths {
  nodeCount: number;
  /** RTT from s to t, ms; `Infinity` when t is unreachable from s; 0 on the diagonal. */
  dist: Float64Array;
  /** Node before t on the best path from s (-1 when none). */
  pred: Int32Array;
  /** Edge entering t on the best path from s (-1 when none). */
  predEdge: Int32Array;
}

/** A rebuilt path as node and edge indexes, from the source to the target. */
export interface GraphPath {
  nodes: number[];
  edges: number[];
}

// Scratch for the heap, grown on demand and shared by every call (single-threaded engine).
let heapNodes = new Int32Array(0);
let heapPos = new Int32Array(0);

function ensureScratch(n: number): void {
  if (heapNodes.length < n) {
    heapNodes = new Int32Array(n);
    heapPos = new Int32Array(n);
  }
}

/** Allocates an empty tree for `nodeCount` nodes, to be filled by {@link shortestPathTree} via `into`. */
export function createShortestPathTree(nodeCount: number): ShortestPathTree {
  return {
    source: -1,
    dist: new Float64Array(nodeCount),
    predNode: new Int32Array(nodeCount),
    predEdge: new Int32Array(nodeCount),
    order: new Int32Array(nodeCount),
    settledCount: 0,
  };
}

/**
 * Lowest-RTT paths from `source` to every node (Dijkstra).
 *
 * Failure masks: `disabledEdges[e] !== 0` removes edge e, `disabledNodes[u] !== 0` removes
 * node u (nothing enters or leaves it; a disabled source reaches nothing). Masks are read,
 * never written, so one mask can be shared by many calls; a failure sweep sets a flag,
 * calls this, and clears the flag. Pass `options.into` to reuse a tree's arrays across
 * calls (no allocation at all); the returned object is then `options.into` itself.
 *
 * @param graph CSR graph (edge weights = circuit RTT in ms, node transit in ms)
 * @param source node index
 * @returns distances in ms, predecessor node/edge per node, settle order
 */
export function shortestPathTree(
  graph: Graph,
  source: number,
  disabledEdges?: Uint8Array,
  disabledNodes?: Uint8Array,
  options?: PathOptions,
): ShortestPathTree {
  const n = graph.nodeCount;
  if (source < 0 || source >= n) throw new RangeError(`shortestPathTree: source ${source} is not a node index (0..${n - 1})`);
  const tree = options?.into ?? createShortestPathTree(n);
  if (tree.dist.length < n) throw new RangeError('shortestPathTree: the `into` tree is smaller than the graph');
  tree.source = source;
  tree.settledCount = dijkstraInto(
    graph,
    source,
    options?.edgeWeight ?? graph.edgeWeight,
    disabledEdges,
    disabledNodes,
    tree.dist,
    tree.predNode,
    tree.predEdge,
    tree.order,
    0,
  );
  return tree;
}

/**
 * Dijkstra writing into caller-provided arrays at offset `base` (so all-pairs can write
 * rows of its matrices directly). Returns the number of settled nodes.
 */
function dijkstraInto(
  graph: Graph,
  source: number,
  weight: Float64Array,
  disabledEdges: Uint8Array | undefined,
  disabledNodes: Uint8Array | undefined,
  dist: Float64Array,
  predNode: Int32Array,
  predEdge: Int32Array,
  order: Int32Array | undefined,
  base: number,
): number {
  const n = graph.nodeCount;
  const { offsets, adjNode, adjEdge, nodeTransit } = graph;
  ensureScratch(n);
  const heap = heapNodes;
  const pos = heapPos;
  for (let i = 0; i < n; i++) {
    dist[base + i] = Infinity;
    predNode[base + i] = -1;
    predEdge[base + i] = -1;
    pos[i] = -1; // -1: never queued; -2: settled; ≥ 0: index in heap
  }
  if (disabledNodes && disabledNodes[source]) return 0;
  let size = 1;
  heap[0] = source;
  pos[source] = 0;
  dist[base + source] = 0;
  let settled = 0;
  while (size > 0) {
    const u: number = heap[0]!;
    pos[u] = -2;
    size--;
    if (size > 0) {
      // Sift the last element down from the root.
      const last = heap[size]!;
      const dl = dist[base + last]!;
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= size) break;
        let dc = dist[base + heap[c]!]!;
        const r = c + 1;
        if (r < size) {
          const dr = dist[base + heap[r]!]!;
          if (dr < dc) {
            c = r;
            dc = dr;
          }
        }
        if (dc >= dl) break;
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
    const du = dist[base + u]! + (u === source ? 0 : nodeTransit[u]!);
    const end = offsets[u + 1]!;
    for (let k: number = offsets[u]!; k < end; k++) {
      const v = adjNode[k]!;
      const pv = pos[v]!;
      if (pv === -2) continue;
      const e = adjEdge[k]!;
      if (disabledEdges && disabledEdges[e]) continue;
      if (disabledNodes && disabledNodes[v]) continue;
      const nd = du + weight[e]!;
      if (nd < dist[base + v]!) {
        dist[base + v] = nd;
        predNode[base + v] = u;
        predEdge[base + v] = e;
        // Insert or decrease-key: sift up from its slot.
        let i = pv === -1 ? size++ : pv;
        while (i > 0) {
          const p = (i - 1) >> 1;
          const hp = heap[p]!;
          if (dist[base + hp]! <= nd) break;
          heap[i] = hp;
          pos[hp] = i;
          i = p;
        }
        heap[i] = v;
        pos[v] = i;
      }
    }
  }
  return settled;
}

/**
 * Lowest-RTT paths between every pair of nodes: a search from each node. Masks and
 * `edgeWeight` work as in {@link shortestPathTree}.
 *
 * When every usable circuit weighs more than 0 ms (and weights and transit times are
 * finite), each search uses a bucket queue (Dial's algorithm) instead of the binary heap:
 * buckets a little narrower than the lightest circuit, so every node in the lowest
 * non-empty bucket already has its final RTT and can be settled without ordering the
 * bucket. Each node still takes the minimum over its neighbours of the same floating-point
 * sum (neighbour RTT + neighbour transit + circuit RTT), so `dist` is bit-for-bit what the
 * heap search gives; among exactly equal-RTT paths the one chosen (`pred`) may differ.
 * Otherwise, or when the buckets would mostly be empty (weights spanning many orders of
 * magnitude), it uses the heap: O(n·(m + n) log n).
 *
 * @returns n×n matrices: `dist` in ms (Infinity when unreachable), `pred`/`predEdge` for
 *   rebuilding paths with {@link pathBetween}
 */
export function allPairsShortestPaths(
  graph: Graph,
  disabledEdges?: Uint8Array,
  disabledNodes?: Uint8Array,
  edgeWeight?: Float64Array,
): AllPairsPaths {
  const n = graph.nodeCount;
  const dist = new Float64Array(n * n);
  const pred = new Int32Array(n * n);
  const predEdge = new Int32Array(n * n);
  const weight = edgeWeight ?? graph.edgeWeight;
  const plan = planBuckets(graph, weight, disabledEdges, disabledNodes);
  let s = 0;
  if (plan) {
    const search = new BucketSearch(graph, plan);
    for (; s < n; s++) {
      if (disabledNodes && disabledNodes[s]) {
        dist.fill(Infinity, s * n, s * n + n);
        pred.fill(-1, s * n, s * n + n);
        predEdge.fill(-1, s * n, s * n + n);
        continue;
      }
      search.run(s);
      dist.set(search.dist, s * n);
      pred.set(search.pred, s * n);
      predEdge.set(search.predEdge, s * n);
      // Scanning empty buckets is the one cost the heap does not have; past this, the
      // weights span too wide a range for buckets to pay, so the heap does the rest.
      if (search.emptySteps > 4 * search.arcSteps + 64 * n) {
        s++;
        break;
      }
    }
  }
  for (; s < n; s++) {
    dijkstraInto(graph, s, weight, disabledEdges, disabledNodes, dist, pred, predEdge, undefined, s * n);
  }
  return { nodeCount: n, dist, pred, predEdge };
}

/**
 * Bucket width as a fraction of the lightest circuit. Strictly below 1 so that, with
 * rounding, a relaxed node always lands in a later bucket than the node it was relaxed
 * from: the lightest circuit spans 1 / (1 − 2^-20) ≈ 1 + 2^-20 bucket widths, while each
 * addition and multiplication is off by at most 2^-53 relatively, which moves a bucket
 * index by at most about 5 · 2^-53 · index: under 2^-22 while the index stays below
 * {@link MAX_BUCKET}.
 */
const BUCKET_WIDTH_FRACTION = 1 - 2 ** -20;
/** Largest absolute bucket index allowed (which also keeps `(d * inv) | 0` an exact floor). */
const MAX_BUCKET = 2 ** 28;
/** Largest ring of buckets: the heaviest arc over the bucket width, rounded up to a power of two. */
const MAX_RING = 2 ** 16;

interface BucketPlan {
  /** Bucket index of an RTT d is `(d * inv) | 0`. */
  inv: number;
  /** Ring size − 1 (ring size is a power of two). */
  mask: number;
  /** Circuit RTT per CSR arc, ms; Infinity for a disabled circuit or an arc into a disabled node. */
  arcWeight: Float64Array;
}

/**
 * Decides whether the bucket queue is exact and worthwhile for these weights and masks, and
 * if so precomputes per-arc weights (masks folded in as Infinity, which never relaxes).
 */
function planBuckets(graph: Graph, weight: Float64Array, disabledEdges: Uint8Array | undefined, disabledNodes: Uint8Array | undefined): BucketPlan | undefined {
  const { nodeCount: n, edgeCount: m, edgeFrom, edgeTo, nodeTransit, adjNode, adjEdge } = graph;
  let transitMax = 0;
  let transitSum = 0;
  for (let u = 0; u < n; u++) {
    if (disabledNodes && disabledNodes[u]) continue;
    const t = nodeTransit[u]!;
    if (!(t >= 0 && t < Infinity)) return undefined;
    transitSum += t;
    if (t > transitMax) transitMax = t;
  }
  let wMin = Infinity;
  let wMax = 0;
  let wSum = 0;
  for (let e = 0; e < m; e++) {
    if (disabledEdges && disabledEdges[e]) continue;
    if (disabledNodes && (disabledNodes[edgeFrom[e]!] || disabledNodes[edgeTo[e]!])) continue;
    const w = weight[e]!;
    // Zero weights leave no room for a bucket width; NaN, negative and infinite ones go to the heap as they always did.
    if (!(w > 0 && w < Infinity)) return undefined;
    wSum += w;
    if (w < wMin) wMin = w;
    if (w > wMax) wMax = w;
  }
  if (wMin === Infinity) return undefined;
  const inv = 1 / (wMin * BUCKET_WIDTH_FRACTION);
  // Every settled RTT is a simple path's cost (≤ all weights + all transit), and a relaxation adds one arc.
  if (!((wSum + transitSum + wMax + transitMax) * inv < MAX_BUCKET)) return undefined;
  const span = Math.ceil((wMax + transitMax) * inv) + 2;
  if (span > MAX_RING) return undefined;
  let ring = 1;
  while (ring < span) ring <<= 1;
  const arcWeight = new Float64Array(adjNode.length);
  for (let k = 0; k < adjNode.length; k++) {
    const e = adjEdge[k]!;
    arcWeight[k] = (disabledEdges && disabledEdges[e]) || (disabledNodes && disabledNodes[adjNode[k]!]) ? Infinity : weight[e]!;
  }
  return { inv, mask: ring - 1, arcWeight };
}

/**
 * Single-source search with a bucket queue (Dial's algorithm on a ring of buckets), for
 * {@link allPairsShortestPaths}. Buckets are lists of entries; a node moved to a lower
 * bucket leaves a stale entry behind, skipped when its bucket comes up (its `bucket` no
 * longer matches). A bucket's nodes are final, because relaxing any of them lands at least
 * one bucket further on, so neither a settled check nor an order within the bucket is needed:
 * a relaxation can never beat a settled node's RTT.
 */
class BucketSearch {
  readonly dist: Float64Array;
  readonly pred: Int32Array;
  readonly predEdge: Int32Array;
  /** Empty buckets stepped over, and arcs scanned, over all runs so far. */
  emptySteps = 0;
  arcSteps = 0;
  private readonly bucket: Int32Array;
  private readonly head: Int32Array;
  private readonly entryNode: Int32Array;
  private readonly entryNext: Int32Array;

  constructor(
    private readonly graph: Graph,
    private readonly plan: BucketPlan,
  ) {
    const n = graph.nodeCount;
    this.dist = new Float64Array(n);
    this.pred = new Int32Array(n);
    this.predEdge = new Int32Array(n);
    this.bucket = new Int32Array(n);
    this.head = new Int32Array(plan.mask + 1).fill(-1);
    // One entry for the source plus at most one per improvement, i.e. per arc.
    this.entryNode = new Int32Array(graph.adjNode.length + 1);
    this.entryNext = new Int32Array(graph.adjNode.length + 1);
  }

  /** Fills `dist`, `pred`, `predEdge` for `source` (which must not be disabled). */
  run(source: number): void {
    const { offsets, adjNode, adjEdge, nodeTransit } = this.graph;
    const { inv, mask, arcWeight } = this.plan;
    const { dist, pred, predEdge, bucket, head, entryNode, entryNext } = this;
    dist.fill(Infinity);
    pred.fill(-1);
    predEdge.fill(-1);
    bucket.fill(-1);
    dist[source] = 0;
    bucket[source] = 0;
    entryNode[0] = source;
    entryNext[0] = -1;
    head[0] = 0;
    let entries = 1;
    let pending = 1;
    let current = 0;
    let emptySteps = 0;
    let arcSteps = 0;
    while (pending > 0) {
      let slot = current & mask;
      while (head[slot] === -1) {
        current++;
        slot = current & mask;
        emptySteps++;
      }
      const entry = head[slot]!;
      head[slot] = entryNext[entry]!;
      pending--;
      const u = entryNode[entry]!;
      if (bucket[u] !== slot) continue; // stale: u moved to a lower bucket (and is settled by now)
      const du = dist[u]! + (u === source ? 0 : nodeTransit[u]!);
      const start = offsets[u]!;
      const end = offsets[u + 1]!;
      arcSteps += end - start;
      for (let k = start; k < end; k++) {
        const v = adjNode[k]!;
        const nd = du + arcWeight[k]!;
        if (nd < dist[v]!) {
          dist[v] = nd;
          pred[v] = u;
          predEdge[v] = adjEdge[k]!;
          const b = ((nd * inv) | 0) & mask;
          if (bucket[v] !== b) {
            bucket[v] = b;
            entryNode[entries] = v;
            entryNext[entries] = head[b]!;
            head[b] = entries++;
            pending++;
          }
        }
      }
    }
    this.emptySteps += emptySteps;
    this.arcSteps += arcSteps;
  }
}

/**
 * Rebuilds the path from `from` to `to` out of a tree (rooted at `from`) or an all-pairs
 * result. Returns `undefined` when `to` is unreachable; a one-node path when from === to.
 */
export function pathBetween(paths: ShortestPathTree | AllPairsPaths, graph: Graph, from: number, to: number): GraphPath | undefined {
  let pred: Int32Array;
  let predEdge: Int32Array;
  let base: number;
  if ('nodeCount' in paths) {
    pred = paths.pred;
    predEdge = paths.predEdge;
    base = from * paths.nodeCount;
    if (!Number.isFinite(paths.dist[base + to]!)) return undefined;
  } else {
    if (paths.source !== from) throw new RangeError(`pathBetween: the tree is rooted at ${paths.source}, not ${from}`);
    pred = paths.predNode;
    predEdge = paths.predEdge;
    base = 0;
    if (!Number.isFinite(paths.dist[to]!)) return undefined;
  }
  const nodes: number[] = [to];
  const edges: number[] = [];
  let v = to;
  let guard = graph.nodeCount;
  while (v !== from) {
    const e = predEdge[base + v]!;
    const p = pred[base + v]!;
    if (e < 0 || p < 0 || guard-- <= 0) return undefined;
    edges.push(e);
    nodes.push(p);
    v = p;
  }
  nodes.reverse();
  edges.reverse();
  return { nodes, edges };
}
