/**
 * Which circuits the far-zoom layer of a large design draws (src/renderer/canvas/lod.ts):
 * only plain ones; anything selected, highlighted, failed, rerouted or marked stays a React Flow
 * edge with its own element, classes and pointer events.
 */
import { describe, expect, it } from 'vitest';
import { isPlainCircuit } from '../src/renderer/canvas/lod.ts';
import type { CircuitFlowEdge } from '../src/renderer/canvas/derive.ts';

const edge = (over: Partial<CircuitFlowEdge> = {}, data: Partial<NonNullable<CircuitFlowEdge['data']>> = {}): CircuitFlowEdge => ({
  id: 'c1',
  type: 'circuit',
  source: 'a',
  target: 'b',
  selected: false,
  data: {
    circuit: { id: 'c1', from: 'a', to: 'b', type: 'mpls', bandwidthMbps: 1000 } as NonNullable<CircuitFlowEdge['data']>['circuit'],
    estimate: undefined,
    layout: 'schematic',
    dimmed: false,
    onPath: false,
    ...data,
  },
  ...over,
});

describe('isPlainCircuit', () => {
  it('is true for a circuit with nothing to show of its own', () => {
    expect(isPlainCircuit(edge())).toBe(true);
  });
  it('is false for a selected, on-path, failed or rerouted circuit', () => {
    expect(isPlainCircuit(edge({ selected: true }))).toBe(false);
    expect(isPlainCircuit(edge({}, { onPath: true }))).toBe(false);
    expect(isPlainCircuit(edge({}, { dimmed: true }))).toBe(false);
    expect(isPlainCircuit(edge({}, { rerouted: 'rerouted: web' }))).toBe(false);
  });
  it('is false for a circuit marked by review (comment badge, compared change)', () => {
    expect(isPlainCircuit(edge({ className: 'ns-has-comments' }))).toBe(false);
    expect(isPlainCircuit(edge({ className: 'ns-diff-changed' }))).toBe(false);
  });
});
