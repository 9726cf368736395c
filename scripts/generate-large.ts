/**
 * Generates a large, realistic design for performance work, deterministically from a seed.
 *
 *   node bin/tsnode.mjs scripts/generate-large.ts [--regions 200] [--circuits 600]
 *     [--services 100] [--seed 42] [--out samples/large-generated.netstudio.yaml]
 *
 * (`npm run generate:large -- --out FILE …`). Without --out the YAML goes to stdout.
 *
 * Topology: real AWS/Azure/GCP regions from the catalog joined per provider by their
 * backbone (a ring by longitude plus nearest-neighbour chords); enterprise hubs (data
 * centres and colos near real cities) meshed over MPLS and attached to their nearest cloud
 * regions by Direct Connect / ExpressRoute / Interconnect; offices homed on their nearest
 * hub (MPLS or SD-WAN) with an IPsec backup to the second nearest; then nearest-neighbour
 * mesh links until the circuit count is reached, and bridging links if any island remains.
 * Services get placements, replication, failover, objectives and user shares; scenarios
 * cover region, circuit, provider and partition failures.
 */
import { writeFileSync } from 'node:fs';
import { getCatalog } from '../src/core/catalog/index.ts';
import type { CatalogRegion } from '../src/core/catalog/types.ts';
import { serializeDesign, parseDesign, type Design, type Circuit, type Region, type Service, type CircuitType } from '../src/core/model/index.ts';

/** mulberry32: a small, fast, seeded 32-bit PRNG (public domain, Tommy Ettinger). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** RTO targets a team would write down, s. */
const RTO_STEPS = [300, 900, 1800, 3600, 7200, 14400];
/** An RPO the replication mode can meet, s. */
const rpoFor = (mode: 'async' | 'sync' | 'snapshot') => (mode === 'sync' ? 0 : mode === 'async' ? 60 : 7200);

export interface GenerateOptions {
  regions: number;
  circuits: number;
  services: number;
  seed: number;
}

interface Site {
  region: Region;
  lat: number;
  lon: number;
  role: 'cloud' | 'hub' | 'office';
}

const rad = Math.PI / 180;
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const s = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(s)));
}

const slug = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 20) || 'site';

/** Builds the design (pure given the options and the catalog). */
export function generateLargeDesign(opts: GenerateOptions): Design {
  const { regions: nRegions, circuits: nCircuits, services: nServices, seed } = opts;
  if (nRegions < 10) throw new Error('--regions must be at least 10');
  if (nCircuits < nRegions - 1) throw new Error(`--circuits must be at least regions − 1 (${nRegions - 1}) for a connected network`);
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const catalog = getCatalog();

  // Cloud regions: a seeded shuffle of the catalog, about 30 % of the sites.
  const pool = [...catalog.regions].filter((r) => r.provider !== 'oci');
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const nCloud = Math.min(pool.length, Math.max(6, Math.round(nRegions * 0.3)));
  const sites: Site[] = [];
  const ids = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let k = 2; ids.has(id); k++) id = `${base}-${k}`;
    ids.add(id);
    return id;
  };
  const cloud: CatalogRegion[] = pool.slice(0, nCloud);
  for (const c of cloud) {
    const id = uniqueId(`${c.provider}-${c.code}`.toLowerCase().replace(/[^a-z0-9-]/g, ''));
    sites.push({ region: { id, name: `${c.provider.toUpperCase()} ${c.name}`, kind: 'cloud-region', provider: c.provider, providerRegion: c.code }, lat: c.lat, lon: c.lon, role: 'cloud' });
  }
  // Enterprise sites near real cities (the catalog's cities), jittered by up to ~100 km.
  const cities = [...new Map(catalog.regions.map((r) => [r.city, r])).values()];
  const nOnprem = nRegions - nCloud;
  const nHubs = Math.max(2, Math.round(nOnprem * 0.12));
  for (let i = 0; i < nOnprem; i++) {
    const city = pick(cities);
    const lat = Math.max(-89, Math.min(89, city.lat + (rnd() - 0.5) * 1.8));
    const lon = ((city.lon + (rnd() - 0.5) * 1.8 + 540) % 360) - 180;
    const hub = i < nHubs;
    const kind = hub ? (i % 3 === 0 ? 'colo' : 'datacenter') : i % 17 === 0 ? 'edge-pop' : 'office';
    const id = uniqueId(`${hub ? 'dc' : 'br'}-${slug(city.city)}`);
    sites.push({
      region: {
        id,
        name: `${hub ? (kind === 'colo' ? 'Colo' : 'Data centre') : kind === 'edge-pop' ? 'Edge PoP' : 'Office'} ${city.city} ${i + 1}`,
        kind,
        provider: 'onprem',
        location: { lat: Number(lat.toFixed(4)), lon: Number(lon.toFixed(4)), city: city.city, country: city.country },
        jurisdiction: city.country,
      },
      lat,
      lon,
      role: hub ? 'hub' : 'office',
    });
  }

  const circuits: Circuit[] = [];
  const pairs = new Set<string>();
  const index = new Map(sites.map((s, i) => [s.region.id, i]));
  const parent = sites.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const link = (a: number, b: number, type: CircuitType, bandwidthMbps: number, extra: Partial<Circuit> = {}): boolean => {
    if (a === b || circuits.length >= nCircuits) return false;
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    if (pairs.has(key)) return false;
    pairs.add(key);
    parent[find(a)] = find(b);
    const A = sites[a]!.region.id;
    const B = sites[b]!.region.id;
    circuits.push({ id: uniqueId(`${type === 'transit-gateway-peering' ? 'tgw' : type}-${A}-${B}`.slice(0, 60)), from: A, to: B, type, bandwidthMbps, ...extra });
    return true;
  };
  const nearest = (i: number, candidates: number[], k: number) =>
    candidates
      .filter((j) => j !== i)
      .map((j) => ({ j, d: km(sites[i]!, sites[j]!) }))
      .sort((x, y) => x.d - y.d)
      .slice(0, k)
      .map((x) => x.j);

  const cloudIdx = sites.map((s, i) => (s.role === 'cloud' ? i : -1)).filter((i) => i >= 0);
  const hubIdx = sites.map((s, i) => (s.role === 'hub' ? i : -1)).filter((i) => i >= 0);
  const officeIdx = sites.map((s, i) => (s.role === 'office' ? i : -1)).filter((i) => i >= 0);

  // 1. Provider backbones: ring by longitude + one nearest-neighbour chord each.
  for (const provider of ['aws', 'azure', 'gcp'] as const) {
    const mine = cloudIdx.filter((i) => sites[i]!.region.provider === provider).sort((a, b) => sites[a]!.lon - sites[b]!.lon);
    const type: CircuitType = provider === 'aws' ? 'transit-gateway-peering' : 'cloud-backbone';
    for (let k = 0; k + 1 < mine.length; k++) link(mine[k]!, mine[k + 1]!, type, 10000);
    if (mine.length > 2) link(mine[mine.length - 1]!, mine[0]!, type, 10000);
    for (const i of mine) for (const j of nearest(i, mine, 2)) link(i, j, type, 10000);
  }
  // 2. Hubs: dedicated connections to the two nearest cloud regions, MPLS mesh to 3 nearest hubs.
  const dedicated: Record<string, CircuitType> = { aws: 'direct-connect', azure: 'expressroute', gcp: 'interconnect' };
  for (const h of hubIdx) {
    for (const c of nearest(h, cloudIdx, 2)) link(h, c, dedicated[sites[c]!.region.provider]!, pick([1000, 10000]));
    for (const o of nearest(h, hubIdx, 3)) link(h, o, 'mpls', pick([1000, 2000, 5000]), { carrier: pick(['Carrier A', 'Carrier B']) });
  }
  // 3. Offices: primary to the nearest hub (MPLS or SD-WAN), IPsec backup to the second nearest.
  for (const o of officeIdx) {
    const [h1, h2] = nearest(o, hubIdx, 2);
    if (h1 !== undefined) link(o, h1, rnd() < 0.5 ? 'mpls' : 'sd-wan', pick([100, 200, 500]));
    if (h2 !== undefined && rnd() < 0.6) link(o, h2, 'ipsec-vpn', pick([100, 200]), { encrypted: true });
  }
  // 4. Bridge any islands (nearest pair between components) so the network is connected.
  const bridgeIslands = () => {
    for (;;) {
      const roots = new Set(sites.map((_, i) => find(i)));
      if (roots.size <= 1) return;
      const main = find(0);
      let best: [number, number, number] | undefined;
      for (let i = 0; i < sites.length; i++) {
        if (find(i) === main) continue;
        for (let j = 0; j < sites.length; j++) {
          if (find(j) !== main) continue;
          const d = km(sites[i]!, sites[j]!);
          if (!best || d < best[2]) best = [i, j, d];
        }
        break; // one site of the first island is enough: its nearest main-component site
      }
      if (!best) return;
      const a = sites[best[0]]!;
      const b = sites[best[1]]!;
      const type: CircuitType = a.role === 'cloud' && b.role === 'cloud' ? 'ipsec-vpn' : a.role === 'cloud' || b.role === 'cloud' ? 'ipsec-vpn' : 'mpls';
      const before = circuits.length;
      if (!link(best[0], best[1], type, 1000, type === 'ipsec-vpn' ? { encrypted: true } : {}) && circuits.length === before) {
        // The budget is spent: replace the last mesh-free slot by raising the budget by one is not allowed, so stop.
        return;
      }
    }
  };
  // Reserve room for bridges before meshing.
  const components = () => new Set(sites.map((_, i) => find(i))).size;
  const reserve = components() - 1;
  // 5. Mesh: nearest-neighbour links between random sites until the budget (minus the reserve) is used.
  const all = sites.map((_, i) => i);
  let guard = 0;
  while (circuits.length < nCircuits - reserve && guard++ < nCircuits * 50) {
    const a = pick(all);
    const [b] = nearest(a, all, 1 + Math.floor(rnd() * 4)).slice(-1);
    if (b === undefined) continue;
    const sa = sites[a]!;
    const sb = sites[b]!;
    const type: CircuitType =
      sa.role === 'cloud' && sb.role === 'cloud'
        ? sa.region.provider === sb.region.provider
          ? sa.region.provider === 'aws'
            ? 'transit-gateway-peering'
            : 'cloud-backbone'
          : 'ipsec-vpn'
        : sa.role === 'cloud' || sb.role === 'cloud'
          ? 'ipsec-vpn'
          : pick(['wireguard', 'ipsec-vpn', 'mpls', 'internet'] as const);
    link(a, b, type, pick([100, 500, 1000]), type === 'ipsec-vpn' || type === 'wireguard' || type === 'internet' ? { encrypted: true } : {});
  }
  bridgeIslands();
  if (components() > 1) throw new Error('the circuit budget is too small to connect every region');

  // Measured latency on a few circuits, from the distance (a realistic ~1.6× the fibre floor + 2 ms).
  for (let k = 0; k < circuits.length; k += 37) {
    const c = circuits[k]!;
    const d = km(sites[index.get(c.from)!]!, sites[index.get(c.to)!]!);
    c.latencyMs = Number(((2 * d) / 204.2 * 1.6 + 2).toFixed(1));
  }

  // Services.
  const kinds = ['web', 'api', 'database', 'cache', 'queue', 'storage', 'dns', 'load-balancer'] as const;
  const services: Service[] = [];
  for (let s = 0; s < nServices; s++) {
    const kind = kinds[s % kinds.length]!;
    const count = 1 + Math.floor(rnd() * 3);
    const anchor = pick(cloudIdx);
    const placements = [...new Set([anchor, ...nearest(anchor, cloudIdx, 6).filter(() => rnd() < 0.5)].slice(0, count))].map((i) => sites[i]!.region.id);
    const topology = placements.length === 1 ? 'single' : kind === 'database' || kind === 'storage' || kind === 'queue' ? 'active-passive' : 'active-active';
    const userSites = nearest(anchor, officeIdx, 12).filter(() => rnd() < 0.5).slice(0, 5);
    const users: Record<string, number> = {};
    const shares = userSites.map(() => 1 + rnd());
    const sum = shares.reduce((a, b) => a + b, 0);
    let left = 1;
    userSites.forEach((u, k) => {
      const share = k === userSites.length - 1 ? Number(left.toFixed(4)) : Number((shares[k]! / sum).toFixed(4));
      left -= share;
      users[sites[u]!.region.id] = Math.max(0, share);
    });
    const stateful = kind === 'database' || kind === 'cache' || kind === 'storage' || kind === 'queue';
    const replicationMode = pick(['async', 'async', 'sync', 'snapshot'] as const);
    const standby = pick(['hot', 'warm', 'cold'] as const);
    const mechanism = topology === 'active-active' ? pick(['dns', 'global-lb', 'anycast'] as const) : pick(['dns', 'manual'] as const);
    const failover: NonNullable<Service['failover']> =
      topology === 'active-active'
        ? { mechanism, healthCheckIntervalSeconds: 10, failureThreshold: 3, dnsTtlSeconds: 60 }
        : { mechanism, healthCheckIntervalSeconds: 30, failureThreshold: 3, dnsTtlSeconds: 60, promotionSeconds: 120, standby };
    const needSeconds =
      topology === 'active-active'
        ? 30 + 60 + 30
        : 90 + (mechanism === 'manual' ? 900 : 60) + 120 + (standby === 'hot' ? 0 : standby === 'warm' ? 300 : 1800);
    const svc: Service = {
      id: `svc-${s + 1}-${kind}`,
      name: `${kind[0]!.toUpperCase()}${kind.slice(1)} service ${s + 1}`,
      kind,
      placements,
      topology,
      ...(topology === 'active-passive' ? { primary: placements[0]! } : {}),
      ...(stateful && placements.length > 1
        ? { replication: { mode: replicationMode, intervalSeconds: replicationMode === 'snapshot' ? 3600 : pick([1, 5]), writeMBps: Number((0.2 + rnd() * 3).toFixed(2)) } }
        : {}),
      failover,
      // The RTO target leaves room for what the failover needs (detection + propagation + promotion + warm-up).
      objectives: { rtoSeconds: RTO_STEPS.find((x) => x >= 1.5 * needSeconds) ?? 14400, ...(stateful ? { rpoSeconds: rpoFor(replicationMode) } : {}), availabilityPercent: pick([99.9, 99.95, 99.99]) },
      ...(kind === 'web' || kind === 'api'
        ? { load: { requestsPerSecond: Math.round(50 + rnd() * 400), egressGBPerMonth: Math.round(100 + rnd() * 2000), ...(userSites.length ? { users } : {}) } }
        : {}),
    };
    if (s > 0 && (kind === 'web' || kind === 'api')) svc.dependsOn = [services[Math.floor(rnd() * services.length)]!.id];
    services.push(svc);
  }

  const demands = Array.from({ length: Math.round(nRegions / 8) }, (_, k) => {
    const a = pick(officeIdx.length ? officeIdx : all);
    const b = pick(hubIdx);
    return { id: `demand-${k + 1}`, from: sites[a]!.region.id, to: sites[b]!.region.id, mbps: pick([5, 10, 20, 50]), class: pick(['realtime', 'interactive', 'bulk'] as const) };
  }).filter((d) => d.from !== d.to);

  const scenarios: Design['scenarios'] = [
    { id: 'lose-hub-1', name: `Outage of ${sites[hubIdx[0]!]!.region.name}`, fail: [sites[hubIdx[0]!]!.region.id] },
    { id: 'lose-cloud-1', name: `Outage of ${sites[cloudIdx[0]!]!.region.name}`, fail: [sites[cloudIdx[0]!]!.region.id] },
    { id: 'cut-first-dedicated', name: 'First dedicated cloud connection cut', fail: [circuits.find((c) => c.type === 'direct-connect' || c.type === 'expressroute' || c.type === 'interconnect')?.id ?? circuits[0]!.id] },
    { id: 'aws-outage', name: 'AWS-wide outage', providerOutage: ['aws'] },
    { id: 'carrier-a-degraded', name: 'Carrier A congestion', degrade: circuits.filter((c) => c.carrier === 'Carrier A').slice(0, 5).map((c) => ({ circuit: c.id, addedLatencyMs: 20, bandwidthFactor: 0.5 })) },
    { id: 'atlantic-partition', name: 'Transatlantic partition', partition: [sites.filter((s) => s.lon < -30).slice(0, 20).map((s) => s.region.id), sites.filter((s) => s.lon >= -30).slice(0, 20).map((s) => s.region.id)] },
  ];

  return {
    schemaVersion: 1,
    name: `Generated enterprise network (${nRegions} regions, ${circuits.length} circuits, ${nServices} services, seed ${seed})`,
    description: 'Generated by scripts/generate-large.ts for performance work: real cloud regions, on-prem sites near real cities, backbone peering, hubs with dedicated cloud connections, spokes with backups, and a nearest-neighbour mesh.',
    assumptions: 'Bandwidths, loads and objectives are drawn from realistic ranges by a seeded generator; they are not a real network.',
    regions: sites.map((s) => s.region),
    circuits,
    services,
    demands,
    scenarios: scenarios.filter((s) => !s.degrade || s.degrade.length > 0),
  };
}

function parseArgs(argv: string[]): GenerateOptions & { out?: string } {
  const opts: GenerateOptions & { out?: string } = { regions: 200, circuits: 600, services: 100, seed: 42 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    const num = () => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number, got "${value ?? ''}"`);
      i++;
      return n;
    };
    if (flag === '--regions') opts.regions = num();
    else if (flag === '--circuits') opts.circuits = num();
    else if (flag === '--services') opts.services = num();
    else if (flag === '--seed') opts.seed = num();
    else if (flag === '--out') {
      if (!value) throw new Error('--out needs a file name');
      opts.out = value;
      i++;
    } else throw new Error(`unknown option ${flag} (use --regions N --circuits N --services N --seed N --out FILE)`);
  }
  return opts;
}

if (process.argv[1] && /generate-large\.ts$/.test(process.argv[1])) {
  try {
    const opts = parseArgs(process.argv.slice(2));
    const design = generateLargeDesign(opts);
    const yaml = serializeDesign(design);
    const check = parseDesign(yaml);
    const errors = check.problems.filter((p) => p.severity === 'error');
    if (errors.length) throw new Error(`the generated design does not validate: ${errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    if (opts.out) {
      writeFileSync(opts.out, yaml);
      process.stderr.write(`wrote ${opts.out}: ${design.regions.length} regions, ${design.circuits.length} circuits, ${design.services.length} services\n`);
    } else process.stdout.write(yaml);
  } catch (err) {
    process.stderr.write(`generate-large: ${(err as Error).message}\n`);
    process.exit(2);
  }
}
