// Rerouted traffic in named scenarios: which user regions reach another serving region, or
// the same one over other circuits, once failover completes — what a drill draws on the canvas.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulateDesign, type ScenarioResult } from '../src/core/simulate/index.ts';
import { designFrom, sampleDesign, testCatalog } from './simulate-catalog.ts';

const catalog = testCatalog();
const svc = (r: ScenarioResult, id: string) => r.services.find((s) => s.service === id)!;
const canonicalText = readFileSync(join(__dirname, '..', 'samples', 'dual-region-active-active.netstudio.yaml'), 'utf8');

/** The canonical sample plus a Frankfurt – US East circuit and a scenario that cuts the peering. */
function canonicalWithSecondPath(): string {
  const text = canonicalText
    .replace('circuits:\n', 'circuits:\n  - { id: vpn-fra-use1, from: fra-dc, to: aws-use1, type: ipsec-vpn, bandwidthMbps: 1000, encrypted: true, latencyMs: 90 }\n')
    .concat('  - { id: cut-peering, name: Peering cut, fail: [peer-use1-euw1] }\n');
  expect(text).toContain('vpn-fra-use1');
  return text;
}

describe('reroutes on the canonical sample (DESIGN.md §2)', () => {
  const design = sampleDesign('dual-region-active-active');
  const r = simulateDesign(design, catalog);
  const lose = r.scenarios.find((s) => s.id === 'lose-use1')!;

  it('losing aws-use1 steers its web users to the surviving region, over the internet rather than a failed circuit', () => {
    expect(svc(lose, 'web').reroutes).toEqual([
      { users: 'aws-use1', servedBefore: 'aws-use1', servedFrom: 'aws-euw1', before: [], after: null, overInternet: true },
    ]);
  });

  it('losing aws-use1 promotes orders-db in aws-euw1: its clients there stop crossing the peering', () => {
    const db = svc(lose, 'orders-db').reroutes!;
    expect(db.find((x) => x.users === 'aws-euw1')).toEqual({ users: 'aws-euw1', servedBefore: 'aws-use1', servedFrom: 'aws-euw1', before: ['peer-use1-euw1'], after: [] });
  });

  it('every rerouted path runs over surviving circuits between surviving regions only', () => {
    const failed = new Set(lose.failed);
    const circuits = new Map(design.circuits.map((c) => [c.id, c]));
    for (const s of lose.services) {
      for (const x of s.reroutes ?? []) {
        if (x.servedFrom) expect(failed.has(x.servedFrom)).toBe(false);
        for (const id of x.after ?? []) {
          const c = circuits.get(id)!;
          expect([id, c.from, c.to].filter((e) => failed.has(e))).toEqual([]);
        }
      }
    }
  });

  it('users whose path did not change are not listed', () => {
    expect(svc(lose, 'web').reroutes!.some((x) => x.users === 'aws-euw1')).toBe(false);
  });
});

describe('reroutes after a circuit cut', () => {
  const r = simulateDesign(designFrom(canonicalWithSecondPath()), catalog);
  const cut = r.scenarios.find((s) => s.id === 'cut-peering')!;

  it('cutting the peering keeps orders-db in aws-use1 but carries its aws-euw1 clients through Frankfurt', () => {
    expect(svc(cut, 'orders-db').reroutes).toEqual([
      { users: 'aws-euw1', servedBefore: 'aws-use1', servedFrom: 'aws-use1', before: ['peer-use1-euw1'], after: ['vpn-fra-use1', 'vpn-fra-euw1'] },
    ]);
  });

  it('a service whose users keep their path has no reroutes', () => {
    expect(svc(cut, 'web').reroutes).toEqual([]);
  });

  it('with the second path, losing aws-use1 still reroutes the same users as on the plain sample', () => {
    const lose = r.scenarios.find((s) => s.id === 'lose-use1')!;
    expect(svc(lose, 'web').reroutes!.map((x) => [x.users, x.servedFrom])).toEqual([['aws-use1', 'aws-euw1']]);
  });
});

describe('reroutes under degradations', () => {
  /** a — b — c in a line (10 ms each, no transit time in b) and a slower direct a — c (50 ms); the app in a serves users in c. */
  const triangle = (degrade: string) =>
    designFrom(`schemaVersion: 1
name: triangle
regions:
  - { id: a, name: A, kind: cloud-region, provider: aws, providerRegion: us-east-1 }
  - { id: b, name: B, kind: cloud-region, provider: aws, providerRegion: us-east-2, transitMs: 0 }
  - { id: c, name: C, kind: cloud-region, provider: aws, providerRegion: us-west-2 }
circuits:
  - { id: ab, from: a, to: b, type: transit-gateway-peering, bandwidthMbps: 1000, latencyMs: 10 }
  - { id: bc, from: b, to: c, type: transit-gateway-peering, bandwidthMbps: 1000, latencyMs: 10 }
  - { id: ac, from: a, to: c, type: transit-gateway-peering, bandwidthMbps: 1000, latencyMs: 50 }
services:
  - { id: app, name: App, kind: api, placements: [a], load: { users: { c: 1 } } }
scenarios:
  - { id: slow, name: slow, degrade: [${degrade}] }
`);

  it('extra latency on the path moves the users to a faster one', () => {
    const r = simulateDesign(triangle('{ circuit: ab, addedLatencyMs: 40 }'), catalog);
    expect(svc(r.scenarios[0]!, 'app').reroutes).toEqual([{ users: 'c', servedBefore: 'a', servedFrom: 'a', before: ['ab', 'bc'], after: ['ac'] }]);
  });

  it('extra latency off the path, or a tie with the old path, reroutes nobody', () => {
    expect(svc(simulateDesign(triangle('{ circuit: ac, addedLatencyMs: 5 }'), catalog).scenarios[0]!, 'app').reroutes).toEqual([]);
    // 10 + 30 + 10 = 50 ms: as fast as the direct circuit (which Dijkstra reaches first), so the old path stays.
    expect(svc(simulateDesign(triangle('{ circuit: ab, addedLatencyMs: 30 }'), catalog).scenarios[0]!, 'app').reroutes).toEqual([]);
  });
});

describe('reroutes are computed only for named scenarios', () => {
  it('an N-1 sweep and Monte Carlo report no per-scenario paths', () => {
    const r = simulateDesign(sampleDesign('dual-region-active-active'), catalog, { scenarios: [], sweep: 'n1', monteCarloYears: 5 });
    expect(r.scenarios).toEqual([]);
    expect(JSON.stringify(r.sweep)).not.toContain('reroutes');
    expect(JSON.stringify(r.monteCarlo)).not.toContain('reroutes');
  });
});
