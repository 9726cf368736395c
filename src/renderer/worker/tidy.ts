/** The schematic "Tidy" layout: regions as boxes, circuits as edges, laid out by elkjs. */

export interface TidyInput {
  nodes: { id: string; width: number; height: number }[];
  edges: { id: string; from: string; to: string }[];
}
export type TidyResult = Record<string, { x: number; y: number }>;

interface ElkLike {
  layout(graph: unknown): Promise<{ children?: { id: string; x?: number; y?: number }[] }>;
}

export async function layoutGraph(elk: ElkLike, input: TidyInput): Promise<TidyResult> {
  const graph = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': '60',
      'elk.layered.spacing.nodeNodeBetweenLayers': '240',
      'elk.separateConnectedComponents': 'true',
      'elk.spacing.componentComponent': '80',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: input.nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: input.edges.map((e) => ({ id: e.id, sources: [e.from], targets: [e.to] })),
  };
  const out = await elk.layout(graph);
  const result: TidyResult = {};
  for (const c of out.children ?? []) result[c.id] = { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) };
  return result;
}
