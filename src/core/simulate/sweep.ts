/**
 * Failure sweeps: every single failure (N-1: each region, each circuit) or every pair of
 * them (N-2), evaluated with incremental shortest-path-tree repair, keeping the worst
 * outcome per service and the scenario that causes it.
 */
import { ServiceEvaluator, type ServiceOutcome } from './evaluate.ts';
import type { SimModel } from './model.ts';
import { RouteTable } from './routes.ts';
import { intactState, type FailureState } from './scenario.ts';

export type SweepKind = 'n1' | 'n2';

/** The worst case of one service over a sweep. */
export interface SweepWorst {
  service: string;
  /** Id of the scenario causing it: failed element ids joined by `+`. */
  scenario: string;
  /** Worst RTO, s; null when some scenario leaves the service unrecoverable. */
  rtoSeconds: number | null;
  /** Worst RPO, s; null when some scenario loses data without bound. */
  rpoSeconds: number | null;
  /** The scenario with the worst RPO when it differs from the RTO one. */
  rpoScenario: string;
  meetsRto: boolean;
  meetsRpo: boolean;
  /** How many scenarios fail any objective of this service. */
  failingScenarios: number;
  /** How many scenarios leave it unavailable. */
  unavailableScenarios: number;
}

export interface SweepResult {
  kind: SweepKind;
  /** Scenarios evaluated. */
  scenarioCount: number;
  worst: SweepWorst[];
  /** Node distances recomputed by tree repair over the whole sweep (a work measure). */
  repairedNodeCount: number;
}

export interface SweepOptions {
  onProgress?: (done: number, total: number, phase: string) => void;
  signal?: AbortSignal;
  /** Reuse an existing route table and evaluator (they must belong to `model`). */
  routes?: RouteTable;
}

/** Thrown when the caller's AbortSignal fires; carries the phase it stopped in. */
export class SimulationAbortedError extends Error {
  constructor(phase: string) {
    super(`simulation cancelled during ${phase}`);
    this.name = 'SimulationAbortedError';
  }
}

const rank = (x: number | null) => (x === null ? Infinity : x);

/**
 * Sweeps every single (N-1) or double (N-2) failure of regions and circuits. O(scenarios ×
 * roots × cut-off subtree) thanks to tree repair; failures off every tree cost O(roots).
 * Progress is reported about every 1/200 of the work; the signal is checked as often.
 */
export function sweepFailures(model: SimModel, kind: SweepKind, options: SweepOptions = {}): SweepResult {
  const routes = options.routes ?? new RouteTable(model);
  const evaluator = new ServiceEvaluator(model, routes);
  const g = model.graph;
  const n = g.nodeCount;
  const m = g.edgeCount;
  const elements = n + m;
  const total = kind === 'n1' ? elements : (elements * (elements - 1)) / 2;
  const st: FailureState = intactState(model);
  const S = model.services.length;
  const worstRto = new Float64Array(S).fill(-1);
  const worstRpo = new Float64Array(S).fill(-1);
  const worstRtoScenario: (number[] | undefined)[] = new Array(S);
  const worstRpoScenario: (number[] | undefined)[] = new Array(S);
  const failing = new Int32Array(S);
  const unavailable = new Int32Array(S);
  let repaired = 0;
  let done = 0;
  const step = Math.max(1, Math.floor(total / 200));
  const phase = kind === 'n1' ? 'N-1 sweep' : 'N-2 sweep';

  const set = (x: number, on: 0 | 1) => {
    if (x < n) {
      st.nodeFailed[x] = on;
      if (on) st.failedNodes.push(x);
    } else {
      st.edgeFailed[x - n] = on;
      if (on) st.failedEdges.push(x - n);
    }
  };
  const pairNodes: number[] = [];
  const pairEdges: number[] = [];
  const run = (a: number, b: number) => {
    // The masks and lists hold every failed element; the repair only needs what the base lacks.
    set(b >= 0 ? b : a, 1);
    pairNodes.length = 0;
    pairEdges.length = 0;
    const extra = b >= 0 ? b : a;
    if (extra < n) pairNodes.push(extra);
    else pairEdges.push(extra - n);
    repaired += routes.useRepaired(st, pairEdges, pairNodes);
    const outcomes = evaluator.evaluate(st, false, pairNodes);
    record(outcomes, a, b);
    set(b >= 0 ? b : a, 0);
    if (b >= 0) {
      if (b < n) st.failedNodes.pop();
      else st.failedEdges.pop();
    } else {
      st.failedNodes.length = 0;
      st.failedEdges.length = 0;
    }
    done++;
    if (done % step === 0) {
      if (options.signal?.aborted) throw new SimulationAbortedError(phase);
      options.onProgress?.(done, total, phase);
    }
  };
  const record = (outcomes: ServiceOutcome[], a: number, b: number) => {
    for (let s = 0; s < S; s++) {
      const o = outcomes[s]!;
      const rto = rank(o.rtoSeconds);
      const rpo = rank(o.rpoSeconds);
      if (rto > worstRto[s]!) {
        worstRto[s] = rto;
        worstRtoScenario[s] = b >= 0 ? [a, b] : [a];
      }
      if (rpo > worstRpo[s]!) {
        worstRpo[s] = rpo;
        worstRpoScenario[s] = b >= 0 ? [a, b] : [a];
      }
      if (!o.ok) failing[s]!++;
      if (!o.available) unavailable[s]!++;
    }
  };

  if (options.signal?.aborted) throw new SimulationAbortedError(phase);
  options.onProgress?.(0, total, phase);
  try {
    if (kind === 'n1') {
      for (let a = 0; a < elements; a++) run(a, -1);
    } else {
      // Repair each first failure once, then every second failure on top of it.
      for (let a = 0; a < elements - 1; a++) {
        set(a, 1);
        routes.setBase(st);
        // Outcomes after the first failure: the reference for services the second leaves alone.
        routes.useBase();
        evaluator.setReference(undefined);
        evaluator.setReference(evaluator.evaluate(st, false));
        for (let b = a + 1; b < elements; b++) run(a, b);
        evaluator.setReference(undefined);
        set(a, 0);
        st.failedNodes.length = 0;
        st.failedEdges.length = 0;
      }
    }
  } finally {
    evaluator.setReference(undefined);
    routes.setBase(undefined);
    routes.useIntact();
  }
  options.onProgress?.(total, total, phase);

  const name = (xs: number[] | undefined) =>
    xs ? xs.map((x) => (x < n ? g.nodeIds[x]! : g.edgeIds[x - n]!)).join('+') : '';
  const worst: SweepWorst[] = model.services.map((s, i) => {
    const rtoSeconds = worstRto[i] === Infinity ? null : Math.max(0, worstRto[i]!);
    const rpoSeconds = worstRpo[i] === Infinity ? null : Math.max(0, worstRpo[i]!);
    const obj = s.service.objectives;
    return {
      service: s.id,
      scenario: name(worstRtoScenario[i]),
      rtoSeconds,
      rpoSeconds,
      rpoScenario: name(worstRpoScenario[i]),
      meetsRto: obj?.rtoSeconds === undefined || (rtoSeconds !== null && rtoSeconds <= obj.rtoSeconds),
      meetsRpo: obj?.rpoSeconds === undefined || (rpoSeconds !== null && rpoSeconds <= obj.rpoSeconds),
      failingScenarios: failing[i]!,
      unavailableScenarios: unavailable[i]!,
    };
  });
  return { kind, scenarioCount: total, worst, repairedNodeCount: repaired };
}
