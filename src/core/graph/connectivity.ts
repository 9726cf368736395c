/**
 * Reachability and single points of failure over the CSR {@link Graph}: connected
 * components, bridges (edges whose loss splits a component) and articulation points
 * (nodes whose loss splits a component). Tarjan's low-link algorithm, written iteratively
 * with explicit typed-array stacks so 1000+ node chains cannot overflow the call stack.
 * Parallel edges (two circuits between the same regions) are handled: neither is a bridge.
 */
import type { Graph } from './graph.ts';

/** Component labels: `componentOf[u]` in 0..count-1, or -1 for a disabled node. */
export interface Components {
  count: number;
  componentOf: Int32Array;
}

/**
 * Labels the connected components (breadth-first search). Disabled nodes get -1 and do not
 * count; disabled edges carry nothing. Masks as in `shortestPathTree`.
 */
export function connectedComponents(graph: Graph, disabledEdges?: Uint8Array, disabledNodes?: Uint8Array): Components {
  const n = graph.nodeCount;
  const { offsets, adjNode, adjEdge } = graph;
  const componentOf = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let count = 0;
  for (let r = 0; r < n; r++) {
    if (componentOf[r] !== -1 || (disabledNodes && disabledNodes[r])) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = r;
    componentOf[r] = count;
    while (head < tail) {
      const u = queue[head++]!;
      const end = offsets[u + 1]!;
      for (let k = offsets[u]!; k < end; k++) {
        const v = adjNode[k]!;
        if (componentOf[v] !== -1) continue;
        if (disabledEdges && disabledEdges[adjEdge[k]!]) continue;
        if (disabledNodes && disabledNodes[v]) continue;
        componentOf[v] = count;
        queue[tail++] = v;
      }
    }
    count++;
  }
  return { count, componentOf };
}

/** Bridges and articulation points of the graph (with optional failure masks). */
export interface CutElements {
  /** Edge indexes whose removal disconnects their component, ascending. */
  bridges: number[];
  /** Node indexes whose removal disconnects their component, ascending. */
  articulationPoints: number[];
}

/**
 * Finds bridges and articulation points in one depth-first pass (iterative Tarjan).
 * O(n + m) time, typed-array memory.
 */
export function findCutElements(graph: Graph, disabledEdges?: Uint8Array, disabledNodes?: Uint8Array): CutElements {
  const n = graph.nodeCount;
  const { offsets, adjNode, adjEdge, edgeFrom, edgeTo } = graph;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parentEdge = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n);
  const stack = new Int32Array(n);
  const isCut = new Uint8Array(n);
  const bridges: number[] = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1 || (disabledNodes && disabledNodes[root])) continue;
    let top = 0;
    stack[top++] = root;
    disc[root] = low[root] = time++;
    cursor[root] = offsets[root]!;
    let rootChildren = 0;
    while (top > 0) {
      const u = stack[top - 1]!;
      const k = cursor[u]!;
      if (k < offsets[u + 1]!) {
        cursor[u] = k + 1;
        const e = adjEdge[k]!;
        if (e === parentEdge[u]) continue;
        if (disabledEdges && disabledEdges[e]) continue;
        const v = adjNode[k]!;
        if (disabledNodes && disabledNodes[v]) continue;
        if (disc[v] === -1) {
          disc[v] = low[v] = time++;
          parentEdge[v] = e;
          cursor[v] = offsets[v]!;
          stack[top++] = v;
          if (u === root) rootChildren++;
        } else if (disc[v]! < low[u]!) {
          low[u] = disc[v]!;
        }
      } else {
        top--;
        const pe = parentEdge[u]!;
        if (pe === -1) continue;
        const p = edgeFrom[pe] === u ? edgeTo[pe]! : edgeFrom[pe]!;
        if (low[u]! < low[p]!) low[p] = low[u]!;
        if (low[u]! > disc[p]!) bridges.push(pe);
        if (p !== root && low[u]! >= disc[p]!) isCut[p] = 1;
      }
    }
    if (rootChildren > 1) isCut[root] = 1;
  }
  const articulationPoints: number[] = [];
  for (let u = 0; u < n; u++) if (isCut[u]) articulationPoints.push(u);
  bridges.sort((a, b) => a - b);
  return { bridges, articulationPoints };
}

/** Edge indexes that are bridges (single circuits whose loss splits the network), ascending. */
export function findBridges(graph: Graph, disabledEdges?: Uint8Array, disabledNodes?: Uint8Array): number[] {
  return findCutElements(graph, disabledEdges, disabledNodes).bridges;
}

/** Node indexes that are articulation points (regions whose loss splits the network), ascending. */
export function findArticulationPoints(graph: Graph, disabledEdges?: Uint8Array, disabledNodes?: Uint8Array): number[] {
  return findCutElements(graph, disabledEdges, disabledNodes).articulationPoints;
}
