/**
 * The address plan: non-overlapping blocks inside the supernet, stable when regions are
 * added, user CIDRs respected and reserved, overlaps reported, exhaustion reported.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findCidrOverlaps, parseCidr, planAddresses, planLinkNets, prefixesOverlap, type Prefix } from '../src/core/export/index.ts';
import type { Design, Region } from '../src/core/model/index.ts';
import { designFiles, loadDesign } from './fixtures/export/helpers.ts';

const region = (id: string, extra: Partial<Region> = {}): Region => ({ id, name: id, kind: 'datacenter', provider: 'onprem', ...extra });
const design = (regions: Region[], extra: Partial<Design> = {}): Design => ({ schemaVersion: 1, name: 't', regions, circuits: [], services: [], ...extra });
const idArb = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
const inside = (outer: Prefix, inner: Prefix) => inner.base >= outer.base && inner.base + 2 ** (32 - inner.length) <= outer.base + 2 ** (32 - outer.length);

function allBlocks(d: Design): Prefix[] {
  return [...planAddresses(d).regions.values()].map((r) => parseCidr(r.cidr)!);
}

describe('planAddresses', () => {
  it('gives every region of every sample its own block inside the supernet, and segments inside their region', () => {
    for (const [name, path] of designFiles()) {
      const d = loadDesign(path);
      const plan = planAddresses(d);
      expect(plan.problems, name).toEqual([]);
      const supernet = parseCidr(plan.supernet)!;
      const blocks = [...plan.regions.values()];
      expect(blocks).toHaveLength(d.regions.length);
      for (let i = 0; i < blocks.length; i++) {
        const a = parseCidr(blocks[i]!.cidr)!;
        if (blocks[i]!.source === 'ipam') expect(inside(supernet, a), `${name} ${blocks[i]!.regionId}`).toBe(true);
        for (let j = i + 1; j < blocks.length; j++) expect(prefixesOverlap(a, parseCidr(blocks[j]!.cidr)!), `${name} ${blocks[i]!.regionId}/${blocks[j]!.regionId}`).toBe(false);
        const subs = [...blocks[i]!.subnets.map((s) => parseCidr(s.cidr)!), parseCidr(blocks[i]!.transitCidr)!];
        for (let x = 0; x < subs.length; x++) {
          expect(inside(a, subs[x]!)).toBe(true);
          for (let y = x + 1; y < subs.length; y++) expect(prefixesOverlap(subs[x]!, subs[y]!)).toBe(false);
        }
      }
    }
  });

  it('uses the default supernet 10.0.0.0/8 with /16 regions', () => {
    const plan = planAddresses(design([region('a'), region('b')]));
    expect(plan.supernet).toBe('10.0.0.0/8');
    for (const r of plan.regions.values()) expect(r.cidr).toMatch(/^10\.\d+\.0\.0\/16$/);
  });

  it('never overlaps and stays inside the supernet for any set of region ids', () => {
    fc.assert(
      fc.property(fc.uniqueArray(idArb, { minLength: 1, maxLength: 60 }), (ids) => {
        const d = design(ids.map((id) => region(id)), { ipam: { supernet: '172.16.0.0/12', regionPrefix: 20 } });
        const blocks = allBlocks(d);
        const supernet = parseCidr('172.16.0.0/12')!;
        expect(blocks).toHaveLength(ids.length);
        for (let i = 0; i < blocks.length; i++) {
          expect(inside(supernet, blocks[i]!)).toBe(true);
          for (let j = i + 1; j < blocks.length; j++) expect(prefixesOverlap(blocks[i]!, blocks[j]!)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('adding a region never renumbers an existing one', () => {
    fc.assert(
      fc.property(fc.uniqueArray(idArb, { minLength: 2, maxLength: 40 }), (ids) => {
        // A small supernet forces hash collisions, so probing is exercised too.
        const ipam = { supernet: '10.0.0.0/14', regionPrefix: 20 };
        const before = planAddresses(design(ids.slice(0, -1).map((id) => region(id)), { ipam }));
        const after = planAddresses(design(ids.map((id) => region(id)), { ipam }));
        for (const [id, r] of before.regions) expect(after.regions.get(id)!.cidr).toBe(r.cidr);
      }),
      { numRuns: 300 },
    );
  });

  it('adding a segment keeps the subnets of the others', () => {
    const seg = (id: string) => ({ id, name: id, kind: 'application' as const });
    const before = planAddresses(design([region('a')], { segments: [seg('mgmt'), seg('app')] }));
    const after = planAddresses(design([region('a')], { segments: [seg('mgmt'), seg('app'), seg('data')] }));
    const cidrs = (p: typeof before) => Object.fromEntries(p.regions.get('a')!.subnets.map((s) => [s.segmentId, s.cidr]));
    expect(cidrs(after)).toMatchObject(cidrs(before));
  });

  it('respects user CIDRs and never hands them out again', () => {
    fc.assert(
      fc.property(fc.uniqueArray(idArb, { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 255 }), (ids, octet) => {
        const given = `10.${octet}.0.0/16`;
        const d = design([region('pinned', { cidr: given }), ...ids.filter((i) => i !== 'pinned').map((id) => region(id))]);
        const plan = planAddresses(d);
        const pinned = plan.regions.get('pinned')!;
        expect(pinned).toMatchObject({ cidr: given, source: 'design' });
        for (const [id, r] of plan.regions) if (id !== 'pinned') expect(prefixesOverlap(parseCidr(r.cidr)!, parseCidr(given)!)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps a user segment CIDR inside its region', () => {
    const d = design([region('a', { cidr: '10.50.0.0/16' })], { segments: [{ id: 'app', name: 'App', kind: 'application', cidr: '10.50.8.0/21' }, { id: 'web', name: 'Web', kind: 'dmz' }] });
    const subs = planAddresses(d).regions.get('a')!.subnets;
    expect(subs.find((s) => s.segmentId === 'app')).toEqual({ segmentId: 'app', cidr: '10.50.8.0/21', source: 'design' });
    expect(prefixesOverlap(parseCidr(subs.find((s) => s.segmentId === 'web')!.cidr)!, parseCidr('10.50.8.0/21')!)).toBe(false);
  });

  it('reports an exhausted supernet as a problem instead of throwing', () => {
    const d = design(['a', 'b', 'c', 'd', 'e'].map((id) => region(id)), { ipam: { supernet: '10.0.0.0/22', regionPrefix: 24 } });
    const plan = planAddresses(d);
    expect(plan.regions.size).toBe(4);
    expect(plan.problems).toHaveLength(1);
    expect(plan.problems[0]!.message).toContain('no free /24 left in 10.0.0.0/22');
  });

  it('gives every circuit distinct link networks', () => {
    const d = loadDesign(designFiles().find(([n]) => n === 'multicloud-mesh')?.[1] ?? designFiles()[0]![1]);
    const nets = [...planLinkNets(d).values()].flat();
    expect(nets).toHaveLength(d.circuits.length * 2);
    for (let i = 0; i < nets.length; i++) for (let j = i + 1; j < nets.length; j++) expect(prefixesOverlap(nets[i]!, nets[j]!)).toBe(false);
  });
});

describe('planLinkNets at scale', () => {
  it('gives 2,500 circuits distinct link networks, AWS ones inside 169.254.0.0/16', () => {
    const regions = [region('aws-1', { kind: 'cloud-region', provider: 'aws', providerRegion: 'eu-west-1' }), ...Array.from({ length: 60 }, (_, i) => region(`s${i}`))];
    const circuits: Design['circuits'] = Array.from({ length: 2500 }, (_, i) => ({
      id: `c${i}`,
      from: i % 10 === 0 ? 'aws-1' : `s${i % 60}`,
      to: `s${(i * 7 + 1) % 60}`,
      type: 'ipsec-vpn' as const,
      bandwidthMbps: 10,
    }));
    const nets = planLinkNets(design(regions, { circuits }));
    expect(nets.size).toBe(2500);
    const all = [...nets.values()].flat().sort((a, b) => a.base - b.base);
    for (let i = 1; i < all.length; i++) expect(all[i]!.base).toBeGreaterThanOrEqual(all[i - 1]!.base + 4);
    const linkLocal = parseCidr('169.254.0.0/16')!;
    for (const c of circuits.filter((x) => x.from === 'aws-1')) expect(inside(linkLocal, nets.get(c.id)![0])).toBe(true);
  });
});

describe('findCidrOverlaps', () => {
  it('reports overlapping region CIDRs and overlapping segments that share a region', () => {
    const d = design([region('a', { cidr: '10.1.0.0/16' }), region('b', { cidr: '10.1.128.0/17' }), region('c', { cidr: '10.2.0.0/16' })], {
      segments: [
        { id: 's1', name: 'S1', kind: 'application', cidr: '10.2.0.0/24' },
        { id: 's2', name: 'S2', kind: 'data', cidr: '10.2.0.128/25' },
        { id: 's3', name: 'S3', kind: 'data', cidr: '10.2.0.0/25', regions: ['a'] },
        { id: 's4', name: 'S4', kind: 'data', cidr: '10.2.0.0/25', regions: ['b'] },
      ],
    });
    const overlaps = findCidrOverlaps(d);
    const pairs = overlaps.map((o) => `${o.a}+${o.b}`);
    expect(pairs).toContain('a+b');
    expect(pairs).toContain('s1+s2');
    expect(pairs).not.toContain('s3+s4');
    expect(pairs).not.toContain('a+c');
    expect(overlaps.find((o) => o.a === 'a')!.message).toBe('regions a (10.1.0.0/16) and b (10.1.128.0/17) overlap');
  });

  it('finds nothing in the samples', () => {
    for (const [name, path] of designFiles()) expect(findCidrOverlaps(loadDesign(path)), name).toEqual([]);
  });
});
