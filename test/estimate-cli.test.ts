import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEstimate } from '../src/cli/commands/estimate.ts';

const sample = (f: string) => new URL(`../samples/${f}`, import.meta.url).pathname;

describe('netstudio estimate', () => {
  it('--json has the DESIGN §6 contract fields', async () => {
    const r = await runEstimate(sample('dual-region-active-active.netstudio.yaml'), { json: true });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.latency[0]).toEqual(expect.objectContaining({ from: expect.any(String), to: expect.any(String), rttMs: expect.any(Number), floorMs: expect.any(Number), basis: expect.any(String), path: expect.any(Array) }));
    expect(out.circuits[0]).toEqual(expect.objectContaining({ id: expect.any(String), rttMs: expect.any(Number), utilization: expect.any(Number) }));
    expect(out.cost).toEqual(expect.objectContaining({ monthlyUsd: expect.any(Number), pricesAsOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), items: expect.any(Array) }));
    for (const k of ['category', 'element', 'description', 'quantity', 'unit', 'unitPriceUsd', 'monthlyUsd', 'source']) expect(out.cost.items[0]).toHaveProperty(k);
  });

  it('prints a latency matrix with basis marks, circuits and a cost total', async () => {
    const r = await runEstimate(sample('dual-region-active-active.netstudio.yaml'), {});
    expect(r.stdout).toMatch(/\b24m\b/);
    expect(r.stdout).toMatch(/\b\d+p\b/);
    expect(r.stdout).toMatch(/m = measured/);
    expect(r.stdout).toMatch(/Total: [\d,.]+ USD\/month/);
    expect(r.stdout).toMatch(/prices as of \d{4}-\d{2}-\d{2}/);
  });

  it('exits 2 with a located message on bad input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ns-est-'));
    const f = join(dir, 'bad.netstudio.yaml');
    writeFileSync(f, 'schemaVersion: 1\nname: x\nregions:\n  - id: a\n    kind: nowhere\n');
    const r = await runEstimate(f, {});
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.netstudio\.yaml:\d+:\d+: error/);
    expect((await runEstimate(join(dir, 'missing.yaml'), {})).code).toBe(2);
  });

  it('exits 1 when the estimate finds an overloaded circuit', async () => {
    expect((await runEstimate(sample('hq-hub-spoke.netstudio.yaml'), {})).code).toBe(0);
    // The same HQ design with New York's MPLS cut to 100 Mbps: its users need ~374 Mbps at peak.
    const dir = mkdtempSync(join(tmpdir(), 'ns-est-'));
    const f = join(dir, 'small-nyc.netstudio.yaml');
    const text = readFileSync(sample('hq-hub-spoke.netstudio.yaml'), 'utf8');
    expect(text).toContain('id: nyc-mpls, from: br-nyc, to: hq-chi, type: mpls, bandwidthMbps: 500');
    writeFileSync(f, text.replace('id: nyc-mpls, from: br-nyc, to: hq-chi, type: mpls, bandwidthMbps: 500', 'id: nyc-mpls, from: br-nyc, to: hq-chi, type: mpls, bandwidthMbps: 100'));
    const r = await runEstimate(f, {});
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/circuit-overloaded.*nyc-mpls/);
  });
});
