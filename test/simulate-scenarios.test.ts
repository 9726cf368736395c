// Scenario evaluation as a user reads it: RTO with its breakdown, RPO per replication mode,
// latency after failover, degradations, partitions, provider outages — and the canonical contract.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mathisThroughputMbps, simulateDesign, type ScenarioResult } from '../src/core/simulate/index.ts';
import { designFrom, sampleDesign, testCatalog } from './simulate-catalog.ts';

const catalog = testCatalog();
const svc = (r: ScenarioResult, id: string) => r.services.find((s) => s.service === id)!;

/** Three regions in a line a — b — c (measured RTTs), plus whatever the test adds. */
function line(services: string, extra = '', scenarios = ''): string {
  return `schemaVersion: 1
name: test
regions:
  - { id: a, name: A, kind: cloud-region, provider: aws, providerRegion: us-east-1 }
  - { id: b, name: B, kind: cloud-region, provider: aws, providerRegion: us-east-2 }
  - { id: c, name: C, kind: cloud-region, provider: aws, providerRegion: us-west-2 }
circuits:
  - { id: ab, from: a, to: b, type: transit-gateway-peering, bandwidthMbps: 1000, latencyMs: 12 }
  - { id: bc, from: b, to: c, type: transit-gateway-peering, bandwidthMbps: 1000, latencyMs: 50 }
${extra}
services:
${services}
scenarios:
  - { id: lose-a, name: lose a, fail: [a] }
  - { id: lose-c, name: lose c, fail: [c] }
${scenarios}`;
}

describe('the canonical example (DESIGN.md §2)', () => {
  const r = simulateDesign(sampleDesign('dual-region-active-active'), catalog);
  const lose = r.scenarios.find((s) => s.id === 'lose-use1')!;

  it('losing aws-use1 gives web an RTO of 90 s: 30 s detection + 60 s DNS TTL', () => {
    const web = svc(lose, 'web');
    expect(web.available).toBe(true);
    expect(web.rtoSeconds).toBe(90);
    expect(web.rtoBreakdown).toMatchObject({ detectionSeconds: 30, propagationSeconds: 60, promotionSeconds: 0, warmUpSeconds: 0 });
    expect(web.meetsRto).toBe(true);
    expect(web.servingRegions).toEqual(['aws-euw1']);
  });

  it('orders-db fails its 900 s RTO: manual reaction, promotion and warm-up come from the catalog', () => {
    const db = svc(lose, 'orders-db');
    const d = catalog.defaults;
    expect(db.rtoBreakdown.detectionSeconds).toBe(90);
    expect(db.rtoBreakdown.propagationSeconds).toBe(d.manualReactionSeconds.value);
    expect(db.rtoBreakdown.promotionSeconds).toBe(120);
    expect(db.rtoBreakdown.warmUpSeconds).toBe(d.standbyWarmupSeconds.warm.value);
    expect(db.meetsRto).toBe(90 + d.manualReactionSeconds.value + 120 + d.standbyWarmupSeconds.warm.value <= 900);
    // async: 1 s interval + one-way latency across the Atlantic (tens of ms)
    expect(db.rpoSeconds).toBeGreaterThan(1.02);
    expect(db.rpoSeconds).toBeLessThan(1.1);
    expect(r.ok).toBe(false);
  });

  it('a service the scenario does not touch has RTO 0', () => {
    const design = sampleDesign('dual-region-active-active');
    design.scenarios = [{ id: 'lose-fra', name: 'lose Frankfurt', fail: ['fra-dc'] }];
    const res = simulateDesign(design, catalog);
    for (const s of res.scenarios[0]!.services) {
      expect(s.rtoSeconds).toBe(0);
      expect(s.rpoSeconds).toBe(0);
      expect(s.affected).toBe(false);
    }
  });

  it('builds a timeline: failure, detection, propagation, recovery and traffic moving to the survivor', () => {
    const t = r.timeline!;
    expect(t.scenario).toBe('lose-use1');
    const web = t.events.filter((e) => e.service === 'web').map((e) => [e.kind, e.tSeconds]);
    expect(web).toEqual([['detection', 30], ['propagation', 90], ['recovery', 90]]);
    const traffic = t.traffic.filter((p) => p.service === 'web');
    expect(traffic[0]!.servedShareByRegion).toEqual({ 'aws-use1': 0.6, 'aws-euw1': 0.4 });
    expect(traffic[1]!.tSeconds).toBe(0);
    expect(traffic[1]!.unservedShare).toBeCloseTo(0.6, 12);
    expect(traffic[2]!).toMatchObject({ tSeconds: 90, servedShareByRegion: { 'aws-euw1': 1 } });
  });
});

describe('RPO by replication mode', () => {
  const ap = (replication: string, objectives = '{ rpoSeconds: 5 }') => `
  - id: db
    name: DB
    kind: database
    placements: [a, b]
    topology: active-passive
    primary: a
    replication: ${replication}
    failover: { mechanism: dns, standby: hot }
    objectives: ${objectives}`;
  const rpo = (replication: string, objectives?: string) => {
    const r = simulateDesign(designFrom(line(ap(replication, objectives))), catalog);
    return svc(r.scenarios[0]!, 'db');
  };

  it('sync: 0', () => expect(rpo('{ mode: sync }').rpoSeconds).toBe(0));
  it('async: interval + one-way latency (12 ms RTT → 6 ms)', () => expect(rpo('{ mode: async, intervalSeconds: 2 }').rpoSeconds).toBeCloseTo(2.006, 9));
  it('async: unbounded when the write rate exceeds the path (200 MB/s = 1600 Mbps > 1000 Mbps)', () => {
    const o = rpo('{ mode: async, intervalSeconds: 1, writeMBps: 200 }');
    expect(o.rpoSeconds).toBeNull();
    expect(o.meetsRpo).toBe(false);
  });
  it('async: unbounded when reserved replication bandwidth is below the write rate', () =>
    expect(rpo('{ mode: async, intervalSeconds: 1, writeMBps: 2, bandwidthMbps: 8 }').rpoSeconds).toBeNull());
  it('crdt: 0, with a convergence time', () => {
    const o = rpo('{ mode: crdt, intervalSeconds: 1 }');
    expect(o.rpoSeconds).toBe(0);
    expect(o.convergenceSeconds).toBeCloseTo(1.006, 9);
  });
  it('snapshot: its interval', () => {
    const o = rpo('{ mode: snapshot, intervalSeconds: 3600 }');
    expect(o.rpoSeconds).toBe(3600);
    expect(o.meetsRpo).toBe(false);
  });
  it('none: unbounded', () => expect(rpo('{ mode: none }').rpoSeconds).toBeNull());
  it('sync adds the replica RTT to every write and fails a tighter latency objective', () => {
    const o = rpo('{ mode: sync }', '{ latencyP95Ms: 10 }');
    expect(o.syncWriteAddedMs).toBe(12);
    expect(o.meetsLatency).toBe(false);
  });
  it('active-passive promotion adds promotion and warm-up to the RTO', () => {
    const r = simulateDesign(designFrom(line(`
  - id: db
    name: DB
    kind: database
    placements: [a, b]
    topology: active-passive
    primary: a
    failover: { mechanism: bgp, bfd: true, healthCheckIntervalSeconds: 1, failureThreshold: 3, promotionSeconds: 30, standby: cold }
    objectives: { rtoSeconds: 600 }`)), catalog);
    const o = svc(r.scenarios[0]!, 'db');
    expect(o.rtoBreakdown).toEqual({
      detectionSeconds: 3,
      propagationSeconds: catalog.defaults.bfdDetectionSeconds.value,
      promotionSeconds: 30,
      warmUpSeconds: catalog.defaults.standbyWarmupSeconds.cold.value,
      dependencyWaitSeconds: 0,
    });
    expect(o.meetsRto).toBe(false);
    // losing the standby's region does not touch the primary
    expect(svc(r.scenarios[1]!, 'db').rtoSeconds).toBe(0);
  });
});

describe('availability', () => {
  it('users cut off from every placement make the service unavailable with no RTO', () => {
    const design = designFrom(line(`
  - id: app
    name: App
    kind: api
    placements: [a]
    load: { users: { c: 1 } }
    objectives: { rtoSeconds: 60 }`, '', '  - { id: cut, name: cut bc, fail: [bc] }'));
    const r = simulateDesign(design, catalog);
    const cut = r.scenarios.find((s) => s.id === 'cut')!;
    expect(svc(cut, 'app')).toMatchObject({ available: false, rtoSeconds: null, meetsRto: false, servedShare: 0 });
  });

  it('survivors without the capacity for the load leave the service unavailable', () => {
    const design = designFrom(line(`
  - id: web
    name: Web
    kind: web
    placements: [a, b, c]
    topology: active-active
    capacityRps: 1000
    load: { requestsPerSecond: 2500 }`));
    const r = simulateDesign(design, catalog);
    const o = svc(r.scenarios[0]!, 'web');
    expect(o.available).toBe(false);
    expect(o.notes.join(' ')).toMatch(/capacity: 2 instance\(s\) × 1000 req\/s < 2500 req\/s/);
  });

  it('a dependency that is unavailable makes its dependants unavailable; a slower one stretches their RTO', () => {
    const design = designFrom(line(`
  - id: web
    name: Web
    kind: web
    placements: [a, b]
    topology: active-active
    dependsOn: [db]
    failover: { mechanism: dns, healthCheckIntervalSeconds: 10, failureThreshold: 3, dnsTtlSeconds: 60 }
  - id: db
    name: DB
    kind: database
    placements: [a, b]
    topology: active-passive
    primary: a
    replication: { mode: sync }
    failover: { mechanism: dns, healthCheckIntervalSeconds: 10, failureThreshold: 3, dnsTtlSeconds: 60, promotionSeconds: 100, standby: hot }`));
    const r = simulateDesign(design, catalog);
    const web = svc(r.scenarios[0]!, 'web');
    expect(svc(r.scenarios[0]!, 'db').rtoSeconds).toBe(190);
    expect(web.rtoSeconds).toBe(190);
    expect(web.rtoBreakdown.dependencyWaitSeconds).toBe(100);
  });

  it('users see the RTT to the survivor after failover, checked against latencyP95Ms', () => {
    const design = designFrom(line(`
  - id: web
    name: Web
    kind: web
    placements: [a, c]
    topology: active-active
    load: { users: { b: 1 } }
    objectives: { latencyP95Ms: 40 }`));
    const r = simulateDesign(design, catalog);
    const lost = svc(r.scenarios[0]!, 'web');
    expect(lost.latencyP95Ms).toBe(50);
    expect(lost.meetsLatency).toBe(false);
    expect(svc(r.scenarios[1]!, 'web')).toMatchObject({ latencyP95Ms: 12, meetsLatency: true, rtoSeconds: 0 });
  });
});

describe('degradation, partition and provider outage', () => {
  it('degradation adds latency and bounds TCP throughput by the Mathis formula', () => {
    const design = designFrom(line(`
  - id: web
    name: Web
    kind: web
    placements: [a]
    load: { users: { c: 1 } }`, '', '  - { id: slow, name: slow bc, degrade: [{ circuit: bc, addedLatencyMs: 30, packetLossPercent: 1 }] }'));
    const r = simulateDesign(design, catalog);
    const slow = r.scenarios.find((s) => s.id === 'slow')!;
    expect(svc(slow, 'web').latencyP95Ms).toBeCloseTo(12 + 80 + catalog.defaults.regionTransitMs['cloud-region'].value, 9);
    const d = slow.degradations[0]!;
    expect(d.rttMs).toBe(80);
    // 1460 B · 8 / 0.08 s · √1.5 / √0.01 = 1.788 Mbps
    expect(d.tcpThroughputMbps).toBeCloseTo(((1460 * 8) / 0.08) * Math.sqrt(1.5) / 0.1 / 1e6, 9);
    expect(mathisThroughputMbps(80, 0)).toBe(Infinity);
  });

  it('a partition separates two groups even when a third region could relay', () => {
    const design = designFrom(line(`
  - id: web
    name: Web
    kind: web
    placements: [a]
    load: { users: { c: 1 } }`, '  - { id: ac, from: a, to: c, type: transit-gateway-peering, bandwidthMbps: 1000, latencyMs: 70 }', '  - { id: split, name: split, partition: [[a], [c]] }'));
    const r = simulateDesign(design, catalog);
    const split = r.scenarios.find((s) => s.id === 'split')!;
    expect(split.failed).toEqual(['ac']);
    expect(svc(split, 'web').available).toBe(false);
  });

  it('a provider outage fails every region of that provider', () => {
    const design = sampleDesign('dual-region-active-active');
    design.scenarios = [{ id: 'aws-down', name: 'AWS down', providerOutage: ['aws'] }];
    const r = simulateDesign(design, catalog);
    expect(r.scenarios[0]!.failed).toEqual(['aws-use1', 'aws-euw1']);
    expect(svc(r.scenarios[0]!, 'web').available).toBe(false);
  });

  it('an unknown scenario id is a clear error', () => {
    expect(() => simulateDesign(sampleDesign('dual-region-active-active'), catalog, { scenarios: ['nope'] })).toThrow(/no scenario "nope" in the design \(it has: lose-use1\)/);
  });
});

describe('every sample simulates', () => {
  const samples = readdirSync(join(__dirname, '..', 'samples')).filter((f) => f.endsWith('.netstudio.yaml') && !f.startsWith('large'));
  it.each(samples)('%s', (file) => {
    const r = simulateDesign(sampleDesign(file.replace('.netstudio.yaml', '')), catalog, { sweep: 'n1', monteCarloYears: 20, seed: 3 });
    expect(r.sweep!.worst.length).toBe(r.monteCarlo!.services.length);
    for (const sc of r.scenarios) for (const s of sc.services) expect(s.rtoSeconds === null || s.rtoSeconds >= 0).toBe(true);
  });
});
