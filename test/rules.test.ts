// Every design rule: one design that triggers it and one that does not, checked through
// lintDesign as `netstudio validate` runs it.
import { describe, expect, it } from 'vitest';
import { lintDesign, RULES } from '../src/core/rules/index.ts';
import { designFrom, sampleDesign, testCatalog } from './simulate-catalog.ts';

const catalog = testCatalog();
const findings = (yaml: string, rule: string) => lintDesign(designFrom(yaml), { catalog, only: [rule] });

const regions = `
regions:
  - { id: fra, name: Frankfurt, kind: cloud-region, provider: aws, providerRegion: eu-central-1 }
  - { id: par, name: Paris, kind: cloud-region, provider: aws, providerRegion: eu-west-3 }
  - { id: dub, name: Dublin, kind: cloud-region, provider: aws, providerRegion: eu-west-1 }
  - { id: lon, name: London, kind: cloud-region, provider: aws, providerRegion: eu-west-2 }
  - { id: gcp-fra, name: GCP Frankfurt, kind: cloud-region, provider: gcp, providerRegion: europe-west3 }
  - { id: office, name: Seattle office, kind: office, provider: onprem, location: { lat: 47.6, lon: -122.3, country: US } }
  - { id: hq, name: New York HQ, kind: datacenter, provider: onprem, location: { lat: 40.7, lon: -74.0, country: US } }`;
const doc = (body: string, withRegions = regions) => `schemaVersion: 1\nname: rules\n${withRegions}\n${body}`;

interface Case {
  rule: string;
  bad: string;
  good: string;
  message: RegExp;
}

const cases: Case[] = [
  {
    rule: 'single-point-of-failure',
    bad: doc(`circuits:
  - { id: c1, from: fra, to: par, type: transit-gateway-peering, bandwidthMbps: 100 }
  - { id: c2, from: par, to: dub, type: transit-gateway-peering, bandwidthMbps: 100 }
services:
  - { id: app, name: App, kind: api, placements: [fra], load: { users: { dub: 1 } } }`),
    good: doc(`circuits:
  - { id: c1, from: fra, to: par, type: transit-gateway-peering, bandwidthMbps: 100 }
  - { id: c2, from: par, to: dub, type: transit-gateway-peering, bandwidthMbps: 100 }
  - { id: c3, from: fra, to: dub, type: transit-gateway-peering, bandwidthMbps: 100 }
services:
  - { id: app, name: App, kind: api, placements: [fra], load: { users: { dub: 1 } } }`),
    message: /losing region par alone cuts dub off from app/,
  },
  {
    rule: 'hub-without-redundancy',
    bad: doc(`circuits:
  - { id: c1, from: fra, to: par, type: transit-gateway-peering, bandwidthMbps: 100 }
  - { id: c2, from: fra, to: dub, type: transit-gateway-peering, bandwidthMbps: 100 }
  - { id: c3, from: fra, to: lon, type: transit-gateway-peering, bandwidthMbps: 100 }`),
    good: doc(`circuits:
  - { id: c1, from: fra, to: par, type: transit-gateway-peering, bandwidthMbps: 100 }
  - { id: c2, from: fra, to: dub, type: transit-gateway-peering, bandwidthMbps: 100 }
  - { id: c3, from: fra, to: lon, type: transit-gateway-peering, bandwidthMbps: 100 }
  - { id: c4, from: gcp-fra, to: par, type: interconnect, bandwidthMbps: 100 }
  - { id: c5, from: gcp-fra, to: dub, type: interconnect, bandwidthMbps: 100 }
  - { id: c6, from: gcp-fra, to: lon, type: interconnect, bandwidthMbps: 100 }`),
    message: /fra is the only hub of 3 spokes \(par, dub, lon\)/,
  },
  {
    rule: 'unencrypted-internet-circuit',
    bad: doc(`circuits:\n  - { id: net, from: office, to: hq, type: internet, bandwidthMbps: 100 }`),
    good: doc(`circuits:\n  - { id: net, from: office, to: hq, type: internet, bandwidthMbps: 100, encrypted: true }`),
    message: /circuit net \(.*\) crosses the public internet unencrypted/,
  },
  {
    rule: 'sync-replication-distance',
    bad: doc(`circuits:\n  - { id: c1, from: fra, to: dub, type: transit-gateway-peering, bandwidthMbps: 1000 }
services:
  - { id: db, name: DB, kind: database, placements: [fra, dub], topology: active-passive, primary: fra, replication: { mode: sync } }`),
    good: doc(`circuits:\n  - { id: c1, from: fra, to: dub, type: transit-gateway-peering, bandwidthMbps: 1000 }
services:
  - { id: db, name: DB, kind: database, placements: [fra, dub], topology: active-passive, primary: fra, replication: { mode: async, intervalSeconds: 1 } }`),
    message: /db replicates synchronously from fra to dub at \d+\.\d ms RTT/,
  },
  {
    rule: 'full-mesh-size',
    bad: doc(
      'circuits:\n' +
        ['fra', 'par', 'dub', 'lon', 'gcp-fra', 'hq']
          .flatMap((a, i, all) => all.slice(i + 1).map((b) => `  - { id: ${a}-${b}, from: ${a}, to: ${b}, type: interconnect, bandwidthMbps: 100 }`))
          .join('\n'),
    ),
    good: doc(
      'circuits:\n' +
        ['fra', 'par', 'dub', 'lon', 'gcp-fra']
          .flatMap((a, i, all) => all.slice(i + 1).map((b) => `  - { id: ${a}-${b}, from: ${a}, to: ${b}, type: interconnect, bandwidthMbps: 100 }`))
          .join('\n'),
    ),
    message: /6 regions are fully meshed: 15 peerings/,
  },
  {
    rule: 'data-residency',
    bad: doc(`services:
  - { id: db, name: DB, kind: database, placements: [fra, hq], dataClass: { name: Health, allowedJurisdictions: [EU] } }`),
    good: doc(`services:
  - { id: db, name: DB, kind: database, placements: [fra, par], dataClass: { name: Health, allowedJurisdictions: [EU] } }`),
    message: /db holds Health \(allowed in EU\) in hq, which is in US/,
  },
  {
    rule: 'overlapping-cidr',
    bad: doc('', regions.replace('eu-central-1 }', 'eu-central-1, cidr: 10.0.0.0/16 }').replace('eu-west-3 }', 'eu-west-3, cidr: 10.0.128.0/17 }')),
    good: doc('', regions.replace('eu-central-1 }', 'eu-central-1, cidr: 10.0.0.0/16 }').replace('eu-west-3 }', 'eu-west-3, cidr: 10.1.0.0/16 }')),
    message: /regions fra \(10\.0\.0\.0\/16\) and par \(10\.0\.128\.0\/17\) overlap/,
  },
  {
    rule: 'dns-ttl-exceeds-rto',
    bad: doc(`services:
  - { id: web, name: Web, kind: web, placements: [fra, par], failover: { mechanism: dns, dnsTtlSeconds: 300 }, objectives: { rtoSeconds: 120 } }`),
    good: doc(`services:
  - { id: web, name: Web, kind: web, placements: [fra, par], failover: { mechanism: dns, dnsTtlSeconds: 60 }, objectives: { rtoSeconds: 120 } }`),
    message: /web: detection 30 s \+ DNS TTL 300 s = 330 s, above the 120 s RTO/,
  },
  {
    rule: 'cold-standby-rto',
    bad: doc(`services:
  - { id: api, name: API, kind: api, placements: [fra, par], topology: active-passive, failover: { mechanism: dns, standby: cold }, objectives: { rtoSeconds: 600 } }`),
    good: doc(`services:
  - { id: api, name: API, kind: api, placements: [fra, par], topology: active-passive, failover: { mechanism: dns, standby: cold }, objectives: { rtoSeconds: 3600 } }`),
    message: /api has a cold standby that takes \d+ s to start, longer than its 600 s RTO/,
  },
  {
    rule: 'n1-capacity',
    bad: doc(`circuits:
  - { id: c1, from: fra, to: par, type: transit-gateway-peering, bandwidthMbps: 100 }
  - { id: c2, from: par, to: dub, type: transit-gateway-peering, bandwidthMbps: 1000 }
  - { id: c3, from: fra, to: dub, type: transit-gateway-peering, bandwidthMbps: 1000 }
demands:
  - { from: fra, to: dub, mbps: 500 }`),
    good: doc(`circuits:
  - { id: c1, from: fra, to: par, type: transit-gateway-peering, bandwidthMbps: 1000 }
  - { id: c2, from: par, to: dub, type: transit-gateway-peering, bandwidthMbps: 1000 }
  - { id: c3, from: fra, to: dub, type: transit-gateway-peering, bandwidthMbps: 1000 }
demands:
  - { from: fra, to: dub, mbps: 500 }`),
    message: /circuit c1 carries 500 Mbps of demands and replication after losing c3, 500% of its 100 Mbps/,
  },
  {
    rule: 'internet-egress-hairpin',
    bad: doc(`circuits:\n  - { id: m1, from: office, to: hq, type: mpls, bandwidthMbps: 100 }
services:
  - { id: fw, name: Firewall, kind: firewall, placements: [hq] }`),
    good: doc(`circuits:\n  - { id: m1, from: office, to: hq, type: mpls, bandwidthMbps: 100 }\n  - { id: net, from: office, to: hq, type: sd-wan, bandwidthMbps: 100, encrypted: true }
services:
  - { id: fw, name: Firewall, kind: firewall, placements: [hq] }`),
    message: /office has no local internet breakout: its traffic to the internet goes through hq, \d+\.\d ms away/,
  },
  {
    rule: 'management-shared-with-user',
    bad: doc(`segments:
  - { id: mgmt, name: Management, kind: management }
  - { id: staff, name: Staff, kind: user, allow: [{ to: mgmt, ports: [22] }] }`),
    good: doc(`segments:
  - { id: mgmt, name: Management, kind: management, allow: [{ to: app }] }
  - { id: app, name: App, kind: application }
  - { id: staff, name: Staff, kind: user, allow: [{ to: app, ports: [443] }] }`),
    message: /user segment staff may open flows into management segment mgmt/,
  },
  {
    rule: 'single-provider',
    bad: doc(`services:\n  - { id: web, name: Web, kind: web, placements: [fra, par] }`),
    good: doc(`services:\n  - { id: web, name: Web, kind: web, placements: [fra, gcp-fra] }`),
    message: /every placement of web is on aws/,
  },
  {
    rule: 'replication-bandwidth',
    bad: doc(`circuits:\n  - { id: c1, from: fra, to: par, type: transit-gateway-peering, bandwidthMbps: 100 }
services:
  - { id: db, name: DB, kind: database, placements: [fra, par], topology: active-passive, primary: fra, replication: { mode: async, writeMBps: 20 } }`),
    good: doc(`circuits:\n  - { id: c1, from: fra, to: par, type: transit-gateway-peering, bandwidthMbps: 1000 }
services:
  - { id: db, name: DB, kind: database, placements: [fra, par], topology: active-passive, primary: fra, replication: { mode: async, writeMBps: 20 } }`),
    message: /db writes 160 Mbps but replication to par has 100 Mbps/,
  },
  {
    rule: 'latency-objective-unmet',
    bad: doc(`circuits:\n  - { id: c1, from: fra, to: hq, type: direct-connect, bandwidthMbps: 1000 }
services:
  - { id: web, name: Web, kind: web, placements: [fra], load: { users: { hq: 1 } }, objectives: { latencyP95Ms: 40 } }`),
    good: doc(`circuits:\n  - { id: c1, from: fra, to: hq, type: direct-connect, bandwidthMbps: 1000 }
services:
  - { id: web, name: Web, kind: web, placements: [fra], load: { users: { hq: 1 } }, objectives: { latencyP95Ms: 150 } }`),
    message: /web: users see \d+\.\d ms \(p95 RTT to their serving region\), above the 40 ms objective/,
  },
  {
    rule: 'latency-below-floor',
    bad: doc(`circuits:\n  - { id: c1, from: fra, to: hq, type: direct-connect, bandwidthMbps: 1000, latencyMs: 20 }`),
    good: doc(`circuits:\n  - { id: c1, from: fra, to: hq, type: direct-connect, bandwidthMbps: 1000, latencyMs: 90 }`),
    message: /circuit c1 claims 20 ms RTT, but light in fibre needs at least \d+\.\d ms between fra and hq/,
  },
];

describe('design rules', () => {
  it('has at least 15 rules, each with a test case here', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(15);
    expect(new Set(cases.map((c) => c.rule))).toEqual(new Set(RULES.map((r) => r.id)));
  });

  it.each(cases)('$rule fires on a design that breaks it, with elements and a hint', ({ rule, bad, message }) => {
    const f = findings(bad, rule);
    expect(f.length).toBeGreaterThan(0);
    expect(f.map((x) => x.message).join('\n')).toMatch(message);
    for (const x of f) {
      expect(x.rule).toBe(rule);
      expect(x.elements.length).toBeGreaterThan(0);
      expect(x.hint).toBeTruthy();
    }
  });

  it.each(cases)('$rule stays quiet on a design that follows it', ({ rule, good }) => {
    expect(findings(good, rule)).toEqual([]);
  });

  it('the EU regulated sample passes at error level, and fails when a replica moves to London over a plain internet line', () => {
    const sample = sampleDesign('sdwan-eu-regulated');
    expect(lintDesign(sample, { catalog }).filter((x) => x.severity === 'error')).toEqual([]);
    // What an architect might do next: a third replica in AWS London, and the London
    // clinic's IPsec tunnel swapped for its plain internet line.
    const changed = structuredClone(sample);
    changed.regions.push({ id: 'aws-euw2', name: 'AWS EU (London)', kind: 'cloud-region', provider: 'aws', providerRegion: 'eu-west-2' });
    changed.circuits.push({ id: 'aws-peer-fra-lon', from: 'aws-euc1', to: 'aws-euw2', type: 'transit-gateway-peering', bandwidthMbps: 2000 });
    changed.services.find((s) => s.id === 'records-db')!.placements.push('aws-euw2');
    const lon = changed.circuits.find((c) => c.id === 'lon-vpn')!;
    lon.type = 'internet';
    delete lon.encrypted;
    const f = lintDesign(changed, { catalog });
    const errors = f.filter((x) => x.severity === 'error').map((x) => `${x.rule}: ${x.elements.join(',')}`);
    expect(errors).toContain('data-residency: records-db,aws-euw2');
    expect(errors).toContain('unencrypted-internet-circuit: lon-vpn');
    expect(f[0]!.severity).toBe('error');
  });

  it('lintDesign without options uses the bundled catalog', () => {
    expect(lintDesign(sampleDesign('dual-region-active-active')).map((f) => f.rule)).toContain('single-provider');
  });
});
