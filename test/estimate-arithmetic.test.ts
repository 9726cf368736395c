/**
 * The estimate's arithmetic, line by line, against expectations written by hand from the
 * price facts in resources/catalog/prices.json (unit prices copied here as literals) and
 * from the samples' own numbers. Nothing below calls the engine's helpers to compute an
 * expectation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDesign, type Design } from '../src/core/model/index.ts';
import { getCatalog } from '../src/core/catalog/index.ts';
import { estimateDesign, type CostItem, type EstimateResult } from '../src/core/estimate/index.ts';

const catalog = getCatalog();

function load(file: string): Design {
  const r = parseDesign(readFileSync(new URL(`../samples/${file}`, import.meta.url), 'utf8'));
  if (!r.design) throw new Error(`${file}: ${JSON.stringify(r.problems)}`);
  return r.design;
}

/** Compact view of an item: [category, element (egress: service@region), priceId, quantity, unitPriceUsd, monthlyUsd]. */
const row = (i: CostItem) =>
  [i.category, i.category === 'egress' ? `${i.element}@${i.region}` : i.element, i.priceId ?? 'design', i.quantity, i.unitPriceUsd, i.monthlyUsd] as const;

function expectItems(result: EstimateResult, expected: (readonly [string, string, string, number, number, number])[]) {
  const got = result.cost.items.map(row);
  expect(got.length).toBe(expected.length);
  for (const want of expected) {
    const hit = got.find((g) => g[0] === want[0] && g[1] === want[1] && g[2] === want[2]);
    expect(hit, `item ${want.slice(0, 3).join(' / ')}`).toBeDefined();
    expect(hit![3]).toBeCloseTo(want[3], 6);
    expect(hit![4]).toBeCloseTo(want[4], 9);
    expect(hit![5]).toBeCloseTo(want[5], 6);
  }
  const total = expected.reduce((a, w) => a + w[5], 0);
  expect(result.cost.monthlyUsd).toBeCloseTo(total, 6);
  expect(result.cost.yearlyUsd).toBeCloseTo(total * 12, 6);
}

// 1 Mbps for a 730-hour month: 1e6 bit/s × 730 h × 3600 s ÷ 8 ÷ 1e9 = 328.5 GB.
const GB_PER_MBPS = 328.5;

describe('sample a: dual-region active-active', () => {
  const design = load('dual-region-active-active.netstudio.yaml');
  const result = estimateDesign(design, catalog);

  it('prices every line from the price facts', () => {
    expectItems(result, [
      // TGW peering attachment: aws.tgw.peering-attachment-hour = 0.05 USD/h
      ['gateway', 'peer-use1-euw1', 'aws.tgw.peering-attachment-hour', 730, 0.05, 730 * 0.05],
      // demand fra-dc → aws-use1, 200 Mbps: fra → euw1 over the VPN (into AWS: free), euw1 → use1
      // over the peering, billed leaving eu-west-1 at aws.inter-region.per-gb.default = 0.02 USD/GB
      ['transfer', 'peer-use1-euw1', 'aws.inter-region.per-gb.default', 200 * 328.5, 0.02, 200 * 328.5 * 0.02],
      // orders-db async replication, 2 MB/s = 16 Mbps from the primary us-east-1 to eu-west-1
      ['replication', 'peer-use1-euw1', 'aws.inter-region.per-gb.default', 2 * 8 * 328.5, 0.02, 2 * 8 * 328.5 * 0.02],
      // Site-to-site VPN connection: aws.vpn.connection-hour = 0.05 USD/h; nothing leaves AWS over it
      ['gateway', 'vpn-fra-euw1', 'aws.vpn.connection-hour', 730, 0.05, 730 * 0.05],
      // One TGW VPC attachment per AWS region on the peering: aws.tgw.attachment-hour = 0.05 USD/h
      ['gateway', 'aws-use1', 'aws.tgw.attachment-hour', 730, 0.05, 730 * 0.05],
      ['gateway', 'aws-euw1', 'aws.tgw.attachment-hour', 730, 0.05, 730 * 0.05],
      // TGW processing of what us-east-1 sends into the TGW (the 16 Mbps replication): 0.02 USD/GB
      ['processing', 'aws-use1', 'aws.tgw.data-processing-gb', 16 * 328.5, 0.02, 16 * 328.5 * 0.02],
      // web: 5,000 GB/month internet egress split 60/40 by users, aws.internet-egress.per-gb.default = 0.09
      ['egress', 'web@aws-use1', 'aws.internet-egress.per-gb.default', 5000 * 0.6, 0.09, 5000 * 0.6 * 0.09],
      ['egress', 'web@aws-euw1', 'aws.internet-egress.per-gb.default', 5000 * 0.4, 0.09, 5000 * 0.4 * 0.09],
    ]);
    expect(result.cost.pricesAsOf).toBe(catalog.pricesAsOf);
    expect(result.cost.byService['orders-db']).toBeCloseTo(16 * GB_PER_MBPS * 0.02, 6);
    expect(result.cost.byService.web).toBeCloseTo(5000 * 0.09, 6);
  });

  it('reports the latency basis of each circuit and pair', () => {
    const vpn = result.circuits.find((c) => c.id === 'vpn-fra-euw1')!;
    expect(vpn.basis).toBe('measured');
    expect(vpn.rttMs).toBe(24);
    const peer = result.circuits.find((c) => c.id === 'peer-use1-euw1')!;
    expect(peer.basis).toBe('published');
    expect(peer.source).toMatch(/published median/);
    const pair = result.latency.find((p) => p.from === 'fra-dc' && p.to === 'aws-use1')!;
    expect(pair.path).toEqual(['fra-dc', 'aws-euw1', 'aws-use1']);
    expect(pair.basis).toBe('published');
    // 24 ms measured + 1 ms transit of the cloud region (catalog default) + the peering's RTT
    expect(pair.rttMs).toBeCloseTo(24 + 1 + peer.rttMs, 9);
    expect(result.latency).toHaveLength(3 * 2);
  });

  it('puts routed traffic on the circuits: 200 Mbps demand + 16 Mbps replication', () => {
    const peer = result.circuits.find((c) => c.id === 'peer-use1-euw1')!;
    expect(peer.forwardMbps).toBeCloseTo(16, 9); // use1 → euw1
    expect(peer.reverseMbps).toBeCloseTo(200, 9); // euw1 → use1
    expect(peer.utilization).toBeCloseTo(200 / 5000, 9);
  });

  it('a pricing override changes the total and says so', () => {
    const overridden = estimateDesign({ ...design, pricing: { overrides: [{ item: 'aws.inter-region.per-gb.default', unitPriceUsd: 0.01 }] } }, catalog);
    const diff = result.cost.monthlyUsd - overridden.cost.monthlyUsd;
    expect(diff).toBeCloseTo((200 + 16) * 328.5 * (0.02 - 0.01), 6);
    expect(overridden.cost.overridesUsed).toEqual(['aws.inter-region.per-gb.default']);
    const items = overridden.cost.items.filter((i) => i.priceId === 'aws.inter-region.per-gb.default');
    expect(items).toHaveLength(2);
    for (const i of items) {
      expect(i.description).toContain('(design override)');
      expect(i.unitPriceUsd).toBe(0.01);
    }
  });

  it("a circuit's monthlyCostUsd replaces its price model", () => {
    const d = { ...design, circuits: design.circuits.map((c) => (c.id === 'peer-use1-euw1' ? { ...c, monthlyCostUsd: 999 } : c)) };
    const r = estimateDesign(d, catalog);
    const own = r.cost.items.filter((i) => i.circuit === 'peer-use1-euw1');
    expect(own.map((i) => [i.monthlyUsd, i.override])).toEqual([[999, true]]);
    expect(r.circuits.find((c) => c.id === 'peer-use1-euw1')!.monthlyUsd).toBe(999);
  });

  it('flags a measured latency below the physical floor', () => {
    // Frankfurt ↔ Dublin is ~1,090 km: the fibre floor is ~10.7 ms, so 2 ms is impossible.
    const d = { ...design, circuits: design.circuits.map((c) => (c.id === 'vpn-fra-euw1' ? { ...c, latencyMs: 2 } : c)) };
    const r = estimateDesign(d, catalog);
    const f = r.findings.find((x) => x.rule === 'latency-below-floor');
    expect(f?.severity).toBe('error');
    expect(f?.elements).toEqual(['vpn-fra-euw1']);
    expect(f?.message).toMatch(/physically impossible/);
    expect(estimateDesign(design, catalog).findings.filter((x) => x.rule === 'latency-below-floor')).toEqual([]);
  });
});

describe('sample b: HQ hub and spokes', () => {
  const design = load('hq-hub-spoke.netstudio.yaml');
  const result = estimateDesign(design, catalog);

  it('prices every line from the price facts and the design\'s own prices', () => {
    expectItems(result, [
      // The hub interconnect has a negotiated flat price: monthlyCostUsd 18,000 replaces the price model.
      ['circuit', 'hub-interconnect', 'design', 1, 18000, 18000],
      // MPLS at the design's override of carrier.mpls.per-mbps-month: 30 USD per Mbps-month
      // (the catalog's 200 is a 2016 market midpoint).
      ['circuit', 'nyc-mpls', 'carrier.mpls.per-mbps-month', 500, 30, 500 * 30],
      ['circuit', 'atl-mpls', 'carrier.mpls.per-mbps-month', 500, 30, 500 * 30],
      ['circuit', 'den-mpls', 'carrier.mpls.per-mbps-month', 300, 30, 300 * 30],
      ['circuit', 'tor-mpls', 'carrier.mpls.per-mbps-month', 300, 30, 300 * 30],
      // on-prem IPsec and WireGuard ride IP transit: carrier.ip-transit.per-mbps-month = 9.5
      ['circuit', 'nyc-vpn', 'carrier.ip-transit.per-mbps-month', 200, 9.5, 200 * 9.5],
      ['circuit', 'atl-vpn', 'carrier.ip-transit.per-mbps-month', 100, 9.5, 100 * 9.5],
      ['circuit', 'tor-vpn', 'carrier.ip-transit.per-mbps-month', 100, 9.5, 100 * 9.5],
      ['circuit', 'sea-wg', 'carrier.ip-transit.per-mbps-month', 300, 9.5, 300 * 9.5],
      // 1,000 Mbps Direct Connect: one 1G dedicated port, aws.dx.dedicated-port-hour.1g = 0.30 USD/h;
      // the backup flow goes into AWS over it, and data into AWS is free
      ['port', 'chi-dx', 'aws.dx.dedicated-port-hour.1g', 730, 0.3, 730 * 0.3],
      // AWS VPN to Dallas: aws.vpn.connection-hour = 0.05 USD/h (it carries nothing while the DX is up)
      ['gateway', 'dal-vpn-aws', 'aws.vpn.connection-hour', 730, 0.05, 730 * 0.05],
      // backup vault: 200 GB/month internet egress from us-east-1 at 0.09 USD/GB
      ['egress', 'backup@aws-use1', 'aws.internet-egress.per-gb.default', 200, 0.09, 200 * 0.09],
    ]);
    const overridden = result.cost.items.filter((i) => i.override).map((i) => i.element).sort();
    expect(overridden).toEqual(['atl-mpls', 'den-mpls', 'hub-interconnect', 'nyc-mpls', 'tor-mpls']);
  });

  it('routes by BGP policy: branches prefer MPLS (local-pref 200) and never carry hub-to-hub traffic', () => {
    expect(result.routing).toBe('bgp-policy');
    const flow = (id: string) => result.traffic.find((f) => f.owner === id)!;
    expect(flow('backup-flow').circuits).toEqual(['chi-dx']);
    expect(flow('voice-tor').circuits).toEqual(['tor-mpls']);
    expect(flow('voice-nyc').circuits).toEqual(['nyc-mpls']);
    const hubs = result.latency.find((p) => p.from === 'hq-chi' && p.to === 'hq-dal')!;
    expect(hubs.path).toEqual(['hq-chi', 'hq-dal']);
    expect(result.circuits.find((c) => c.id === 'tor-vpn')!.mbps).toBe(0);
    expect(result.circuits.find((c) => c.id === 'dal-vpn-aws')!.mbps).toBe(0);
  });

  it('derives user traffic from requests × response size × peak factor', () => {
    // fw (active-active; New York is nearest hq-chi): 3000 req/s × 8 kB × 8 / 1000 × 35 % × 3 (peak);
    // erp (primary hq-chi): 600 req/s × 40 kB × 8 / 1000 × 30 % × 3
    const nyc = result.circuits.find((c) => c.id === 'nyc-mpls')!;
    expect(nyc.mbps).toBeCloseTo(((3000 * 8 * 8) / 1000) * 0.35 * 3 + ((600 * 40 * 8) / 1000) * 0.3 * 3, 6);
    expect(nyc.utilization).toBeCloseTo(nyc.mbps / 500, 9);
    expect(result.overloaded).toEqual([]);
    expect(result.defaultsUsed.map((d) => d.field)).toEqual(expect.arrayContaining(['peakFactor']));
  });

  it('reports an overload when a branch circuit is too small', () => {
    const d = { ...design, circuits: design.circuits.map((c) => (c.id === 'nyc-mpls' ? { ...c, bandwidthMbps: 200 } : c)) };
    const r = estimateDesign(d, catalog);
    expect(r.overloaded).toContain('nyc-mpls');
    expect(r.findings.some((f) => f.rule === 'circuit-overloaded' && f.elements[0] === 'nyc-mpls')).toBe(true);
  });
});

describe('latency of every reachable pair', () => {
  const TYPES = ['mpls', 'ipsec-vpn', 'wireguard', 'sd-wan', 'dark-fiber', 'internet', 'direct-connect'] as const;
  it('has a basis and never undercuts the fibre floor (random coordinates)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ lat: fc.double({ min: -60, max: 70, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) }), { minLength: 2, maxLength: 7 }),
        fc.array(fc.record({ a: fc.nat(), b: fc.nat(), type: fc.constantFrom(...TYPES), bw: fc.integer({ min: 10, max: 10000 }) }), { maxLength: 12 }),
        (points, links) => {
          const n = points.length;
          const circuits = links
            .map((l, i) => ({ id: `c${i}`, from: `r${l.a % n}`, to: `r${(l.a + 1 + (l.b % (n - 1))) % n}`, type: l.type, bandwidthMbps: l.bw }))
            .filter((c) => c.from !== c.to);
          const design: Design = {
            schemaVersion: 1,
            name: 'random',
            regions: points.map((p, i) => ({ id: `r${i}`, name: `r${i}`, kind: 'datacenter', provider: 'onprem', location: { lat: p.lat, lon: p.lon } })),
            circuits,
            services: [],
            demands: circuits.slice(0, 3).map((c) => ({ from: c.from, to: c.to, mbps: 50 })),
          };
          const r = estimateDesign(design, catalog);
          // reachable ordered pairs, by union-find
          const parent = points.map((_, i) => i);
          const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
          for (const c of circuits) parent[find(Number(c.from.slice(1)))] = find(Number(c.to.slice(1)));
          let pairs = 0;
          for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j && find(i) === find(j)) pairs++;
          expect(r.latency).toHaveLength(pairs);
          for (const p of r.latency) {
            expect(['measured', 'published', 'estimated']).toContain(p.basis);
            expect(p.rttMs).toBeGreaterThanOrEqual(p.floorMs - 1e-9);
            expect(p.path[0]).toBe(p.from);
            expect(p.path.at(-1)).toBe(p.to);
          }
          for (const c of r.circuits) expect(c.rttMs).toBeGreaterThanOrEqual(c.floorMs - 1e-9);
        },
      ),
      { numRuns: 40 },
    );
  });
});
