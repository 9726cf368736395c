/**
 * The calibration record written by `npm run calibrate` to resources/catalog/latency-model.json:
 * fitted parameters, the fit's error figures and where the data came from.
 */
import { COORDINATE_CORRECTIONS, buildCalibrationPairs, parsePublishedLatencyCsv, parseRegionsCsv, type CoordinateCorrection } from './data.ts';
import {
  DEFAULT_FIT_OPTIONS,
  fitLatencyModel,
  type BaselineParameters,
  type ErrorStats,
  type FitOptions,
  type FitResult,
  type FitRow,
  type WorstPair,
} from './fit.ts';
import { haversineKm, type LatLon } from './geo.ts';
import type { Backbone, LatencyParameters } from './model.ts';

/** Where the published rows came from, per provider. */
export interface CalibrationDataSource {
  provider: string;
  /** Directed rows read for this provider. */
  rows: number;
  source: string;
  sourceDate: string;
}

export interface LatencyCalibration {
  model: 'backbone-graph';
  version: number;
  /** Human summary of provenance shown beside estimates. */
  source: string;
  parameters: LatencyParameters;
  fit: {
    method: string;
    holdOut: string;
    /** Undirected pairs (directions averaged). */
    pairs: number;
    folds: number;
    heldOut: { model: ErrorStats; baseline: ErrorStats };
    /** Leave-one-region-out figures per provider. */
    heldOutByProvider: Record<string, { model: ErrorStats; baseline: ErrorStats }>;
    /**
     * Stricter check: every region within `radiusKm` of another (any provider) is held out
     * with it, so a fold predicts a metro the fit has never seen.
     */
    heldOutByMetro: { radiusKm: number; folds: number; model: ErrorStats; baseline: ErrorStats };
    inSample: { model: ErrorStats; baseline: ErrorStats };
    baseline: BaselineParameters;
    worstHeldOut: WorstPair[];
  };
  data: {
    file: string;
    /** Directed rows read. */
    rows: number;
    /** Latest source date among the rows, YYYY-MM-DD. */
    dateOfData: string;
    sources: CalibrationDataSource[];
  };
  coordinateCorrections: CoordinateCorrection[];
  /** Which backbone catalog the parameters were fitted with. */
  backbone: { version: number; hubs: number; corridors: number; checksum: string };
}

/** FNV-1a 32-bit hash of the backbone's hubs and corridors, hex: detects a stale calibration. */
export function backboneChecksum(backbone: Backbone): string {
  const text = JSON.stringify([
    backbone.hubs.map((h) => [h.id, h.lat, h.lon]),
    backbone.corridors.map((c) => [c.a, c.b, c.kind]),
  ]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

const roundStats = (s: ErrorStats): ErrorStats => ({
  count: s.count,
  medianPct: round(s.medianPct, 2),
  p90Pct: round(s.p90Pct, 2),
  p95Pct: round(s.p95Pct, 2),
  meanPct: round(s.meanPct, 2),
});

/**
 * Assembles the calibration record from a fit. Parameters are rounded to 4 decimals and
 * error figures to 0.01 %, so the file diffs cleanly between runs.
 */
export function buildCalibration(
  fit: FitResult,
  byMetro: { radiusKm: number; fit: FitResult },
  backbone: Backbone,
  data: LatencyCalibration['data'],
  corrections: readonly CoordinateCorrection[],
): LatencyCalibration {
  const p = fit.params;
  const ho = fit.heldOut.model;
  return {
    model: 'backbone-graph',
    version: 1,
    source: `Backbone-graph model fitted on ${data.rows} published directed round trips (${fit.pairs} region pairs; ${data.sources
      .map((s) => `${s.provider}: ${s.source.split(' (')[0]}`)
      .join('; ')}), data as of ${data.dateOfData}; held-out (leave-one-region-out) median absolute error ${ho.medianPct.toFixed(1)} %, 90th percentile ${ho.p90Pct.toFixed(1)} %.`,
    parameters: {
      pathFactor: round(p.pathFactor, 4),
      fixedOverheadMs: round(p.fixedOverheadMs, 4),
      perHubMs: round(p.perHubMs, 4),
      accessInflation: round(p.accessInflation, 4),
      terrestrialInflation: round(p.terrestrialInflation, 4),
      submarineInflation: round(p.submarineInflation, 4),
      attachHubs: p.attachHubs,
      directMaxKm: p.directMaxKm,
      attachReachFactor: p.attachReachFactor,
      attachReachKm: p.attachReachKm,
    },
    fit: {
      method:
        'Grid search over access and terrestrial inflation (submarine = 1); for each grid point, path factor, fixed overhead and per-hub cost by least absolute relative error (IRLS, overhead and per-hub cost ≥ 0). Grid point chosen by training mean absolute relative error.',
      holdOut:
        'Leave-one-region-out: for each region, fit on pairs that do not touch it and predict the pairs that do. Each pair is predicted twice, once with each end held out; figures summarise all held-out predictions.',
      pairs: fit.pairs,
      folds: fit.folds,
      heldOut: { model: roundStats(fit.heldOut.model), baseline: roundStats(fit.heldOut.baseline) },
      heldOutByProvider: Object.fromEntries(
        Object.entries(fit.heldOutByPrefix).map(([k, v]) => [k, { model: roundStats(v.model), baseline: roundStats(v.baseline) }]),
      ),
      heldOutByMetro: {
        radiusKm: byMetro.radiusKm,
        folds: byMetro.fit.folds,
        model: roundStats(byMetro.fit.heldOut.model),
        baseline: roundStats(byMetro.fit.heldOut.baseline),
      },
      inSample: { model: roundStats(fit.inSample.model), baseline: roundStats(fit.inSample.baseline) },
      baseline: { factor: round(fit.baseline.factor, 4), interceptMs: round(fit.baseline.interceptMs, 4) },
      worstHeldOut: fit.worstHeldOut.map((w) => ({
        ...w,
        measuredMs: round(w.measuredMs, 2),
        predictedMs: round(w.predictedMs, 2),
        errorPct: round(w.errorPct, 1),
        floorMs: round(w.floorMs, 2),
      })),
    },
    data,
    coordinateCorrections: [...corrections],
    backbone: { version: backbone.version, hubs: backbone.hubs.length, corridors: backbone.corridors.length, checksum: backboneChecksum(backbone) },
  };
}

/** Regions this close (km) count as one metro for the stricter hold-out. */
export const METRO_RADIUS_KM = 150;

/**
 * Groups points into metros: in key order, each point joins the first metro whose first
 * member lies within `radiusKm`, or starts a new one. Returns key → metro id (its first key).
 */
export function metroGroups(points: readonly (LatLon & { key: string })[], radiusKm: number): Map<string, string> {
  const unique = new Map<string, LatLon>();
  for (const p of points) unique.set(p.key, { lat: p.lat, lon: p.lon });
  const seeds: { key: string; at: LatLon }[] = [];
  const out = new Map<string, string>();
  for (const key of [...unique.keys()].sort()) {
    const at = unique.get(key)!;
    const seed = seeds.find((s) => haversineKm(s.at, at) <= radiusKm);
    if (seed) out.set(key, seed.key);
    else {
      seeds.push({ key, at });
      out.set(key, key);
    }
  }
  return out;
}

/**
 * The whole calibration from the two CSV texts: parse, join coordinates (with corrections),
 * average directions, fit with regions held out, and assemble the record. Pure and deterministic.
 */
export function calibrateFromCsv(
  regionsCsv: string,
  latencyCsv: string,
  backbone: Backbone,
  options: FitOptions = DEFAULT_FIT_OPTIONS,
  corrections: readonly CoordinateCorrection[] = COORDINATE_CORRECTIONS,
): { fit: FitResult; byMetro: FitResult; calibration: LatencyCalibration; unmatched: string[] } {
  const regions = parseRegionsCsv(regionsCsv);
  const rows = parsePublishedLatencyCsv(latencyCsv);
  const { pairs, unmatched } = buildCalibrationPairs(regions, rows, corrections);
  const fitRows: FitRow[] = pairs.map((p) => ({
    key: p.key,
    groupA: `${p.provider}:${p.regionA}`,
    groupB: `${p.provider}:${p.regionB}`,
    a: p.a,
    b: p.b,
    rttMs: p.rttMs,
  }));
  const fit = fitLatencyModel(fitRows, backbone, options);
  const metro = metroGroups(
    pairs.flatMap((p) => [
      { key: `${p.provider}:${p.regionA}`, ...p.a },
      { key: `${p.provider}:${p.regionB}`, ...p.b },
    ]),
    METRO_RADIUS_KM,
  );
  const metroRows = fitRows.map((r) => ({ ...r, groupA: metro.get(r.groupA)!, groupB: metro.get(r.groupB)! }));
  const byMetro = { radiusKm: METRO_RADIUS_KM, fit: fitLatencyModel(metroRows, backbone, { ...options, worstCount: 0 }) };
  const bySource = new Map<string, CalibrationDataSource>();
  let dateOfData = '';
  for (const r of rows) {
    const date = /\d{4}-\d{2}-\d{2}/.exec(r.sourceDate)?.[0] ?? '';
    if (date > dateOfData) dateOfData = date;
    const key = `${r.provider}\u0000${r.source}`;
    const s = bySource.get(key) ?? { provider: r.provider, rows: 0, source: r.source, sourceDate: r.sourceDate };
    s.rows += 1;
    bySource.set(key, s);
  }
  const data = {
    file: 'latency-published.csv',
    rows: rows.length,
    dateOfData,
    sources: [...bySource.values()].sort((x, y) => (x.provider < y.provider ? -1 : x.provider > y.provider ? 1 : 0)),
  };
  return { fit, byMetro: byMetro.fit, calibration: buildCalibration(fit, byMetro, backbone, data, corrections), unmatched };
}
