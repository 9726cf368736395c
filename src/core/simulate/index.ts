/**
 * The simulation engine: failure scenarios, N-1/N-2 sweeps, RTO/RPO checks, Monte Carlo
 * availability and drill timelines. Pure: the caller passes the seed; long loops report
 * progress and stop on an AbortSignal, so the app can run this in a Web Worker.
 */
import type { Catalog } from '../catalog/types.ts';
import type { Design } from '../model/schema.ts';
import { ServiceEvaluator, type RtoBreakdown, type ServiceOutcome } from './evaluate.ts';
import { buildSimModel, type SimModel } from './model.ts';
import { simulateAvailability, type MonteCarloResult } from './montecarlo.ts';
import { RouteTable } from './routes.ts';
import { traceReroutes } from './reroutes.ts';
import { intactState, resolveScenario, type DegradationEffect, type FailureState } from './scenario.ts';
import { SimulationAbortedError, sweepFailures, type SweepKind, type SweepResult } from './sweep.ts';
import { buildTimeline, type Timeline } from './timeline.ts';

export { buildSimModel, estimateCircuitRttMs, locateRegion, resolveRtoInputs, type SimModel, type SimService, type RtoInputs, type SourcedValue } from './model.ts';
export { ServiceEvaluator, type Reroute, type RtoBreakdown, type ServiceOutcome, type ServingDetail } from './evaluate.ts';
export { RouteTable, treeUnder, type ReplicaPath } from './routes.ts';
export { traceReroutes } from './reroutes.ts';
export { buildRepairableTree, TreeRepairer, type RepairableTree } from './repair.ts';
export { intactState, mathisThroughputMbps, resolveScenario, sweepState, MATHIS_CONSTANT, TCP_MSS_BYTES, type DegradationEffect, type FailureState } from './scenario.ts';
export { SimulationAbortedError, sweepFailures, type SweepKind, type SweepOptions, type SweepResult, type SweepWorst } from './sweep.ts';
export { closedFormAvailability, simulateAvailability, HOURS_PER_YEAR, type ClosedForm, type MonteCarloOptions, type MonteCarloResult, type MonteCarloService } from './montecarlo.ts';
export { buildTimeline, type Timeline, type TimelineEvent, type TimelineEventKind, type TrafficPoint } from './timeline.ts';
export { createRandom, type Random } from './random.ts';

export interface SimulateOptions {
  /** `'design'` (default): the design's own scenarios; or a list of scenario ids to run. */
  scenarios?: 'design' | string[];
  sweep?: SweepKind;
  /** Simulated years of Monte Carlo; none when omitted or 0. */
  monteCarloYears?: number;
  /** PRNG seed for Monte Carlo (default 1). */
  seed?: number;
  /** Scenario id to build a timeline for (default: the first scenario run). */
  timelineScenario?: string;
  onProgress?: (done: number, total: number, phase: string) => void;
  signal?: AbortSignal;
}

/** One service in one scenario, as the `simulate --json` contract lists it. */
export interface ScenarioServiceResult extends ServiceOutcome {
  rtoBreakdown: RtoBreakdown;
}

export interface ScenarioResult {
  id: string;
  name: string;
  /** Ids of every failed region, circuit and service. */
  failed: string[];
  degradations: DegradationEffect[];
  services: ScenarioServiceResult[];
  /** Every service meets its objectives in this scenario. */
  ok: boolean;
}

/** A default the engine used because the design left the value out. */
export interface DefaultUsed {
  element: string;
  field: string;
  value: number | string;
  basis: string;
}

export interface SimulationResult {
  /** False when any objective fails in any scenario, the sweep, or Monte Carlo. */
  ok: boolean;
  scenarios: ScenarioResult[];
  sweep?: SweepResult;
  monteCarlo?: MonteCarloResult;
  timeline?: Timeline;
  /** Circuit RTTs the routing used, ms, with their basis. */
  circuits: { id: string; rttMs: number; basis: 'measured' | 'published' | 'estimated' }[];
  defaultsUsed: DefaultUsed[];
}

function toScenarioResult(st: FailureState, outcomes: ServiceOutcome[]): ScenarioResult {
  return {
    id: st.id,
    name: st.name,
    failed: st.failed,
    degradations: st.degradations,
    services: outcomes,
    ok: outcomes.every((o) => o.ok),
  };
}

/**
 * Evaluates one failure state in full detail (routes recomputed from scratch). When
 * anything fails or degrades, each outcome lists its `reroutes`: the user regions whose
 * traffic takes another path or serving region after failover.
 */
export function evaluateScenario(model: SimModel, routes: RouteTable, evaluator: ServiceEvaluator, st: FailureState): ServiceOutcome[] {
  if (st.edgeWeight || st.partitionSide) routes.useRecomputed(st);
  else routes.useRepaired(st);
  let out = evaluator.evaluate(st, true);
  routes.useIntact();
  if (st.failed.length > 0 || st.degradations.length > 0) {
    const reroutes = traceReroutes(model, evaluator, st);
    out = out.map((o, si) => ({ ...o, reroutes: reroutes[si]! }));
  }
  return out;
}

function defaultsUsed(model: SimModel): DefaultUsed[] {
  const out: DefaultUsed[] = [];
  for (const s of model.services) {
    if (new Set(s.placements).size < 2) continue; // nothing to fail over to: no failover timings used
    const r = s.rto;
    const push = (field: string, v: { value: number; basis: string }) => {
      if (v.basis.startsWith('catalog')) out.push({ element: s.id, field, value: v.value, basis: v.basis });
    };
    push('failover.healthCheckIntervalSeconds', r.healthCheckIntervalSeconds);
    push('failover.failureThreshold', r.failureThreshold);
    push(`failover propagation (${r.mechanism})`, r.propagationSeconds);
    if (s.topology === 'active-passive') {
      push('failover.promotionSeconds', r.promotionSeconds);
      if (!s.service.failover?.standby) out.push({ element: s.id, field: 'failover.standby', value: r.standby, basis: r.warmUpSeconds.basis });
    }
  }
  return out;
}

/**
 * Simulates a design: every requested scenario in detail (availability, RTO with its
 * breakdown, RPO, user latency, each against the objectives), optionally an N-1 or N-2
 * sweep with the worst case per service, Monte Carlo availability over `monteCarloYears`
 * simulated years from `seed`, and a timeline for one scenario.
 *
 * Times are seconds, RTTs milliseconds, availabilities fractions 0–1. Throws
 * {@link SimulationAbortedError} when `signal` fires, and an Error naming the id when a
 * requested scenario does not exist.
 */
export function simulateDesign(design: Design, catalog: Catalog, options: SimulateOptions = {}): SimulationResult {
  const model = buildSimModel(design, catalog);
  const routes = new RouteTable(model);
  const evaluator = new ServiceEvaluator(model, routes);
  const all = design.scenarios ?? [];
  let chosen = all;
  if (Array.isArray(options.scenarios)) {
    chosen = options.scenarios.map((id) => {
      const s = all.find((x) => x.id === id);
      if (!s) throw new Error(`no scenario "${id}" in the design (it has: ${all.map((x) => x.id).join(', ') || 'none'})`);
      return s;
    });
  }
  const scenarios: ScenarioResult[] = [];
  let timeline: Timeline | undefined;
  const before = evaluateScenario(model, routes, evaluator, intactState(model));
  for (const sc of chosen) {
    if (options.signal?.aborted) throw new SimulationAbortedError('scenarios');
    const st = resolveScenario(model, sc);
    const outcomes = evaluateScenario(model, routes, evaluator, st);
    scenarios.push(toScenarioResult(st, outcomes));
    if ((options.timelineScenario ?? chosen[0]?.id) === sc.id) timeline = buildTimeline(model, sc.id, st.failed, before, outcomes);
  }
  if (options.timelineScenario && !timeline) throw new Error(`no scenario "${options.timelineScenario}" to build a timeline for`);
  const sweep = options.sweep ? sweepFailures(model, options.sweep, { routes, onProgress: options.onProgress, signal: options.signal }) : undefined;
  const monteCarlo =
    options.monteCarloYears && options.monteCarloYears > 0
      ? simulateAvailability(model, { years: options.monteCarloYears, seed: options.seed ?? 1, onProgress: options.onProgress, signal: options.signal })
      : undefined;
  const ok =
    scenarios.every((s) => s.ok) &&
    (!sweep || sweep.worst.every((w) => w.meetsRto && w.meetsRpo)) &&
    (!monteCarlo || monteCarlo.services.every((s) => s.meetsAvailability));
  return {
    ok,
    scenarios,
    ...(sweep ? { sweep } : {}),
    ...(monteCarlo ? { monteCarlo } : {}),
    ...(timeline ? { timeline } : {}),
    circuits: model.circuits.map((c, i) => ({ id: c.id, rttMs: model.circuitRttMs[i]!, basis: model.circuitRttBasis[i]! })),
    defaultsUsed: defaultsUsed(model),
  };
}
