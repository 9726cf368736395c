import { describe, expect, it } from 'vitest';
import { errorStats, fitLatencyModel, percentile, predictRow, type FitOptions, type FitRow } from './fit.ts';
import { buildHubRouting, type Backbone, type LatencyParameters } from './model.ts';

// A small made-up backbone: a ring of four hubs with one long submarine chord.
const backbone: Backbone = {
  version: 1,
  description: 'test ring',
  source: 'test',
  hubs: [
    { id: 'w', city: 'West', lat: 40, lon: -90, note: '' },
    { id: 'e', city: 'East', lat: 40, lon: -10, note: '' },
    { id: 's', city: 'South', lat: -10, lon: -50, note: '' },
    { id: 'n', city: 'North', lat: 60, lon: -50, note: '' },
  ],
  corridors: [
    { a: 'w', b: 'n', kind: 'terrestrial', note: '' },
    { a: 'n', b: 'e', kind: 'submarine', note: '' },
    { a: 'e', b: 's', kind: 'submarine', note: '' },
    { a: 's', b: 'w', kind: 'terrestrial', note: '' },
  ],
};

const truth: LatencyParameters = {
  pathFactor: 1.3,
  fixedOverheadMs: 3,
  perHubMs: 0.8,
  accessInflation: 1.4,
  terrestrialInflation: 1.2,
  submarineInflation: 1,
  attachHubs: 2,
  directMaxKm: 300,
  attachReachFactor: 2,
  attachReachKm: 100,
};

const options: FitOptions = {
  accessGrid: [1.2, 1.3, 1.4, 1.5, 1.6],
  terrestrialGrid: [1.0, 1.1, 1.2, 1.3],
  submarineInflation: 1,
  attachHubs: 2,
  directMaxKm: 300,
  attachReachFactor: 2,
  attachReachKm: 100,
  worstCount: 3,
};

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function syntheticRows(): FitRow[] {
  const rnd = lcg(11);
  const sites = Array.from({ length: 14 }, (_, i) => {
    const hub = backbone.hubs[i % 4]!;
    return { id: `site${i}`, lat: hub.lat + (rnd() - 0.5) * 12, lon: hub.lon + (rnd() - 0.5) * 12 };
  });
  const routing = buildHubRouting(backbone, truth.terrestrialInflation, truth.submarineInflation);
  const rows: FitRow[] = [];
  for (let i = 0; i < sites.length; i++) {
    for (let j = i + 1; j < sites.length; j++) {
      const a = sites[i]!;
      const b = sites[j]!;
      rows.push({ key: `${a.id}|${b.id}`, groupA: a.id, groupB: b.id, a, b, rttMs: predictRow(routing, truth, a, b) });
    }
  }
  return rows;
}

describe('fitLatencyModel', () => {
  it('recovers the parameters that generated the data, with near-zero held-out error', () => {
    const fit = fitLatencyModel(syntheticRows(), backbone, options);
    expect(fit.params.accessInflation).toBe(1.4);
    expect(fit.params.terrestrialInflation).toBe(1.2);
    expect(fit.params.pathFactor).toBeCloseTo(1.3, 3);
    expect(fit.params.fixedOverheadMs).toBeCloseTo(3, 2);
    expect(fit.params.perHubMs).toBeCloseTo(0.8, 2);
    expect(fit.folds).toBe(14);
    expect(fit.heldOut.model.count).toBe(2 * fit.pairs);
    expect(fit.heldOut.model.p95Pct).toBeLessThan(0.5);
    // Distance alone cannot follow the ring's detours.
    expect(fit.heldOut.baseline.medianPct).toBeGreaterThan(fit.heldOut.model.medianPct);
  });

  it('gives the same result on every run, and the same parameters whatever the row order', () => {
    const rows = syntheticRows();
    const first = fitLatencyModel(rows, backbone, options);
    expect(fitLatencyModel(rows, backbone, options)).toEqual(first);
    const reversed = fitLatencyModel([...rows].reverse(), backbone, options);
    expect(reversed.params.pathFactor).toBeCloseTo(first.params.pathFactor, 9);
    expect(reversed.heldOut.model.medianPct).toBeCloseTo(first.heldOut.model.medianPct, 6);
  });
});

describe('error summaries', () => {
  it('interpolate percentiles between order statistics', () => {
    expect(percentile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(percentile([0, 10], 0.9)).toBe(9);
    const s = errorStats([4, 1, 3, 2]);
    expect(s).toMatchObject({ count: 4, medianPct: 2.5, meanPct: 2.5 });
  });
});
