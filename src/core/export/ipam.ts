/**
 * Address plan (IPAM): non-overlapping IPv4 blocks per region and per segment, allocated
 * from the design's supernet. Pure and deterministic: the same design always yields the
 * same plan, and appending a region never renumbers an existing one.
 *
 * How a block is chosen: every region without a `cidr` gets a "home" slot in the supernet
 * from a stable hash of its id (FNV-1a), then probes linearly to the next free slot.
 * User-given CIDRs (regions and segments) are reserved first. Regions are placed in
 * document order, so a region appended to the list can only take a slot nobody had.
 * Inside a region's block, segments are placed the same way (hash of the segment id), and
 * the last block of the region is kept for transit (hub, gateway and tunnel subnets).
 */
import type { Design, Region } from '../model/schema.ts';

/** An IPv4 prefix as a 32-bit base address and a prefix length. */
export interface Prefix {
  base: number;
  length: number;
}

export interface RegionAddress {
  regionId: string;
  cidr: string;
  /** `design` when the user wrote it, `ipam` when it was allocated. */
  source: 'design' | 'ipam';
  /** Block kept for provider transit: Azure virtual hub, AWS TGW attachment subnets, … */
  transitCidr: string;
  subnets: SegmentSubnet[];
}

export interface SegmentSubnet {
  /** Segment id, or `default` when the design has no segments. */
  segmentId: string;
  cidr: string;
  source: 'design' | 'ipam';
}

export interface CidrOverlap {
  /** Element ids (regions or segments) whose address blocks overlap. */
  a: string;
  b: string;
  aCidr: string;
  bCidr: string;
  message: string;
}

export interface IpamProblem {
  elements: string[];
  message: string;
}

export interface AddressPlan {
  supernet: string;
  regionPrefix: number;
  /** Region id → its block, in document order. */
  regions: Map<string, RegionAddress>;
  overlaps: CidrOverlap[];
  /** Allocation failures (exhausted supernet, segments that do not fit), never thrown. */
  problems: IpamProblem[];
}

export const DEFAULT_SUPERNET = '10.0.0.0/8';
export const DEFAULT_REGION_PREFIX = 16;
/** Name of the single subnet a region gets when the design declares no segments. */
export const DEFAULT_SEGMENT = 'default';

/** 32-bit FNV-1a hash of a string's UTF-16 code units: stable across runs and platforms. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Parses `a.b.c.d/n`; undefined when malformed. The host bits are cleared. */
export function parseCidr(cidr: string): Prefix | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr.trim());
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const length = Number(m[5]);
  if (octets.some((o) => o > 255) || length > 32) return undefined;
  const addr = ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
  return { base: (addr & maskOf(length)) >>> 0, length };
}

function maskOf(length: number): number {
  return length === 0 ? 0 : (0xffffffff << (32 - length)) >>> 0;
}

/** Dotted quad of a 32-bit address. */
export function formatAddress(addr: number): string {
  return [24, 16, 8, 0].map((s) => (addr >>> s) & 255).join('.');
}

export function formatCidr(p: Prefix): string {
  return `${formatAddress(p.base)}/${p.length}`;
}

function size(p: Prefix): number {
  return 2 ** (32 - p.length);
}

/** True when the two prefixes share at least one address. */
export function prefixesOverlap(a: Prefix, b: Prefix): boolean {
  return a.base < b.base + size(b) && b.base < a.base + size(a);
}

/** True when `inner` lies entirely inside `outer`. */
export function prefixContains(outer: Prefix, inner: Prefix): boolean {
  return inner.length >= outer.length && inner.base >= outer.base && inner.base + size(inner) <= outer.base + size(outer);
}

/** The n-th host address of a prefix (n = 1 is the first usable address). */
export function hostAddress(p: Prefix, n: number): string {
  return formatAddress((p.base + n) >>> 0);
}

/**
 * Allocates `count` slots of `slotLength` bits inside `pool` by hash-and-probe. `taken`
 * lists prefixes already in use; each key's home slot is `hash(key) mod slots`.
 */
function allocateSlots(pool: Prefix, slotLength: number, keys: string[], taken: Prefix[]): Map<string, Prefix> {
  const out = new Map<string, Prefix>();
  if (slotLength < pool.length) return out;
  const slots = 2 ** (slotLength - pool.length);
  const step = 2 ** (32 - slotLength);
  // Slots handed out here are exact, so a set finds them in O(1); the few user-given
  // blocks (any size, any alignment) are checked by overlap.
  const occupied = new Set<number>();
  const reserved = taken.filter((t) => prefixesOverlap(t, pool));
  for (const key of keys) {
    const home = stableHash(key) % slots;
    for (let i = 0; i < slots; i++) {
      const slot = (home + i) % slots;
      if (occupied.has(slot)) continue;
      const candidate: Prefix = { base: (pool.base + slot * step) >>> 0, length: slotLength };
      if (reserved.some((u) => prefixesOverlap(u, candidate))) continue;
      out.set(key, candidate);
      occupied.add(slot);
      break;
    }
  }
  return out;
}

/** Segments present in a region: every segment without `regions`, or listing this region. */
export function segmentsIn(design: Design, regionId: string): NonNullable<Design['segments']> {
  return (design.segments ?? []).filter((s) => !s.regions || s.regions.includes(regionId));
}

/**
 * Computes the address plan of a design: a block per region (the user's `cidr`, else one
 * allocated from `ipam.supernet` with prefix `ipam.regionPrefix`) and, inside it, a subnet
 * per segment plus a transit block. Never throws: failures are listed in `problems`.
 */
export function planAddresses(design: Design): AddressPlan {
  const supernetText = design.ipam?.supernet ?? DEFAULT_SUPERNET;
  const supernet = parseCidr(supernetText) ?? parseCidr(DEFAULT_SUPERNET)!;
  const regionPrefix = Math.max(design.ipam?.regionPrefix ?? DEFAULT_REGION_PREFIX, supernet.length);
  const problems: IpamProblem[] = [];
  const overlaps = findCidrOverlaps(design);

  // Reserve every user-given block first, so allocation can never hand it out again.
  const reserved: Prefix[] = [];
  for (const r of design.regions) {
    const p = r.cidr ? parseCidr(r.cidr) : undefined;
    if (p) reserved.push(p);
  }
  for (const s of design.segments ?? []) {
    const p = s.cidr ? parseCidr(s.cidr) : undefined;
    if (p) reserved.push(p);
  }

  const auto = design.regions.filter((r) => !r.cidr || !parseCidr(r.cidr)).map((r) => r.id);
  const allocated = allocateSlots(supernet, regionPrefix, auto, reserved);
  for (const id of auto) {
    if (!allocated.has(id)) {
      problems.push({
        elements: [id],
        message: `no free /${regionPrefix} left in ${formatCidr(supernet)} for region ${id}; widen ipam.supernet or raise ipam.regionPrefix`,
      });
    }
  }

  const regions = new Map<string, RegionAddress>();
  for (const r of design.regions) {
    const given = r.cidr ? parseCidr(r.cidr) : undefined;
    const block = given ?? allocated.get(r.id);
    if (!block) continue;
    regions.set(r.id, planRegion(design, r, block, given ? 'design' : 'ipam', problems));
  }
  return { supernet: formatCidr(supernet), regionPrefix, regions, overlaps, problems };
}

function planRegion(design: Design, region: Region, block: Prefix, source: 'design' | 'ipam', problems: IpamProblem[]): RegionAddress {
  // Transit: the last 1/8 of the block (at least a /28, at most a /23, the size of an Azure hub).
  const transitLength = Math.min(28, Math.max(block.length + 3, 23));
  const transit: Prefix = { base: (block.base + size(block) - 2 ** (32 - transitLength)) >>> 0, length: transitLength };
  const segments = segmentsIn(design, region.id);
  const subnets: SegmentSubnet[] = [];
  const taken: Prefix[] = [transit];
  for (const s of segments) {
    const p = s.cidr ? parseCidr(s.cidr) : undefined;
    if (p && prefixContains(block, p)) {
      taken.push(p);
    }
  }
  const keys = segments.length ? segments.map((s) => s.id) : [DEFAULT_SEGMENT];
  // Room for 16 segments per region (or more when the design has more), so adding one rarely moves the others.
  const bits = Math.max(4, Math.ceil(Math.log2(keys.length + 1)));
  const segLength = Math.min(28, block.length + bits);
  const autoKeys = keys.filter((k) => {
    const s = segments.find((x) => x.id === k);
    const p = s?.cidr ? parseCidr(s.cidr) : undefined;
    return !(p && prefixContains(block, p));
  });
  const got = allocateSlots(block, segLength, autoKeys, taken);
  for (const k of keys) {
    const s = segments.find((x) => x.id === k);
    const p = s?.cidr ? parseCidr(s.cidr) : undefined;
    if (p && prefixContains(block, p)) {
      subnets.push({ segmentId: k, cidr: formatCidr(p), source: 'design' });
    } else if (got.has(k)) {
      subnets.push({ segmentId: k, cidr: formatCidr(got.get(k)!), source: 'ipam' });
    } else {
      problems.push({ elements: [region.id, k], message: `segment ${k} does not fit in region ${region.id} (${formatCidr(block)})` });
    }
  }
  return { regionId: region.id, cidr: formatCidr(block), source, transitCidr: formatCidr(transit), subnets };
}

/**
 * Every pair of user-given address blocks that overlap: region with region, and segment
 * with segment inside the same region. Allocated blocks never overlap, so only the
 * design's own CIDRs can. For the rules engine: each overlap is an error finding.
 */
export function findCidrOverlaps(design: Design): CidrOverlap[] {
  const out: CidrOverlap[] = [];
  const given = design.regions
    .map((r) => ({ id: r.id, cidr: r.cidr, p: r.cidr ? parseCidr(r.cidr) : undefined }))
    .filter((x): x is { id: string; cidr: string; p: Prefix } => x.p !== undefined);
  for (let i = 0; i < given.length; i++) {
    for (let j = i + 1; j < given.length; j++) {
      const a = given[i]!;
      const b = given[j]!;
      if (prefixesOverlap(a.p, b.p)) {
        out.push({ a: a.id, b: b.id, aCidr: a.cidr, bCidr: b.cidr, message: `regions ${a.id} (${a.cidr}) and ${b.id} (${b.cidr}) overlap` });
      }
    }
  }
  const segs = (design.segments ?? [])
    .map((s) => ({ id: s.id, cidr: s.cidr, regions: s.regions, p: s.cidr ? parseCidr(s.cidr) : undefined }))
    .filter((x): x is { id: string; cidr: string; regions: string[] | undefined; p: Prefix } => x.p !== undefined);
  const share = (x?: string[], y?: string[]) => !x || !y || x.some((r) => y.includes(r));
  for (let i = 0; i < segs.length; i++) {
    for (let j = i + 1; j < segs.length; j++) {
      const a = segs[i]!;
      const b = segs[j]!;
      if (share(a.regions, b.regions) && prefixesOverlap(a.p, b.p)) {
        out.push({ a: a.id, b: b.id, aCidr: a.cidr, bCidr: b.cidr, message: `segments ${a.id} (${a.cidr}) and ${b.id} (${b.cidr}) overlap` });
      }
    }
  }
  return out;
}

/**
 * BGP ASN of a region's edge: the design's `asn`, else 65515 for Azure (a Virtual WAN hub's
 * fixed ASN), else a private 4-byte ASN (4200000000 + hash) that is stable for the region id.
 */
export function regionAsn(region: Region): { asn: number; source: 'design' | 'default' } {
  if (region.asn !== undefined) return { asn: region.asn, source: 'design' };
  if (region.provider === 'azure') return { asn: 65515, source: 'default' };
  return { asn: 4_200_000_000 + (stableHash(region.id) % 94_967_294), source: 'default' };
}

/** Pool that per-circuit link networks (tunnel inside addresses, BGP peerings) come from. */
export const LINK_POOL = '169.254.64.0/18';
/** Where link networks go once LINK_POOL (2,048 circuits) is full: RFC 6598 shared space. */
export const LINK_POOL_OVERFLOW = '100.64.0.0/10';

/**
 * Link networks of each circuit: a /29 per circuit (hash of the circuit id, probing),
 * split into two /30s for the two tunnels a cloud VPN has. In each /30 the cloud side (or
 * the circuit's `from` side between two sites) takes the first host, the peer the second.
 * Circuits that touch AWS are placed first in LINK_POOL, since AWS requires tunnel inside
 * addresses in 169.254.0.0/16; beyond 2,048 circuits the rest use LINK_POOL_OVERFLOW.
 */
export function planLinkNets(design: Design): Map<string, [Prefix, Prefix]> {
  const providers = new Map(design.regions.map((r) => [r.id, r.provider]));
  const touchesAws = (c: Design['circuits'][number]) => providers.get(c.from) === 'aws' || providers.get(c.to) === 'aws';
  const ordered = [...design.circuits.filter(touchesAws), ...design.circuits.filter((c) => !touchesAws(c))].map((c) => c.id);
  const got = allocateSlots(parseCidr(LINK_POOL)!, 29, ordered, []);
  const rest = ordered.filter((id) => !got.has(id));
  const overflow = rest.length ? allocateSlots(parseCidr(LINK_POOL_OVERFLOW)!, 29, rest, []) : new Map<string, Prefix>();
  const out = new Map<string, [Prefix, Prefix]>();
  for (const c of design.circuits) {
    const p = got.get(c.id) ?? overflow.get(c.id);
    if (p) out.set(c.id, [{ base: p.base, length: 30 }, { base: (p.base + 4) >>> 0, length: 30 }]);
  }
  return out;
}
