/**
 * Latency runtime API: the calibrated backbone-graph model, loaded once from
 * resources/catalog/backbone.json and resources/catalog/latency-model.json.
 *
 * `estimateBackboneRtt` answers "how long is a round trip between these two points over a good
 * private backbone"; callers add per-circuit-type inflation and overheads on top of `rttMs`.
 */
import backboneJson from '../../../resources/catalog/backbone.json';
import calibrationJson from '../../../resources/catalog/latency-model.json';
import type { LatencyCalibration } from './calibration.ts';
import { fibreFloorRttMs, FIBRE_KM_PER_MS, haversineKm, type LatLon } from './geo.ts';
import { buildHubRouting, hubPath, nearestHubs, routeBetween, routedRttMs, type Backbone, type HubRouting, type LatencyParameters } from './model.ts';

export { haversineKm, fibreFloorRttMs, FIBRE_KM_PER_MS, type LatLon };
export type { Backbone, BackboneHub, BackboneCorridor, LatencyParameters } from './model.ts';
export type { LatencyCalibration } from './calibration.ts';

/** A loaded model: parameters, the hub graph with all-pairs routes precomputed, and its provenance. */
export interface LatencyModel {
  readonly params: LatencyParameters;
  readonly routing: HubRouting;
  /** Hub id → city, for showing routes. */
  readonly hubCity: ReadonlyMap<string, string>;
  readonly calibration: LatencyCalibration;
  /** One-line provenance, e.g. "backbone-graph v1, fitted on 1,927 published pairs, held-out median 5.3 %, p90 15.8 %". */
  readonly description: string;
}

/** One backbone estimate between two points. */
export interface BackboneEstimate {
  /** Estimated round trip over a good private backbone, ms; never below `floorMs`. */
  rttMs: number;
  /** Physical floor: light in fibre along the great circle and back, ms. */
  floorMs: number;
  /** Hub ids the route passes, in order from `a` to `b` (empty for a direct regional path). */
  viaHubs: string[];
  /** Length of the route (access legs + corridors, inflated), km. */
  routeKm: number;
  /** Provenance of the figure, e.g. "backbone-graph v1, fitted on 1,927 published pairs, held-out median 5.3 %, p90 15.8 %". */
  model: string;
}

const groupThousands = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const KINDS = new Set(['terrestrial', 'submarine']);

/** Checks the shape of a backbone catalog; throws with the first problem found. */
export function toBackbone(json: unknown): Backbone {
  const b = json as Backbone;
  if (!b || !Array.isArray(b.hubs) || !Array.isArray(b.corridors)) throw new Error('backbone.json: hubs and corridors must be arrays');
  const ids = new Set<string>();
  for (const h of b.hubs) {
    if (typeof h.id !== 'string' || !Number.isFinite(h.lat) || !Number.isFinite(h.lon) || Math.abs(h.lat) > 90 || Math.abs(h.lon) > 180) {
      throw new Error(`backbone.json: bad hub ${JSON.stringify(h)}`);
    }
    if (ids.has(h.id)) throw new Error(`backbone.json: duplicate hub ${h.id}`);
    ids.add(h.id);
  }
  for (const c of b.corridors) {
    if (!ids.has(c.a) || !ids.has(c.b) || !KINDS.has(c.kind)) throw new Error(`backbone.json: bad corridor ${JSON.stringify(c)}`);
  }
  return b;
}

/**
 * Builds a model from a backbone catalog and a calibration record (precomputes the hub
 * all-pairs routes under the calibrated inflations). Use `loadLatencyModel` for the shipped one.
 */
export function createLatencyModel(backbone: Backbone, calibration: LatencyCalibration): LatencyModel {
  const params = calibration.parameters;
  const routing = buildHubRouting(backbone, params.terrestrialInflation, params.submarineInflation);
  const ho = calibration.fit.heldOut.model;
  return {
    params,
    routing,
    hubCity: new Map(backbone.hubs.map((h) => [h.id, h.city])),
    calibration,
    description: `backbone-graph v${calibration.version}, fitted on ${groupThousands(calibration.fit.pairs)} published pairs, held-out median ${ho.medianPct.toFixed(1)} %, p90 ${ho.p90Pct.toFixed(1)} %`,
  };
}

let loaded: LatencyModel | undefined;

type Attachment = ReturnType<typeof nearestHubs>;
/** Per-model cache of endpoint attachments: callers ask for every pair of a few dozen sites. */
const attachCache = new WeakMap<LatencyModel, Map<string, Attachment>>();
const ATTACH_CACHE_MAX = 4096;

function attachmentOf(model: LatencyModel, p: LatLon): Attachment {
  let cache = attachCache.get(model);
  if (!cache) attachCache.set(model, (cache = new Map()));
  const key = `${p.lat},${p.lon}`;
  let near = cache.get(key);
  if (!near) {
    const { attachHubs, attachReachFactor, attachReachKm } = model.params;
    near = nearestHubs(model.routing, p, attachHubs, attachReachFactor, attachReachKm);
    if (cache.size >= ATTACH_CACHE_MAX) cache.clear();
    cache.set(key, near);
  }
  return near;
}

/** The shipped model (memoised): resources/catalog/backbone.json + latency-model.json. */
export function loadLatencyModel(): LatencyModel {
  loaded ??= createLatencyModel(toBackbone(backboneJson), calibrationJson as unknown as LatencyCalibration);
  return loaded;
}

/**
 * Round trip between two points over the backbone graph, ms. The route attaches each end to
 * its nearest hubs (access legs), follows the shortest corridor route between them, and
 * costs pathFactor × fibre time along it + fixed overhead + per-hub cost. Never below the
 * fibre floor (2 · great-circle km ÷ 204.2 km/ms).
 */
export function estimateBackboneRtt(a: LatLon, b: LatLon, model: LatencyModel = loadLatencyModel()): BackboneEstimate {
  const floorMs = fibreFloorRttMs(a, b);
  const path = routeBetween(model.routing, model.params, a, b, attachmentOf(model, a), attachmentOf(model, b));
  const routed = Number.isFinite(path.routeKm) ? routedRttMs(model.params, path) : Infinity;
  return {
    rttMs: Math.max(floorMs, routed),
    floorMs,
    viaHubs: hubPath(model.routing, path.fromHub, path.toHub),
    routeKm: path.routeKm,
    model: model.description,
  };
}
