/**
 * Far-zoom circuits of a large design, drawn as one SVG layer instead of thousands of React
 * Flow edges. Every mounted React Flow edge subscribes to the flow store and recomputes its
 * end points on every viewport change, so panning a 3000-circuit design zoomed out spent most
 * of each frame in edge selectors; and each edge is a few SVG elements to hit-test and paint.
 *
 * Only plain circuits come here: a circuit that is selected, on a highlighted path, failed or
 * rerouted in a drill, or marked by review (comment, compared change) stays a React Flow edge,
 * with its classes, label and pointer behaviour. The plain ones are a handful of `<path>`
 * elements (one per stroke colour), in the same shapes the edges draw, under the nodes. The
 * trade: at far zoom (< 0.3) a plain circuit of a large design cannot be clicked on the canvas
 * (it is a fraction of a pixel wide there); zoom in, or pick it in a panel or the palette.
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { getBezierPath, useStore as useFlowStore, useStoreApi, type InternalNode } from '@xyflow/react';
import type { CircuitFlowEdge } from './derive.ts';
import { arcPath } from './geo.ts';
import { utilizationColor } from './format.ts';
import { floatingEnds } from './nodes.tsx';

interface Cached {
  edge: CircuitFlowEdge;
  a: InternalNode;
  b: InternalNode;
  d: string;
}

/**
 * The viewport's portal element (content that pans and zooms with the canvas), looked up once:
 * React Flow's ViewportPortal looks it up with a querySelector in a store selector, which runs
 * on every pan frame.
 */
export function useViewportPortalHost(): Element | null {
  const store = useStoreApi();
  const [host, setHost] = useState<Element | null>(null);
  useEffect(() => setHost(store.getState().domNode?.querySelector('.react-flow__viewport-portal') ?? null), [store]);
  return host;
}

export const CircuitLayer = memo(function CircuitLayer({ edges }: { edges: CircuitFlowEdge[] }) {
  const store = useStoreApi();
  // Node positions change with `nodes` (drags, edits); the viewport does not re-render this.
  const nodes = useFlowStore((s) => s.nodes);
  const cache = useRef(new Map<string, Cached>());
  const groups = useMemo(() => {
    void nodes;
    const { nodeLookup } = store.getState();
    const byColour = new Map<string, string[]>();
    const next = new Map<string, Cached>();
    for (const edge of edges) {
      const a = nodeLookup.get(edge.source);
      const b = nodeLookup.get(edge.target);
      if (!a || !b || !edge.data) continue;
      const old = cache.current.get(edge.id);
      let d: string;
      if (old && old.edge === edge && old.a === a && old.b === b) d = old.d;
      else if (edge.data.layout === 'map' && edge.data.from && edge.data.to) d = arcPath(edge.data.from, edge.data.to);
      else d = getBezierPath(floatingEnds(a, b))[0];
      next.set(edge.id, { edge, a, b, d });
      const colour = utilizationColor(edge.data.estimate?.utilization) ?? '';
      let list = byColour.get(colour);
      if (!list) byColour.set(colour, (list = []));
      list.push(d);
    }
    cache.current = next;
    return [...byColour].map(([colour, ds]) => ({ colour, d: ds.join(' ') }));
  }, [edges, nodes, store]);
  const host = useViewportPortalHost();
  if (!host) return null;
  return createPortal(
    <svg className="ns-circuit-layer" role="img" aria-label={`${edges.length} circuits; zoom in to select one`}>
      {groups.map((g) => (
        <path key={g.colour} className="ns-circuit" d={g.d} style={g.colour ? { stroke: g.colour } : undefined} />
      ))}
    </svg>,
    host,
  );
});
