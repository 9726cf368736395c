/**
 * Level of detail of the canvas when zoomed out (see Canvas.tsx and CircuitLayer.tsx).
 */
import type { CircuitFlowEdge } from './derive.ts';

/**
 * A plain circuit: nothing about it needs its own element, classes or pointer events, so at
 * far zoom on a large design the circuit layer draws it. Selected, on-path, failed, rerouted
 * and review-marked (comment, compared change) circuits stay React Flow edges.
 */
export function isPlainCircuit(edge: CircuitFlowEdge): boolean {
  const d = edge.data;
  return !edge.selected && !edge.className && !!d && !d.dimmed && !d.onPath && !d.rerouted;
}
