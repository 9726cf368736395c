/**
 * The network as a graph: regions are nodes, circuits are undirected edges, stored in
 * compressed sparse row (CSR) form over typed arrays so that routing and failure sweeps
 * touch contiguous memory and allocate nothing per query.
 */

export interface GraphNodeInput {
  id: string;
  /** Time added when a path passes through this node (not at its ends), ms. */
  transitMs: number;
}

export interface GraphEdgeInput {
  id: string;
  from: string;
  to: string;
  /** Round-trip time of the edge, ms. */
  weight: number;
}

export interface Graph {
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
  readonly nodeIndex: ReadonlyMap<string, number>;
  readonly edgeIndex: ReadonlyMap<string, number>;
  /** Endpoints of edge e: edgeFrom[e], edgeTo[e] (node indexes). */
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  /** RTT of edge e, ms. */
  readonly edgeWeight: Float64Array;
  /** Transit cost of node u, ms. */
  readonly nodeTransit: Float64Array;
  /** CSR: the neighbours of u are adjNode[offsets[u] .. offsets[u+1]), via adjEdge[…]. */
  readonly offsets: Int32Array;
  readonly adjNode: Int32Array;
  readonly adjEdge: Int32Array;
}

/** Builds the CSR graph. Edges whose ends are unknown ids are ignored (validation reports them). */
export function buildGraph(nodes: readonly GraphNodeInput[], edges: readonly GraphEdgeInput[]): Graph {
  const nodeIndex = new Map<string, number>();
  nodes.forEach((n, i) => nodeIndex.set(n.id, i));
  const kept = edges.filter((e) => nodeIndex.has(e.from) && nodeIndex.has(e.to) && e.from !== e.to);
  const n = nodes.length;
  const m = kept.length;
  const edgeFrom = new Int32Array(m);
  const edgeTo = new Int32Array(m);
  const edgeWeight = new Float64Array(m);
  const degree = new Int32Array(n + 1);
  const edgeIndex = new Map<string, number>();
  kept.forEach((e, i) => {
    const u = nodeIndex.get(e.from)!;
    const v = nodeIndex.get(e.to)!;
    edgeFrom[i] = u;
    edgeTo[i] = v;
    edgeWeight[i] = e.weight;
    edgeIndex.set(e.id, i);
    degree[u]!++;
    degree[v]!++;
  });
  const offsets = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) offsets[u + 1] = offsets[u]! + degree[u]!;
  const fill = offsets.slice(0, n);
  const adjNode = new Int32Array(2 * m);
  const adjEdge = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    const u = edgeFrom[e]!;
    const v = edgeTo[e]!;
    adjNode[fill[u]!] = v;
    adjEdge[fill[u]!++] = e;
    adjNode[fill[v]!] = u;
    adjEdge[fill[v]!++] = e;
  }
  const nodeTransit = new Float64Array(n);
  nodes.forEach((node, i) => (nodeTransit[i] = node.transitMs));
  return {
    nodeCount: n,
    edgeCount: m,
    nodeIds: nodes.map((x) => x.id),
    edgeIds: kept.map((x) => x.id),
    nodeIndex,
    edgeIndex,
    edgeFrom,
    edgeTo,
    edgeWeight,
    nodeTransit,
    offsets,
    adjNode,
    adjEdge,
  };
}
