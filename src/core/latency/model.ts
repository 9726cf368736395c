/**
 * The backbone-graph latency model: an endpoint attaches to its nearest interconnection hubs,
 * the path follows the shortest route over the world's cable corridors, and the round trip
 * is fibre time along that route times a fitted factor, plus fixed and per-hub costs.
 * Pure: the hub graph and parameters come in as data.
 */
import { EARTH_RADIUS_KM, FIBRE_KM_PER_MS, haversineKm, type LatLon } from './geo.ts';

const RAD = Math.PI / 180;

function unitVector(p: LatLon): [number, number, number] {
  const cl = Math.cos(p.lat * RAD);
  return [cl * Math.cos(p.lon * RAD), cl * Math.sin(p.lon * RAD), Math.sin(p.lat * RAD)];
}

/** One interconnection hub of the backbone catalog. */
export interface BackboneHub {
  id: string;
  city: string;
  lat: number;
  lon: number;
  /** Why this metro is a hub: exchanges, cable landings. */
  note: string;
}

/** Kind of a corridor; the model inflates great-circle length by a factor per kind. */
export type CorridorKind = 'terrestrial' | 'submarine';

/** A cable corridor between two hubs, standing for the real systems named in its note. */
export interface BackboneCorridor {
  a: string;
  b: string;
  kind: CorridorKind;
  note: string;
}

/** The backbone catalog (resources/catalog/backbone.json). */
export interface Backbone {
  version: number;
  description: string;
  source: string;
  hubs: BackboneHub[];
  corridors: BackboneCorridor[];
}

/** The model's parameters. Distances in km, times in ms; inflations are dimensionless. */
export interface LatencyParameters {
  /** Multiplier on fibre time along the routed path (covers slack in cables, equipment, queues). */
  pathFactor: number;
  /** Round-trip time added to every estimate (end hosts, hand-offs), ms. */
  fixedOverheadMs: number;
  /** Round-trip time added per hub on the path (routers, exchange hand-offs), ms. */
  perHubMs: number;
  /** Access-leg length ÷ great-circle distance from an endpoint to its hub (or to the other endpoint on a direct path). */
  accessInflation: number;
  /** Route length ÷ great-circle length of a terrestrial corridor. */
  terrestrialInflation: number;
  /** Route length ÷ great-circle length of a submarine corridor (the unit the others are relative to). */
  submarineInflation: number;
  /** How many nearest hubs each endpoint may attach to. */
  attachHubs: number;
  /** Endpoints closer than this may be joined directly, without a hub, km. */
  directMaxKm: number;
  /**
   * An endpoint attaches only to hubs within attachReachFactor × (distance to its nearest hub)
   * + attachReachKm: a hub much farther than the nearest one is reached through the graph,
   * not by a private access leg (Tel Aviv reaches Cairo through its own landings, not overland).
   */
  attachReachFactor: number;
  /** See attachReachFactor, km. */
  attachReachKm: number;
}

/** The hub graph after all-pairs shortest routes, for a given set of inflations. */
export interface HubRouting {
  hubIds: readonly string[];
  hubLat: Float64Array;
  hubLon: Float64Array;
  /** Unit vectors of the hubs (x, y, z interleaved), for fast nearest-hub search. */
  hubXyz: Float64Array;
  /** Routed length between hubs i and j (inflated km) at [i * n + j]; Infinity if unreachable. */
  routeKm: Float64Array;
  /** Number of hubs on the route from i to j, ends included (1 when i = j). */
  hubCount: Int32Array;
  /** Next hub after i on the route towards j, −1 if unreachable. */
  next: Int32Array;
}

/**
 * Builds the hub graph and runs Floyd–Warshall over corridor lengths (great-circle km ×
 * inflation by kind). Ties keep the first route found, so the result is deterministic.
 * Throws when a corridor names an unknown hub.
 */
export function buildHubRouting(backbone: Backbone, terrestrialInflation: number, submarineInflation: number): HubRouting {
  const n = backbone.hubs.length;
  const index = new Map<string, number>();
  backbone.hubs.forEach((h, i) => index.set(h.id, i));
  const hubLat = Float64Array.from(backbone.hubs, (h) => h.lat);
  const hubLon = Float64Array.from(backbone.hubs, (h) => h.lon);
  const hubXyz = new Float64Array(n * 3);
  backbone.hubs.forEach((h, i) => hubXyz.set(unitVector(h), i * 3));
  const routeKm = new Float64Array(n * n).fill(Infinity);
  const hubCount = new Int32Array(n * n);
  const next = new Int32Array(n * n).fill(-1);
  for (let i = 0; i < n; i++) {
    routeKm[i * n + i] = 0;
    hubCount[i * n + i] = 1;
    next[i * n + i] = i;
  }
  for (const c of backbone.corridors) {
    const i = index.get(c.a);
    const j = index.get(c.b);
    if (i === undefined || j === undefined) throw new Error(`backbone corridor ${c.a}–${c.b} names an unknown hub`);
    const km = haversineKm(backbone.hubs[i]!, backbone.hubs[j]!) * (c.kind === 'submarine' ? submarineInflation : terrestrialInflation);
    if (km < routeKm[i * n + j]!) {
      routeKm[i * n + j] = km;
      routeKm[j * n + i] = km;
      hubCount[i * n + j] = 2;
      hubCount[j * n + i] = 2;
      next[i * n + j] = j;
      next[j * n + i] = i;
    }
  }
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < n; i++) {
      const ik = routeKm[i * n + k]!;
      if (ik === Infinity) continue;
      for (let j = 0; j < n; j++) {
        const via = ik + routeKm[k * n + j]!;
        if (via < routeKm[i * n + j]! - 1e-9) {
          routeKm[i * n + j] = via;
          hubCount[i * n + j] = hubCount[i * n + k]! + hubCount[k * n + j]! - 1;
          next[i * n + j] = next[i * n + k]!;
        }
      }
    }
  }
  return { hubIds: backbone.hubs.map((h) => h.id), hubLat, hubLon, hubXyz, routeKm, hubCount, next };
}

/**
 * The hubs a point attaches to: among its `k` nearest, those within reachFactor × nearest +
 * reachKm. Returns hub indexes and great-circle distances (km), nearest first.
 */
export function nearestHubs(
  routing: HubRouting,
  p: LatLon,
  k: number,
  reachFactor = Infinity,
  reachKm = 0,
): { hubs: number[]; km: number[] } {
  const n = routing.hubIds.length;
  const [px, py, pz] = unitVector(p);
  const xyz = routing.hubXyz;
  // Squared chord length orders hubs exactly as great-circle distance does, without trigonometry.
  const hubs: number[] = [];
  const km: number[] = [];
  for (let i = 0; i < n; i++) {
    const dx = xyz[i * 3]! - px;
    const dy = xyz[i * 3 + 1]! - py;
    const dz = xyz[i * 3 + 2]! - pz;
    const d = dx * dx + dy * dy + dz * dz;
    if (hubs.length < k) {
      hubs.push(i);
      km.push(d);
    } else if (d < km[k - 1]!) {
      hubs[k - 1] = i;
      km[k - 1] = d;
    } else continue;
    for (let at = hubs.length - 1; at > 0 && km[at - 1]! > km[at]!; at--) {
      const h = hubs[at]!;
      hubs[at] = hubs[at - 1]!;
      hubs[at - 1] = h;
      const d2 = km[at]!;
      km[at] = km[at - 1]!;
      km[at - 1] = d2;
    }
  }
  for (let x = 0; x < km.length; x++) km[x] = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(km[x]!) / 2));
  const limit = km.length > 0 ? km[0]! * reachFactor + reachKm : 0;
  let keep = km.length;
  while (keep > 1 && km[keep - 1]! > limit) keep--;
  hubs.length = keep;
  km.length = keep;
  return { hubs, km };
}

/** The route chosen between two points: its length and the hubs it passes. */
export interface RoutedPath {
  /** Length along access legs and corridors, inflated km. */
  routeKm: number;
  /** Hubs on the route (0 for a direct path). */
  hubCount: number;
  /** First and last hub indexes, −1 for a direct path. */
  fromHub: number;
  toHub: number;
}

/**
 * Shortest route between two points: either direct (when closer than `directMaxKm`) or
 * access leg → hub route → access leg over the `attachHubs` nearest hubs of each end.
 * `nearA`/`nearB` may be passed when already known (the fit reuses them).
 */
export function routeBetween(
  routing: HubRouting,
  params: Pick<LatencyParameters, 'accessInflation' | 'attachHubs' | 'directMaxKm' | 'attachReachFactor' | 'attachReachKm'>,
  a: LatLon,
  b: LatLon,
  nearA = nearestHubs(routing, a, params.attachHubs, params.attachReachFactor, params.attachReachKm),
  nearB = nearestHubs(routing, b, params.attachHubs, params.attachReachFactor, params.attachReachKm),
): RoutedPath {
  const n = routing.hubIds.length;
  const gcKm = haversineKm(a, b);
  let best: RoutedPath = { routeKm: Infinity, hubCount: 0, fromHub: -1, toHub: -1 };
  if (gcKm <= params.directMaxKm) best = { routeKm: gcKm * params.accessInflation, hubCount: 0, fromHub: -1, toHub: -1 };
  for (let x = 0; x < nearA.hubs.length; x++) {
    const i = nearA.hubs[x]!;
    const accessA = nearA.km[x]! * params.accessInflation;
    for (let y = 0; y < nearB.hubs.length; y++) {
      const j = nearB.hubs[y]!;
      const km = accessA + routing.routeKm[i * n + j]! + nearB.km[y]! * params.accessInflation;
      if (km < best.routeKm - 1e-9) best = { routeKm: km, hubCount: routing.hubCount[i * n + j]!, fromHub: i, toHub: j };
    }
  }
  return best;
}

/** The hub ids along the route from hub i to hub j (empty when either is −1). */
export function hubPath(routing: HubRouting, i: number, j: number): string[] {
  if (i < 0 || j < 0) return [];
  const n = routing.hubIds.length;
  const ids: string[] = [routing.hubIds[i]!];
  let at = i;
  while (at !== j) {
    at = routing.next[at * n + j]!;
    if (at < 0) return [];
    ids.push(routing.hubIds[at]!);
  }
  return ids;
}

/**
 * Round-trip time of a routed path before the floor clamp, ms:
 * pathFactor × 2 · routeKm / v_fibre + fixedOverheadMs + perHubMs × hubCount.
 */
export function routedRttMs(params: Pick<LatencyParameters, 'pathFactor' | 'fixedOverheadMs' | 'perHubMs'>, path: RoutedPath): number {
  return (params.pathFactor * 2 * path.routeKm) / FIBRE_KM_PER_MS + params.fixedOverheadMs + params.perHubMs * path.hubCount;
}
