/**
 * Lowest-latency routing over the CSR {@link Graph}: Dijkstra from one source (a shortest
 * path tree) and from every source (all pairs), with predecessor arrays to rebuild paths.
 *
 * Path RTT = sum of the edge weights along the path + `nodeTransit` of every intermediate
 * node (the two ends add nothing). Weights and transit costs must be ≥ 0 ms.
 *
 * The heap is an indexed binary heap on typed arrays with decrease-key; its buffers are
 * reused between calls, so a query allocates nothing beyond its result (and nothing at all
 * when the caller passes `into`).
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
 * Lowest-RTT paths between every pair of nodes: Dijkstra from each node, O(n·(m + n) log n).
 * Masks work as in {@link shortestPathTree}.
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
  for (let s = 0; s < n; s++) {
    dijkstraInto(graph, s, weight, disabledEdges, disabledNodes, dist, pred, predEdge, undefined, s * n);
  }
  return { nodeCount: n, dist, pred, predEdge };
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
