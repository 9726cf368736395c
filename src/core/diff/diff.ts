/**
 * Semantic design diff: what changed between two designs, by element id and field, and
 * what that does to cost, latency, objectives and rule findings.
 *
 * Pure: the caller runs the engines on both designs and passes their results; a part
 * whose results are missing on either side is left out and named in `notes`.
 */
import type { Design } from '../model/schema.ts';
import type { Finding } from '../rules/index.ts';
import type { SimulationResult } from '../simulate/index.ts';

/** The engine results of one side, shaped as `estimateDesign` returns them. */
export interface DiffEstimate {
  latency?: { from: string; to: string; rttMs: number }[];
  cost?: { monthlyUsd: number; items: { category: string; monthlyUsd: number }[] };
}

/** One side of a diff: the design and whatever engine results are available for it. */
export interface DiffSide {
  design: Design;
  estimate?: DiffEstimate;
  simulation?: SimulationResult;
  findings?: Finding[];
}

export interface DiffOptions {
  /** A latency change is reported when it moves by at least this many ms … (default 5). */
  latencyThresholdMs?: number;
  /** … and by at least this percentage of the old value (default 10). */
  latencyThresholdPercent?: number;
}

/** Which list of the document an element lives in. */
export type ElementKind = 'region' | 'circuit' | 'service' | 'segment' | 'demand' | 'scenario' | 'comment' | 'view' | 'price-override';

export interface ElementRef {
  kind: ElementKind;
  id: string;
  name?: string;
}

/** One field that differs. `path` is dotted from the element (`objectives.rtoSeconds`); absent values are `undefined` (omitted in JSON). */
export interface FieldChange {
  path: string;
  before?: unknown;
  after?: unknown;
}

export interface ElementChange extends ElementRef {
  changes: FieldChange[];
}

export interface CostCategoryDelta {
  category: string;
  beforeMonthlyUsd: number;
  afterMonthlyUsd: number;
  deltaMonthlyUsd: number;
}

export interface CostDelta {
  beforeMonthlyUsd: number;
  afterMonthlyUsd: number;
  deltaMonthlyUsd: number;
  /** Change relative to before, percent; null when before was 0. */
  deltaPercent: number | null;
  /** Categories whose monthly cost moved by at least one cent, in order of largest change. */
  byCategory: CostCategoryDelta[];
}

export interface LatencyChange {
  from: string;
  to: string;
  beforeMs?: number;
  afterMs?: number;
  deltaMs?: number;
  deltaPercent?: number;
  /** `changed` passed both thresholds; `added`/`removed` pairs exist on one side only. */
  status: 'changed' | 'added' | 'removed';
  /** The reverse pair (to → from) changed identically and is folded into this entry. */
  bothDirections?: boolean;
}

export type Verdict = 'pass' | 'fail' | 'none';
export type ObjectiveKind = 'rto' | 'rpo' | 'latency' | 'availability';

export interface ObjectiveChange {
  /** Scenario id, `N-1 sweep` or `Monte Carlo`. */
  scenario: string;
  service: string;
  objective: ObjectiveKind;
  /** `none`: no objective, or the scenario/service does not exist on that side. */
  before: Verdict;
  after: Verdict;
}

export interface DesignDiff {
  summary: {
    added: number;
    removed: number;
    changed: number;
    documentFields: number;
    costDeltaMonthlyUsd: number | null;
    latencyChanges: number;
    objectivesNowFailing: number;
    objectivesNowPassing: number;
    objectiveChanges: number;
    newFindings: number;
    clearedFindings: number;
    /** True when nothing at all differs. */
    identical: boolean;
  };
  /** Document-level fields (name, description, assumptions, ipam, pricing, schemaVersion). */
  document: FieldChange[];
  added: ElementRef[];
  removed: ElementRef[];
  changed: ElementChange[];
  /** Null when an estimate is missing on either side (see notes). */
  cost: CostDelta | null;
  latency: { thresholdMs: number; thresholdPercent: number; changes: LatencyChange[] } | null;
  objectives: ObjectiveChange[] | null;
  findings: { new: Finding[]; cleared: Finding[] } | null;
  /** Parts left out and why. */
  notes: string[];
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

function pathJoin(base: string, key: string): string {
  const seg = /^[A-Za-z0-9_:-]+$/.test(key) ? key : `[${JSON.stringify(key)}]`;
  if (!base) return seg;
  return seg.startsWith('[') ? `${base}${seg}` : `${base}.${seg}`;
}

/** Canonical JSON (sorted keys) for comparing values that are not plain objects. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isPlain(v)) return `{${Object.keys(v).sort().filter((k) => v[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  return JSON.stringify(v) ?? 'undefined';
}

/**
 * Field-by-field differences between two values. Plain objects are walked key by key
 * (keys of `before` first, then new keys of `after`); arrays and scalars are compared
 * whole and reported with their full before/after values.
 */
export function diffFields(before: unknown, after: unknown, base = ''): FieldChange[] {
  if (isPlain(before) && isPlain(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((k) => !(k in before))];
    return keys.flatMap((k) => diffFields(before[k], after[k], pathJoin(base, k)));
  }
  if (canonical(before) === canonical(after)) return [];
  const change: FieldChange = { path: base || '(value)' };
  if (before !== undefined) change.before = before;
  if (after !== undefined) change.after = after;
  return [change];
}

interface Keyed {
  key: string;
  name?: string;
  value: unknown;
}

function collections(d: Design): [ElementKind, Keyed[]][] {
  const named = <T extends { id: string; name?: string }>(xs: readonly T[] | undefined): Keyed[] =>
    (xs ?? []).map((x) => ({ key: x.id, ...(x.name ? { name: x.name } : {}), value: x }));
  return [
    ['region', named(d.regions)],
    ['circuit', named(d.circuits)],
    ['service', named(d.services)],
    ['segment', named(d.segments)],
    ['demand', (d.demands ?? []).map((x) => ({ key: x.id ?? `${x.from}→${x.to}${x.class ? ` (${x.class})` : ''}`, value: x }))],
    ['scenario', named(d.scenarios)],
    ['comment', (d.review?.comments ?? []).map((x) => ({ key: x.id, value: x }))],
    ['view', named(d.review?.views)],
    ['price-override', (d.pricing?.overrides ?? []).map((x) => ({ key: x.item, value: x }))],
  ];
}

function documentFields(d: Design): Plain {
  const { regions: _r, circuits: _c, services: _s, segments: _sg, demands: _d, scenarios: _sc, review, pricing, ...rest } = d;
  const out: Plain = { ...rest };
  if (review) {
    const { comments: _cm, views: _v, ...reviewRest } = review;
    if (Object.keys(reviewRest).length) out.review = reviewRest;
  }
  if (pricing) {
    const { overrides: _o, ...pricingRest } = pricing;
    if (Object.keys(pricingRest).length) out.pricing = pricingRest;
  }
  return out;
}

function diffElements(a: Design, b: Design): Pick<DesignDiff, 'added' | 'removed' | 'changed'> {
  const added: ElementRef[] = [];
  const removed: ElementRef[] = [];
  const changed: ElementChange[] = [];
  const colsB = new Map(collections(b));
  for (const [kind, listA] of collections(a)) {
    const listB = colsB.get(kind) ?? [];
    const mapB = new Map(listB.map((x) => [x.key, x]));
    const keysA = new Set(listA.map((x) => x.key));
    for (const x of listA) {
      const y = mapB.get(x.key);
      if (!y) {
        removed.push({ kind, id: x.key, ...(x.name ? { name: x.name } : {}) });
        continue;
      }
      const changes = diffFields(x.value, y.value);
      if (changes.length) changed.push({ kind, id: x.key, ...((y.name ?? x.name) ? { name: (y.name ?? x.name)! } : {}), changes });
    }
    for (const y of listB) if (!keysA.has(y.key)) added.push({ kind, id: y.key, ...(y.name ? { name: y.name } : {}) });
  }
  return { added, removed, changed };
}

function byCategory(items: { category: string; monthlyUsd: number }[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const it of items) m.set(it.category, (m.get(it.category) ?? 0) + it.monthlyUsd);
  return m;
}

const cents = (v: number) => Math.round(v * 100) / 100;

function diffCost(a: DiffEstimate['cost'], b: DiffEstimate['cost']): CostDelta {
  const ca = byCategory(a!.items);
  const cb = byCategory(b!.items);
  const categories = [...new Set([...ca.keys(), ...cb.keys()])];
  const rows = categories
    .map((category) => {
      const before = ca.get(category) ?? 0;
      const after = cb.get(category) ?? 0;
      return { category, beforeMonthlyUsd: cents(before), afterMonthlyUsd: cents(after), deltaMonthlyUsd: cents(after - before) };
    })
    .filter((r) => Math.abs(r.deltaMonthlyUsd) >= 0.01)
    .sort((x, y) => Math.abs(y.deltaMonthlyUsd) - Math.abs(x.deltaMonthlyUsd) || (x.category < y.category ? -1 : 1));
  const delta = b!.monthlyUsd - a!.monthlyUsd;
  return {
    beforeMonthlyUsd: cents(a!.monthlyUsd),
    afterMonthlyUsd: cents(b!.monthlyUsd),
    deltaMonthlyUsd: cents(delta),
    deltaPercent: a!.monthlyUsd > 0 ? Math.round((delta / a!.monthlyUsd) * 1000) / 10 : null,
    byCategory: rows,
  };
}

function diffLatency(a: NonNullable<DiffEstimate['latency']>, b: NonNullable<DiffEstimate['latency']>, thresholdMs: number, thresholdPercent: number): LatencyChange[] {
  const key = (l: { from: string; to: string }) => `${l.from}\u0000${l.to}`;
  const mb = new Map(b.map((l) => [key(l), l]));
  const ka = new Set(a.map(key));
  const out: LatencyChange[] = [];
  for (const l of a) {
    const m = mb.get(key(l));
    if (!m) {
      out.push({ from: l.from, to: l.to, beforeMs: round1(l.rttMs), status: 'removed' });
      continue;
    }
    const delta = m.rttMs - l.rttMs;
    const pct = l.rttMs > 0 ? (Math.abs(delta) / l.rttMs) * 100 : Infinity;
    if (Math.abs(delta) >= thresholdMs && pct >= thresholdPercent) {
      out.push({
        from: l.from,
        to: l.to,
        beforeMs: round1(l.rttMs),
        afterMs: round1(m.rttMs),
        deltaMs: round1(delta),
        deltaPercent: Number.isFinite(pct) ? Math.round(Math.sign(delta) * pct * 10) / 10 : 100,
        status: 'changed',
      });
    }
  }
  for (const m of b) if (!ka.has(key(m))) out.push({ from: m.from, to: m.to, afterMs: round1(m.rttMs), status: 'added' });
  // Fold a → b and b → a into one entry when they changed identically (the usual case).
  const folded: LatencyChange[] = [];
  const index = new Map<string, LatencyChange>();
  for (const c of out) {
    const twin = index.get(`${c.to}\u0000${c.from}\u0000${c.status}`);
    if (twin && !twin.bothDirections && twin.beforeMs === c.beforeMs && twin.afterMs === c.afterMs) {
      twin.bothDirections = true;
      continue;
    }
    index.set(`${c.from}\u0000${c.to}\u0000${c.status}`, c);
    folded.push(c);
  }
  return folded;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** Verdicts of every objective of every service in every simulated case, by `scenario|service|objective`. */
function verdicts(side: DiffSide): Map<string, { scenario: string; service: string; objective: ObjectiveKind; verdict: Verdict }> {
  const out = new Map<string, { scenario: string; service: string; objective: ObjectiveKind; verdict: Verdict }>();
  const sim = side.simulation!;
  const objectives = new Map(side.design.services.map((s) => [s.id, s.objectives ?? {}]));
  const put = (scenario: string, service: string, objective: ObjectiveKind, has: boolean, ok: boolean) => {
    if (!has) return;
    out.set(`${scenario}\u0000${service}\u0000${objective}`, { scenario, service, objective, verdict: ok ? 'pass' : 'fail' });
  };
  for (const sc of sim.scenarios) {
    for (const s of sc.services) {
      const o = objectives.get(s.service) ?? {};
      put(sc.id, s.service, 'rto', o.rtoSeconds !== undefined, s.meetsRto);
      put(sc.id, s.service, 'rpo', o.rpoSeconds !== undefined, s.meetsRpo);
      put(sc.id, s.service, 'latency', o.latencyP95Ms !== undefined, s.meetsLatency);
    }
  }
  for (const w of sim.sweep?.worst ?? []) {
    const o = objectives.get(w.service) ?? {};
    const label = sim.sweep!.kind === 'n1' ? 'N-1 sweep' : 'N-2 sweep';
    put(label, w.service, 'rto', o.rtoSeconds !== undefined, w.meetsRto);
    put(label, w.service, 'rpo', o.rpoSeconds !== undefined, w.meetsRpo);
  }
  for (const m of sim.monteCarlo?.services ?? []) put('Monte Carlo', m.service, 'availability', m.targetPercent !== null, m.meetsAvailability);
  return out;
}

function diffObjectives(a: DiffSide, b: DiffSide): ObjectiveChange[] {
  const va = verdicts(a);
  const vb = verdicts(b);
  const out: ObjectiveChange[] = [];
  for (const [k, x] of va) {
    const after = vb.get(k)?.verdict ?? 'none';
    if (after !== x.verdict) out.push({ scenario: x.scenario, service: x.service, objective: x.objective, before: x.verdict, after });
  }
  for (const [k, y] of vb) {
    if (!va.has(k)) out.push({ scenario: y.scenario, service: y.service, objective: y.objective, before: 'none', after: y.verdict });
  }
  return out;
}

function findingKey(f: Finding): string {
  return `${f.rule}\u0000${[...f.elements].sort().join(',')}\u0000${f.message}`;
}

/**
 * Compares design A (before) with design B (after): elements added, removed and changed
 * by id (field by field, dotted paths with before/after values), document-level fields,
 * monthly cost by category (USD), region-pair RTT changes of at least
 * `latencyThresholdMs` (default 5 ms) and `latencyThresholdPercent` (default 10 %),
 * objectives whose pass/fail verdict changed per scenario, N-1 sweep and Monte Carlo, and
 * rule findings new in B or cleared from A.
 */
export function diffDesigns(a: DiffSide, b: DiffSide, options: DiffOptions = {}): DesignDiff {
  const thresholdMs = options.latencyThresholdMs ?? 5;
  const thresholdPercent = options.latencyThresholdPercent ?? 10;
  const notes: string[] = [];
  const document = diffFields(documentFields(a.design), documentFields(b.design));
  const elements = diffElements(a.design, b.design);

  let cost: CostDelta | null = null;
  if (a.estimate?.cost && b.estimate?.cost) cost = diffCost(a.estimate.cost, b.estimate.cost);
  else notes.push('Cost delta left out: no cost estimate for ' + (a.estimate?.cost ? 'B' : b.estimate?.cost ? 'A' : 'either design') + '.');

  let latency: DesignDiff['latency'] = null;
  if (a.estimate?.latency && b.estimate?.latency) latency = { thresholdMs, thresholdPercent, changes: diffLatency(a.estimate.latency, b.estimate.latency, thresholdMs, thresholdPercent) };
  else notes.push('Latency changes left out: no latency estimate for ' + (a.estimate?.latency ? 'B' : b.estimate?.latency ? 'A' : 'either design') + '.');

  let objectives: ObjectiveChange[] | null = null;
  if (a.simulation && b.simulation) objectives = diffObjectives(a, b);
  else notes.push('Objective verdicts left out: no simulation for ' + (a.simulation ? 'B' : b.simulation ? 'A' : 'either design') + '.');

  let findings: DesignDiff['findings'] = null;
  if (a.findings && b.findings) {
    const ka = new Set(a.findings.map(findingKey));
    const kb = new Set(b.findings.map(findingKey));
    findings = { new: b.findings.filter((f) => !ka.has(findingKey(f))), cleared: a.findings.filter((f) => !kb.has(findingKey(f))) };
  } else notes.push('Findings left out: the design rules were not run on both designs.');

  const summary: DesignDiff['summary'] = {
    added: elements.added.length,
    removed: elements.removed.length,
    changed: elements.changed.length,
    documentFields: document.length,
    costDeltaMonthlyUsd: cost ? cost.deltaMonthlyUsd : null,
    latencyChanges: latency?.changes.length ?? 0,
    objectivesNowFailing: objectives?.filter((o) => o.after === 'fail').length ?? 0,
    objectivesNowPassing: objectives?.filter((o) => o.after === 'pass' && o.before === 'fail').length ?? 0,
    objectiveChanges: objectives?.length ?? 0,
    newFindings: findings?.new.length ?? 0,
    clearedFindings: findings?.cleared.length ?? 0,
    identical: false,
  };
  summary.identical =
    summary.added + summary.removed + summary.changed + summary.documentFields + summary.latencyChanges + summary.objectiveChanges + summary.newFindings + summary.clearedFindings === 0 &&
    (cost === null || cost.deltaMonthlyUsd === 0);
  return { summary, document, ...elements, cost, latency, objectives, findings, notes };
}
