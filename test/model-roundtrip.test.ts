// Property: any valid design survives serialize → parse unchanged, with and without a base document.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDesign, serializeDesign, type Design } from '../src/core/model/index.ts';

const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

const designArb: fc.Arbitrary<Design> = fc
  .record({
    name: text,
    description: fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
    regionCount: fc.integer({ min: 2, max: 8 }),
    seedNames: fc.array(text, { minLength: 8, maxLength: 8 }),
    coords: fc.array(fc.tuple(finite(-90, 90), finite(-180, 180)), { minLength: 8, maxLength: 8 }),
    circuitPairs: fc.array(fc.tuple(fc.nat(7), fc.nat(7), finite(0.001, 100000), fc.boolean()), { maxLength: 12 }),
    services: fc.array(fc.tuple(text, fc.nat(7), fc.constantFrom('web', 'database', 'cache' as const), fc.option(finite(0, 86400), { nil: undefined })), { maxLength: 5 }),
  })
  .map(({ name, description, regionCount, seedNames, coords, circuitPairs, services }) => {
    const regions = Array.from({ length: regionCount }, (_, i) => ({
      id: `r${i}`,
      name: seedNames[i]!,
      kind: 'datacenter' as const,
      provider: 'onprem' as const,
      location: { lat: coords[i]![0], lon: coords[i]![1] },
    }));
    const circuits = circuitPairs
      .map(([a, b, bw, enc], i) => ({ id: `c${i}`, from: `r${a % regionCount}`, to: `r${b % regionCount}`, type: 'mpls' as const, bandwidthMbps: bw, encrypted: enc }))
      .filter((c) => c.from !== c.to);
    const svc = services.map(([n, r, kind, rto], i) => ({
      id: `s${i}`,
      name: n,
      kind,
      placements: [`r${r % regionCount}`],
      ...(rto === undefined ? {} : { objectives: { rtoSeconds: rto } }),
    }));
    const d: Design = { schemaVersion: 1, name, regions, circuits, services: svc };
    if (description !== undefined) d.description = description;
    return d;
  });

describe('serialize → parse', () => {
  it('round-trips random valid designs unchanged', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const parsed = parseDesign(serializeDesign(design));
        expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(parsed.design).toEqual(design);
      }),
      { numRuns: 150 },
    );
  });

  it('round-trips edits applied onto the loaded document', () => {
    fc.assert(
      fc.property(designArb, designArb, (before, after) => {
        const base = parseDesign(serializeDesign(before));
        const out = serializeDesign(after, base.yaml);
        expect(parseDesign(out).design).toEqual(after);
      }),
      { numRuns: 100 },
    );
  });
});
