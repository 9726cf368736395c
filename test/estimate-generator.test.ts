import { describe, expect, it } from 'vitest';
import { generateLargeDesign, mulberry32 } from '../scripts/generate-large.ts';
import { parseDesign, serializeDesign } from '../src/core/model/index.ts';
import { buildGraph } from '../src/core/graph/graph.ts';
import { connectedComponents } from '../src/core/graph/connectivity.ts';

function connected(d: ReturnType<typeof generateLargeDesign>): boolean {
  const g = buildGraph(
    d.regions.map((r) => ({ id: r.id, transitMs: 0 })),
    d.circuits.map((c) => ({ id: c.id, from: c.from, to: c.to, weight: 1 })),
  );
  return connectedComponents(g).count === 1;
}

describe('large design generator', () => {
  it('is deterministic for a seed and produces a valid, connected 200/600/100 design', () => {
    const a = generateLargeDesign({ regions: 200, circuits: 600, services: 100, seed: 42 });
    const b = generateLargeDesign({ regions: 200, circuits: 600, services: 100, seed: 42 });
    expect(serializeDesign(a)).toBe(serializeDesign(b));
    expect([a.regions.length, a.circuits.length, a.services.length]).toEqual([200, 600, 100]);
    const parsed = parseDesign(serializeDesign(a));
    expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(connected(a)).toBe(true);
    expect(a.regions.filter((r) => r.kind === 'cloud-region').every((r) => r.providerRegion)).toBe(true);
    expect(a.services.some((s) => s.replication)).toBe(true);
    expect(a.scenarios!.length).toBeGreaterThan(3);
  });

  it('scales to 1000 regions and 3000 circuits', () => {
    const d = generateLargeDesign({ regions: 1000, circuits: 3000, services: 100, seed: 7 });
    expect([d.regions.length, d.circuits.length]).toEqual([1000, 3000]);
    expect(connected(d)).toBe(true);
    expect(new Set(d.circuits.map((c) => c.id)).size).toBe(3000);
  });

  it('mulberry32 gives the same stream for the same seed, in [0, 1)', () => {
    const r1 = mulberry32(42);
    const r2 = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => r1());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => r2()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
  });
});
