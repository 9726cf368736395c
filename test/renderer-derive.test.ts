import { describe, expect, it } from 'vitest';
import { FlowDeriver, pathElements, type DeriveInput } from '../src/renderer/canvas/derive.ts';
import { applyCommand } from '../src/renderer/model/commands.ts';
import { generateDesign } from '../e2e/fixtures/generateDesign.ts';

const design = generateDesign(200, 600, 100, 7);

function input(over: Partial<DeriveInput> = {}): DeriveInput {
  return {
    design,
    selection: new Set(),
    dragPositions: {},
    layout: 'schematic',
    locate: () => undefined,
    failed: new Set(),
    serviceStatus: new Map(),
    pathRegions: new Set(),
    pathCircuits: new Set(),
    circuitEstimates: new Map(),
    ...over,
  };
}

describe('canvas nodes derived from the design', () => {
  it('dragging one region hands React Flow exactly one new node object', () => {
    const d = new FlowDeriver();
    const before = d.nodes(input());
    const id = design.regions[17]!.id;
    const during = d.nodes(input({ dragPositions: { [id]: { x: 5, y: 5 } } }));
    const changed = during.filter((n, i) => n !== before[i]);
    expect(changed.map((n) => n.id)).toEqual([id]);
    const edgesBefore = d.edges(input());
    const edgesDuring = d.edges(input({ dragPositions: { [id]: { x: 5, y: 5 } } }));
    expect(edgesDuring.filter((e, i) => e !== edgesBefore[i])).toHaveLength(0);
  });

  it('editing one service re-creates only the nodes of its placements', () => {
    const d = new FlowDeriver();
    const before = d.nodes(input());
    const svc = design.services[3]!;
    const next = applyCommand(design, { type: 'setField', kind: 'service', id: svc.id, path: ['name'], value: 'Renamed' });
    const after = d.nodes(input({ design: next }));
    const changed = after.filter((n) => !before.includes(n)).map((n) => n.id);
    expect(changed.sort()).toEqual(svc.placements.map((p) => `svc:${svc.id}@${p}`).sort());
  });

  it('services are children of their region, after it in the list', () => {
    const nodes = new FlowDeriver().nodes(input());
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    for (const n of nodes) if (n.parentId) expect(index.get(n.parentId)!).toBeLessThan(index.get(n.id)!);
    expect(nodes.filter((n) => n.type === 'service')).toHaveLength(design.services.reduce((s, x) => s + x.placements.length, 0));
  });

  it('a path of region ids lights the circuits between consecutive regions', () => {
    const c = design.circuits[0]!;
    const { regions, circuits } = pathElements([c.from, c.to], design);
    expect([...regions]).toEqual([c.from, c.to]);
    expect(circuits.has(c.id)).toBe(true);
  });

  it('the rerouted circuits of a drill are the only edges re-derived, and carry their label', () => {
    const d = new FlowDeriver();
    const before = d.edges(input());
    const id = design.circuits[9]!.id;
    const after = d.edges(input({ rerouted: new Map([[id, 'rerouted: App users in A → served from B']]) }));
    const changed = after.filter((e, i) => e !== before[i]);
    expect(changed.map((e) => e.id)).toEqual([id]);
    expect(changed[0]!.data!.rerouted).toBe('rerouted: App users in A → served from B');
    expect(changed[0]!.ariaLabel).toMatch(/circuit, rerouted: App users in A → served from B$/);
  });
});
