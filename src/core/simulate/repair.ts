/**
 * Incremental shortest-path-tree repair for failure sweeps.
 *
 * Removing edges or nodes can only lengthen paths, and a node whose tree path avoids every
 * failed element keeps its distance exactly (its old path survives and was already the
 * best). So only the subtrees hanging below a failed element are recomputed: they are
 * contiguous ranges of the tree's pre-order, reset to ∞ and filled by a Dijkstra seeded
 * from their surviving neighbours. A failure off the tree costs O(1).
 *
 * Distances are bit-for-bit those of a full recompute: both evaluate the same float
 * expression `dist[u] + transit[u] + weight[e]` and take the minimum over the same paths.
 */
import type { Graph } from '../graph/graph.ts';
import { shortestPathTree, type ShortestPathTree } from '../graph/paths.ts';

/** An intact tree plus the pre-order index that makes subtrees contiguous ranges. */
export interface RepairableTree {
  source: number;
  /** Intact RTT from the source to each node, ms (Infinity when unreachable). */
  dist: Float64Array;
  predNode: Int32Array;
  predEdge: Int32Array;
  /** treeChildOfEdge[e] = the node entered through tree edge e, or -1 when e is off the tree. */
  treeChildOfEdge: Int32Array;
  /** Pre-order position of each reachable node (-1 when unreachable). */
  pre: Int32Array;
  /** Subtree size of each node (0 when unreachable). */
  subtreeSize: Int32Array;
  /** Nodes by pre-order position. */
  preOrder: Int32Array;
}

/** Builds the intact tree from `source` and its pre-order index. O((n + m) log n). */
export function buildRepairableTree(graph: Graph, source: number): RepairableTree {
  const t: ShortestPathTree = shortestPathTree(graph, source);
  return treeFromArrays(graph, source, t.dist.slice(), t.predNode.slice(), t.predEdge.slice());
}

/**
 * Indexes a shortest-path tree given by its arrays (taken over, not copied): children,
 * pre-order and subtree sizes, so later failures can be repaired on top of it. O(n + m).
 */
export function treeFromArrays(graph: Graph, source: number, dist: Float64Array, predNode: Int32Array, predEdge: Int32Array): RepairableTree {
  const n = graph.nodeCount;
  const treeChildOfEdge = new Int32Array(graph.edgeCount).fill(-1);
  const childCount = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) {
    const e = predEdge[v]!;
    if (e >= 0) {
      treeChildOfEdge[e] = v;
      childCount[predNode[v]! + 1]!++;
    }
  }
  for (let v = 0; v < n; v++) childCount[v + 1]! += childCount[v]!;
  const childStart = childCount.slice();
  const children = new Int32Array(n);
  const fill = childCount.slice(0, n);
  for (let v = 0; v < n; v++) if (predEdge[v]! >= 0) children[fill[predNode[v]!]!++] = v;

  const pre = new Int32Array(n).fill(-1);
  const subtreeSize = new Int32Array(n);
  const preOrder = new Int32Array(n);
  let count = 0;
  if (dist[source] === 0) {
    const stack = new Int32Array(n);
    let sp = 0;
    stack[sp++] = source;
    while (sp > 0) {
      const u = stack[--sp]!;
      pre[u] = count;
      preOrder[count++] = u;
      for (let k = childStart[u + 1]! - 1; k >= childStart[u]!; k--) stack[sp++] = children[k]!;
    }
    for (let i = count - 1; i >= 0; i--) {
      const u = preOrder[i]!;
      subtreeSize[u]! += 1;
      const p = predNode[u]!;
      if (p >= 0) subtreeSize[p]! += subtreeSize[u]!;
    }
  }
  return { source, dist, predNode, predEdge, treeChildOfEdge, pre, subtreeSize, preOrder };
}

/**
 * Repairs trees after failures, reusing its scratch across calls (single-threaded engine).
 * The result is an overlay on the intact tree: only cut-off nodes are stored, so a
 * failure that misses the tree costs nothing. Read it with {@link TreeRepairer.distAt}, or
 * call {@link TreeRepairer.materialize} to get full arrays.
 */
export class TreeRepairer {
  /** Full result arrays, filled by {@link TreeRepairer.materialize}. */
  readonly dist: Float64Array;
  readonly predNode: Int32Array;
  readonly predEdge: Int32Array;
  /** Nodes whose distance this repair recomputed (first `changedCount`). */
  readonly changed: Int32Array;
  changedCount = 0;
  private readonly sDist: Float64Array;
  private readonly sPredNode: Int32Array;
  private readonly sPredEdge: Int32Array;
  private readonly stamp: Int32Array;
  private epoch = 0;
  private readonly heap: Int32Array;
  private readonly pos: Int32Array;
  private readonly graph: Graph;
  private tree: RepairableTree | undefined;

  constructor(graph: Graph) {
    const n = graph.nodeCount;
    this.graph = graph;
    this.dist = new Float64Array(n);
    this.predNode = new Int32Array(n);
    this.predEdge = new Int32Array(n);
    this.sDist = new Float64Array(n);
    this.sPredNode = new Int32Array(n);
    this.sPredEdge = new Int32Array(n);
    this.changed = new Int32Array(n);
    this.stamp = new Int32Array(n);
    this.heap = new Int32Array(n);
    this.pos = new Int32Array(n);
  }

  /** Inserts v (or lowers its key) in the heap ordered by the scratch distances; returns the new size. */
  private push(v: number, nd: number, size0: number): number {
    const { heap, pos } = this;
    const dist = this.sDist;
    let size = size0;
    const pv = pos[v]!;
    let i = pv === -1 ? size++ : pv;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const hp = heap[p]!;
      if (dist[hp]! <= nd) break;
      heap[i] = hp;
      pos[hp] = i;
      i = p;
    }
    heap[i] = v;
    pos[v] = i;
    return size;
  }

  /** RTT from the tree's source to v after the last repair, ms (Infinity when cut off). */
  distAt(v: number): number {
    return this.stamp[v] === this.epoch ? this.sDist[v]! : this.tree!.dist[v]!;
  }

  /** Whether the last repair recomputed v. */
  isChanged(v: number): boolean {
    return this.stamp[v] === this.epoch;
  }

  /** The last repair's result as a new repairable tree (failures on top of failures, as in N-2). */
  toTree(): RepairableTree {
    this.materialize();
    return treeFromArrays(this.graph, this.tree!.source, this.dist.slice(), this.predNode.slice(), this.predEdge.slice());
  }

  /** Writes the last repair's full result into `dist`, `predNode` and `predEdge`. */
  materialize(): void {
    const t = this.tree!;
    this.dist.set(t.dist);
    this.predNode.set(t.predNode);
    this.predEdge.set(t.predEdge);
    for (let i = 0; i < this.changedCount; i++) {
      const v = this.changed[i]!;
      this.dist[v] = this.sDist[v]!;
      this.predNode[v] = this.sPredNode[v]!;
      this.predEdge[v] = this.sPredEdge[v]!;
    }
  }

  /**
   * Repairs `tree` for the failed elements. `failedEdges`/`failedNodes` list the failed
   * element indexes; the masks must have exactly those flags set. Returns the number of
   * nodes recomputed (0 when the failures miss the tree: the result is the intact tree).
   */
  repair(
    tree: RepairableTree,
    failedEdges: readonly number[],
    failedNodes: readonly number[],
    edgeMask: Uint8Array,
    nodeMask: Uint8Array,
  ): number {
    const { sDist: dist, sPredNode: predNode, sPredEdge: predEdge, changed, stamp } = this;
    const base = tree.dist;
    this.tree = tree;
    this.changedCount = 0;
    if (++this.epoch === 0x7fffffff) {
      stamp.fill(0);
      this.epoch = 1;
    }
    const epoch = this.epoch;
    let count = 0;
    // Cut off the subtree below each failed tree edge and each failed node: a pre-order range.
    for (let f = 0; f < failedEdges.length + failedNodes.length; f++) {
      const root = f < failedEdges.length ? tree.treeChildOfEdge[failedEdges[f]!]! : failedNodes[f - failedEdges.length]!;
      if (root < 0 || stamp[root] === epoch || tree.pre[root]! < 0) continue;
      const start = tree.pre[root]!;
      const end = start + tree.subtreeSize[root]!;
      for (let i = start; i < end; i++) {
        const v = tree.preOrder[i]!;
        if (stamp[v] === epoch) continue;
        stamp[v] = epoch;
        changed[count++] = v;
        dist[v] = Infinity;
        predNode[v] = -1;
        predEdge[v] = -1;
      }
    }
    this.changedCount = count;
    if (count === 0) return 0;
    if (nodeMask[tree.source]) return count;

    const g = this.graph;
    const { offsets, adjNode, adjEdge, nodeTransit, edgeWeight } = g;
    const source = tree.source;
    const heap = this.heap;
    const pos = this.pos;
    let size = 0;
    // pos: -1 not queued, -2 settled, ≥0 heap slot. Only cut-off nodes are ever touched.
    for (let i = 0; i < count; i++) pos[changed[i]!] = -1;
    // Seed every cut-off node from its surviving, still-reached neighbours (intact distances).
    for (let i = 0; i < count; i++) {
      const v = changed[i]!;
      if (nodeMask[v]) continue;
      for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
        const u = adjNode[k]!;
        if (stamp[u] === epoch) continue;
        const e = adjEdge[k]!;
        if (edgeMask[e] || nodeMask[u]) continue;
        const du = base[u]!;
        if (du === Infinity) continue;
        const nd = du + (u === source ? 0 : nodeTransit[u]!) + edgeWeight[e]!;
        if (nd < dist[v]!) {
          dist[v] = nd;
          predNode[v] = u;
          predEdge[v] = e;
          size = this.push(v, nd, size);
        }
      }
    }
    while (size > 0) {
      const u = heap[0]!;
      pos[u] = -2;
      size--;
      if (size > 0) {
        const last = heap[size]!;
        const dl = dist[last]!;
        let i = 0;
        for (;;) {
          let c = 2 * i + 1;
          if (c >= size) break;
          let dc = dist[heap[c]!]!;
          const r = c + 1;
          if (r < size) {
            const dr = dist[heap[r]!]!;
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
      const du = dist[u]! + (u === source ? 0 : nodeTransit[u]!);
      for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
        const v = adjNode[k]!;
        if (stamp[v] !== epoch || pos[v] === -2) continue;
        const e = adjEdge[k]!;
        if (edgeMask[e] || nodeMask[v]) continue;
        const nd = du + edgeWeight[e]!;
        if (nd < dist[v]!) {
          dist[v] = nd;
          predNode[v] = u;
          predEdge[v] = e;
          size = this.push(v, nd, size);
        }
      }
    }
    return count;
  }
}
