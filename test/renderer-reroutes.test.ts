// A drill's rerouted traffic as the canvas shows it: sentences with the design's names and a
// label per circuit that carries rerouted traffic (edges: test/renderer-derive.test.ts).
import { describe, expect, it } from 'vitest';
import { simulateDesign } from '../src/core/simulate/index.ts';
import { drillOutcome, reroutedCircuits, reroutedTraffic } from '../src/renderer/canvas/reroutes.ts';
import { designFrom, sampleDesign, testCatalog } from './simulate-catalog.ts';

const sample = sampleDesign('active-passive-dr');
const simulation = simulateDesign(sample, testCatalog());

describe('rerouted traffic of a drill', () => {
  it('losing the peering sends the Irish users of the payments API through Munich, and says so per circuit', () => {
    const outcome = drillOutcome({ scenarioId: 'lose-peering', step: 2 }, simulation, undefined)!;
    const traffic = reroutedTraffic(outcome, sample);
    const api = traffic.find((t) => t.service === 'payments-api')!;
    expect(api.summary).toMatch(/^Payments API users in AWS EU \(Ireland\) → served from AWS EU \(Frankfurt\)$/);
    expect(api.detail).toBe(`${api.summary} over ${api.reroute.after!.join(', ')}`);
    const labels = reroutedCircuits(traffic);
    expect([...labels.keys()].sort()).toEqual(['muc-vpn-dub', 'muc-vpn-fra']);
    // One label per circuit, one clause per rerouted user region it carries.
    expect(labels.get('muc-vpn-fra')).toMatch(/^rerouted: /);
    expect(labels.get('muc-vpn-fra')!.replace(/^rerouted: /, '').split('; ')).toContain(api.summary);
    expect(labels.has('tgw-peer')).toBe(false);
  });

  it('users steered over the internet mark no circuit', () => {
    const outcome = drillOutcome({ scenarioId: 'lose-frankfurt', step: 2 }, simulation, undefined)!;
    const traffic = reroutedTraffic(outcome, sample);
    expect(traffic.some((t) => t.detail.endsWith(' over the internet'))).toBe(true);
    for (const t of traffic.filter((x) => x.reroute.overInternet)) expect(t.reroute.after).toBeNull();
  });

  it('a scenario without reroutes describes nothing', () => {
    const design = designFrom(`schemaVersion: 1
name: one
regions:
  - { id: a, name: A, kind: cloud-region, provider: aws, providerRegion: us-east-1 }
services:
  - { id: app, name: App, kind: api, placements: [a] }
scenarios:
  - { id: lose-app, name: lose app, fail: [app] }
`);
    const r = simulateDesign(design, testCatalog());
    const traffic = reroutedTraffic(r.scenarios[0], design);
    expect(traffic.map((t) => t.detail)).toEqual(['App users in A → no healthy instance reachable']);
    expect(reroutedCircuits(traffic).size).toBe(0);
  });
});
