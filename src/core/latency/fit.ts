/**
 * Fitting the backbone-graph latency model on published round trips, with whole regions
 * held out, beside the baseline "great-circle floor × one factor + intercept" fitted and
 * evaluated the same way. Pure and deterministic: same rows in, same parameters out.
 */
import { FIBRE_KM_PER_MS, fibreFloorRttMs, type LatLon } from './geo.ts';
import {
  buildHubRouting,
  hubPath,
  nearestHubs,
  routeBetween,
  routedRttMs,
  type Backbone,
  type HubRouting,
  type LatencyParameters,
} from './model.ts';

/** One measured pair for fitting. `groupA`/`groupB` name the hold-out unit of each end (a region). */
export interface FitRow {
  key: string;
  groupA: string;
  groupB: string;
  a: LatLon;
  b: LatLon;
  /** Measured round trip, ms. */
  rttMs: number;
}

/** Search space and fixed choices of the fit. */
export interface FitOptions {
  /** Candidate access inflations (dimensionless). */
  accessGrid: readonly number[];
  /** Candidate terrestrial inflations relative to submarine corridors (dimensionless). */
  terrestrialGrid: readonly number[];
  /** Submarine corridor inflation: the reference the others are relative to. */
  submarineInflation: number;
  /** Nearest hubs each endpoint may attach to. */
  attachHubs: number;
  /** Endpoints closer than this are also tried on a direct path, km. */
  directMaxKm: number;
  /** Attachment reach (see LatencyParameters.attachReachFactor), dimensionless. */
  attachReachFactor: number;
  /** Attachment reach slack, km. */
  attachReachKm: number;
  /** How many of the worst held-out pairs to list. */
  worstCount: number;
}

const range = (from: number, to: number, step: number): number[] => {
  const out: number[] = [];
  for (let i = 0; from + i * step <= to + 1e-9; i++) out.push(Math.round((from + i * step) * 1000) / 1000);
  return out;
};

/** The search space used by `npm run calibrate`. */
export const DEFAULT_FIT_OPTIONS: FitOptions = {
  accessGrid: range(1.0, 2.6, 0.1),
  terrestrialGrid: range(0.8, 1.8, 0.05),
  submarineInflation: 1,
  attachHubs: 3,
  directMaxKm: 1000,
  attachReachFactor: 2,
  attachReachKm: 100,
  worstCount: 15,
};

/** Absolute percentage errors summarised, % (percentiles by linear interpolation between order statistics). */
export interface ErrorStats {
  /** Number of predictions summarised. */
  count: number;
  medianPct: number;
  p90Pct: number;
  p95Pct: number;
  meanPct: number;
}

/** Baseline: rttMs ≈ factor × great-circle fibre floor + interceptMs. */
export interface BaselineParameters {
  factor: number;
  interceptMs: number;
}

/** A held-out pair with a large error, for the report. */
export interface WorstPair {
  key: string;
  measuredMs: number;
  /** Held-out prediction with the larger error of the two folds that held out one of its ends, ms. */
  predictedMs: number;
  errorPct: number;
  /** Hubs on the route under the final parameters. */
  viaHubs: string[];
  floorMs: number;
}

export interface FitResult {
  params: LatencyParameters;
  baseline: BaselineParameters;
  /** Pairs fitted on. */
  pairs: number;
  /** Number of folds (one per hold-out group). */
  folds: number;
  inSample: { model: ErrorStats; baseline: ErrorStats };
  /** Each pair is predicted once per fold that holds out one of its ends (twice for most pairs). */
  heldOut: { model: ErrorStats; baseline: ErrorStats };
  /** Held-out figures per key prefix before the first ":" (the provider, for published pairs). */
  heldOutByPrefix: Record<string, { model: ErrorStats; baseline: ErrorStats }>;
  worstHeldOut: WorstPair[];
}

/** Percentile q (0…1) of sorted values, linear interpolation between order statistics. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Summarises absolute percentage errors, %. */
export function errorStats(absPct: readonly number[]): ErrorStats {
  const s = [...absPct].sort((x, y) => x - y);
  const mean = s.reduce((t, v) => t + v, 0) / (s.length || 1);
  return { count: s.length, medianPct: percentile(s, 0.5), p90Pct: percentile(s, 0.9), p95Pct: percentile(s, 0.95), meanPct: mean };
}

/** Features of each row under one candidate routing: y ≈ c0·x1 + c1 + c2·x2. */
interface Features {
  x1: Float64Array;
  x2: Float64Array;
}

const NSUM = 9;

/** Per-row contributions to relative-weighted normal equations (weight 1/y²). */
function contributions(f: Features, y: Float64Array): Float64Array {
  const out = new Float64Array(y.length * NSUM);
  for (let r = 0; r < y.length; r++) {
    const w = 1 / (y[r]! * y[r]!);
    const x1 = f.x1[r]!;
    const x2 = f.x2[r]!;
    const o = r * NSUM;
    out[o] = w * x1 * x1;
    out[o + 1] = w * x1;
    out[o + 2] = w * x1 * x2;
    out[o + 3] = w;
    out[o + 4] = w * x2;
    out[o + 5] = w * x2 * x2;
    out[o + 6] = w * x1 * y[r]!;
    out[o + 7] = w * y[r]!;
    out[o + 8] = w * x2 * y[r]!;
  }
  return out;
}

/** Solves the 3×3 (or reduced) normal equations; variables not in `free` are held at 0. */
function solveNormal(s: ArrayLike<number>, free: readonly boolean[]): [number, number, number] {
  const full = [
    [s[0]!, s[1]!, s[2]!, s[6]!],
    [s[1]!, s[3]!, s[4]!, s[7]!],
    [s[2]!, s[4]!, s[5]!, s[8]!],
  ];
  const idx = [0, 1, 2].filter((i) => free[i]);
  const m = idx.map((i) => [...idx.map((j) => full[i]![j]!), full[i]![3]!]);
  const k = idx.length;
  for (let c = 0; c < k; c++) {
    let p = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const piv = m[c]![c]!;
    if (Math.abs(piv) < 1e-300) continue;
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / piv;
      for (let j = c; j <= k; j++) m[r]![j]! -= f * m[c]![j]!;
    }
  }
  const coef: [number, number, number] = [0, 0, 0];
  idx.forEach((i, r) => {
    const piv = m[r]![r]!;
    coef[i] = Math.abs(piv) < 1e-300 ? 0 : m[r]![k]! / piv;
  });
  return coef;
}

/** Weighted least squares with the intercept and per-hub cost kept ≥ 0. */
function solveNonNegative(s: ArrayLike<number>, allowHub: boolean): [number, number, number] {
  const free = [true, true, allowHub];
  let coef = solveNormal(s, free);
  for (let pass = 0; pass < 2; pass++) {
    let changed = false;
    for (const i of [1, 2]) {
      if (free[i] && coef[i]! < 0) {
        free[i] = false;
        changed = true;
      }
    }
    if (!changed) break;
    coef = solveNormal(s, free);
  }
  return coef;
}

const predict = (c: readonly number[], f: Features, r: number, floor: number): number =>
  Math.max(floor, c[0]! * f.x1[r]! + c[1]! + c[2]! * f.x2[r]!);

/**
 * Refines coefficients towards least absolute relative error by iteratively reweighted
 * least squares (weights 1 / (y · |residual|)), starting from the relative-LS solution.
 */
function refineL1(
  start: [number, number, number],
  f: Features,
  y: Float64Array,
  rows: ArrayLike<number>,
  allowHub: boolean,
): [number, number, number] {
  let coef = start;
  const s = new Float64Array(NSUM);
  for (let it = 0; it < 12; it++) {
    s.fill(0);
    for (let t = 0; t < rows.length; t++) {
      const r = rows[t]!;
      const x1 = f.x1[r]!;
      const x2 = f.x2[r]!;
      const yr = y[r]!;
      const res = Math.abs(yr - (coef[0] * x1 + coef[1] + coef[2] * x2));
      const w = 1 / (yr * Math.max(res, 0.005 * yr));
      s[0]! += w * x1 * x1;
      s[1]! += w * x1;
      s[2]! += w * x1 * x2;
      s[3]! += w;
      s[4]! += w * x2;
      s[5]! += w * x2 * x2;
      s[6]! += w * x1 * yr;
      s[7]! += w * yr;
      s[8]! += w * x2 * yr;
    }
    coef = solveNonNegative(s, allowHub);
  }
  return coef;
}

interface Candidate {
  access: number;
  terrestrial: number;
  features: Features;
  contrib: Float64Array;
  total: Float64Array;
}

/** Picks the grid point whose relative-LS fit on the training rows has the least mean absolute relative error. */
function chooseAndFit(
  cands: readonly Candidate[],
  y: Float64Array,
  floor: Float64Array,
  train: Int32Array,
  excluded: Int32Array,
  allowHub: boolean,
): { cand: Candidate; coef: [number, number, number] } {
  let best: { cand: Candidate; coef: [number, number, number]; err: number } | undefined;
  const s = new Float64Array(NSUM);
  for (const cand of cands) {
    s.set(cand.total);
    for (let t = 0; t < excluded.length; t++) {
      const o = excluded[t]! * NSUM;
      for (let q = 0; q < NSUM; q++) s[q]! -= cand.contrib[o + q]!;
    }
    const coef = solveNonNegative(s, allowHub);
    let err = 0;
    for (let t = 0; t < train.length; t++) {
      const r = train[t]!;
      err += Math.abs(predict(coef, cand.features, r, floor[r]!) - y[r]!) / y[r]!;
    }
    if (!best || err < best.err - 1e-12) best = { cand, coef, err };
  }
  return { cand: best!.cand, coef: refineL1(best!.coef, best!.cand.features, y, train, allowHub) };
}

/**
 * Fits the backbone model and the baseline on `rows`, holding out one group at a time
 * (a pair is in the test fold when either end belongs to the held-out group), and fits the
 * final parameters on all rows. Returns parameters, in-sample and held-out error figures
 * (absolute % error of the predicted RTT against the measured one) and the worst held-out pairs.
 */
export function fitLatencyModel(rows: readonly FitRow[], backbone: Backbone, options: FitOptions = DEFAULT_FIT_OPTIONS): FitResult {
  const n = rows.length;
  if (n === 0) throw new Error('fitLatencyModel: no rows');
  const y = Float64Array.from(rows, (r) => r.rttMs);
  const floor = Float64Array.from(rows, (r) => fibreFloorRttMs(r.a, r.b));

  // Nearest hubs do not depend on the fitted inflations: find them once.
  const anyRouting = buildHubRouting(backbone, 1, 1);
  const nearA = rows.map((r) => nearestHubs(anyRouting, r.a, options.attachHubs, options.attachReachFactor, options.attachReachKm));
  const nearB = rows.map((r) => nearestHubs(anyRouting, r.b, options.attachHubs, options.attachReachFactor, options.attachReachKm));

  const routings = new Map<string, HubRouting>();
  const cands: Candidate[] = [];
  for (const terrestrial of options.terrestrialGrid) {
    const routing = buildHubRouting(backbone, terrestrial, options.submarineInflation);
    routings.set(String(terrestrial), routing);
    for (const access of options.accessGrid) {
      const x1 = new Float64Array(n);
      const x2 = new Float64Array(n);
      const p = { ...options, accessInflation: access };
      for (let r = 0; r < n; r++) {
        const path = routeBetween(routing, p, rows[r]!.a, rows[r]!.b, nearA[r], nearB[r]);
        x1[r] = (2 * path.routeKm) / FIBRE_KM_PER_MS;
        x2[r] = path.hubCount;
      }
      const features = { x1, x2 };
      const contrib = contributions(features, y);
      const total = new Float64Array(NSUM);
      for (let r = 0; r < n; r++) for (let q = 0; q < NSUM; q++) total[q]! += contrib[r * NSUM + q]!;
      cands.push({ access, terrestrial, features, contrib, total });
    }
  }
  const baseFeatures: Features = { x1: floor, x2: new Float64Array(n) };
  const baseContrib = contributions(baseFeatures, y);
  const baseTotal = new Float64Array(NSUM);
  for (let r = 0; r < n; r++) for (let q = 0; q < NSUM; q++) baseTotal[q]! += baseContrib[r * NSUM + q]!;
  const baseCand: Candidate = { access: 0, terrestrial: 0, features: baseFeatures, contrib: baseContrib, total: baseTotal };

  // Folds: one per group, in sorted order.
  const groups = [...new Set(rows.flatMap((r) => [r.groupA, r.groupB]))].sort();
  const modelErr: number[] = [];
  const baseErr: number[] = [];
  const worst = new Map<number, { predictedMs: number; errorPct: number }>();
  const byPrefix = new Map<string, { model: number[]; baseline: number[] }>();
  for (const g of groups) {
    const test: number[] = [];
    const train: number[] = [];
    rows.forEach((r, i) => (r.groupA === g || r.groupB === g ? test : train).push(i));
    if (test.length === 0 || train.length === 0) continue;
    const testIdx = Int32Array.from(test);
    const trainIdx = Int32Array.from(train);
    const m = chooseAndFit(cands, y, floor, trainIdx, testIdx, true);
    const b = chooseAndFit([baseCand], y, floor, trainIdx, testIdx, false);
    for (const r of test) {
      const pm = predict(m.coef, m.cand.features, r, floor[r]!);
      const em = (100 * Math.abs(pm - y[r]!)) / y[r]!;
      const eb = (100 * Math.abs(predict(b.coef, baseFeatures, r, floor[r]!) - y[r]!)) / y[r]!;
      modelErr.push(em);
      baseErr.push(eb);
      const prefix = rows[r]!.key.split(':')[0]!;
      const bucket = byPrefix.get(prefix) ?? { model: [], baseline: [] };
      bucket.model.push(em);
      bucket.baseline.push(eb);
      byPrefix.set(prefix, bucket);
      const w = worst.get(r);
      if (!w || em > w.errorPct) worst.set(r, { predictedMs: pm, errorPct: em });
    }
  }

  const all = Int32Array.from(rows.keys());
  const none = new Int32Array(0);
  const fm = chooseAndFit(cands, y, floor, all, none, true);
  const fb = chooseAndFit([baseCand], y, floor, all, none, false);
  const params: LatencyParameters = {
    pathFactor: fm.coef[0],
    fixedOverheadMs: fm.coef[1],
    perHubMs: fm.coef[2],
    accessInflation: fm.cand.access,
    terrestrialInflation: fm.cand.terrestrial,
    submarineInflation: options.submarineInflation,
    attachHubs: options.attachHubs,
    directMaxKm: options.directMaxKm,
    attachReachFactor: options.attachReachFactor,
    attachReachKm: options.attachReachKm,
  };
  const inModel: number[] = [];
  const inBase: number[] = [];
  for (let r = 0; r < n; r++) {
    inModel.push((100 * Math.abs(predict(fm.coef, fm.cand.features, r, floor[r]!) - y[r]!)) / y[r]!);
    inBase.push((100 * Math.abs(predict(fb.coef, baseFeatures, r, floor[r]!) - y[r]!)) / y[r]!);
  }
  const finalRouting = routings.get(String(fm.cand.terrestrial))!;
  const worstHeldOut = [...worst]
    .sort(([ra, a], [rb, b]) => b.errorPct - a.errorPct || ra - rb)
    .slice(0, options.worstCount)
    .map(([r, w]) => {
      const row = rows[r]!;
      const path = routeBetween(finalRouting, params, row.a, row.b, nearA[r], nearB[r]);
      return { key: row.key, measuredMs: row.rttMs, predictedMs: w.predictedMs, errorPct: w.errorPct, viaHubs: hubPath(finalRouting, path.fromHub, path.toHub), floorMs: floor[r]! };
    });
  return {
    params,
    baseline: { factor: fb.coef[0], interceptMs: fb.coef[1] },
    pairs: n,
    folds: groups.length,
    inSample: { model: errorStats(inModel), baseline: errorStats(inBase) },
    heldOut: { model: errorStats(modelErr), baseline: errorStats(baseErr) },
    heldOutByPrefix: Object.fromEntries(
      [...byPrefix.keys()].sort().map((k) => [k, { model: errorStats(byPrefix.get(k)!.model), baseline: errorStats(byPrefix.get(k)!.baseline) }]),
    ),
    worstHeldOut,
  };
}

/** The model's RTT for one row under given parameters and routing, clamped to the fibre floor, ms. */
export function predictRow(routing: HubRouting, params: LatencyParameters, a: LatLon, b: LatLon): number {
  return Math.max(fibreFloorRttMs(a, b), routedRttMs(params, routeBetween(routing, params, a, b)));
}
