/**
 * Structural sharing between two live analyses: every part of `next` that equals the same
 * part of `prev` is replaced by `prev`'s object. Most edits change little of the analysis
 * (renaming a region changes nothing in it), so circuits, cost lines, findings and scenario
 * outcomes keep their identity, and the canvas edges and panels that read them skip
 * rendering instead of redrawing 600 circuits and 900 cost lines on every edit.
 */
import type { CircuitEstimate, CostItem, LiveAnalysis } from './engineTypes.ts';
import type { PackedLatency } from './latencyTable.ts';

function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    const va = (a as Record<string, unknown>)[k];
    const vb = (b as Record<string, unknown>)[k];
    if (va === vb) continue;
    if (va && vb && typeof va === 'object' && typeof vb === 'object' && !Array.isArray(va) && !Array.isArray(vb) && shallowEqual(va, vb)) continue;
    return false;
  }
  return true;
}

/** `next`, with each element that equals `prev`'s element of the same key replaced by it. */
function shareList<T extends object>(prev: readonly T[] | undefined, next: T[], key: (e: T, i: number) => string | number): T[] {
  if (!prev) return next;
  const old = new Map(prev.map((e, i) => [key(e, i), e]));
  let same = prev.length === next.length;
  const out = next.map((e, i) => {
    const p = old.get(key(e, i));
    const keep = p && shallowEqual(p, e) ? p : e;
    if (keep !== prev[i]) same = false;
    return keep;
  });
  return same ? (prev as T[]) : out;
}

const json = new WeakMap<object, string>();
function jsonOf(x: object): string {
  let s = json.get(x);
  if (s === undefined) json.set(x, (s = JSON.stringify(x)));
  return s;
}

/** The same value when it serializes the same (for small or rarely read parts). */
function shareWhole<T extends object | undefined>(prev: T, next: T): T {
  if (!prev || !next) return next;
  return jsonOf(prev) === jsonOf(next) ? prev : next;
}

function sameArray(a: ArrayLike<unknown>, b: ArrayLike<unknown>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function shareLatency(prev: PackedLatency | undefined, next: PackedLatency): PackedLatency {
  if (!prev) return next;
  const same =
    prev.count === next.count &&
    sameArray(prev.names, next.names) &&
    sameArray(prev.bases, next.bases) &&
    sameArray(prev.from, next.from) &&
    sameArray(prev.to, next.to) &&
    sameArray(prev.rttMs, next.rttMs) &&
    sameArray(prev.floorMs, next.floorMs) &&
    sameArray(prev.basis, next.basis) &&
    sameArray(prev.pathStart, next.pathStart) &&
    sameArray(prev.pathItems, next.pathItems) &&
    sameArray(prev.circuitStart, next.circuitStart) &&
    sameArray(prev.circuitItems, next.circuitItems);
  return same ? prev : next;
}

export function shareAnalysis(prev: LiveAnalysis | undefined, next: LiveAnalysis): LiveAnalysis {
  if (!prev) return next;
  const out: LiveAnalysis = { ...next, findings: shareWhole(prev.findings, next.findings), unavailable: shareWhole(prev.unavailable, next.unavailable) };
  if (next.simulation) out.simulation = shareWhole(prev.simulation, next.simulation);
  if (next.estimate) {
    const pe = prev.estimate;
    const circuits = shareList<CircuitEstimate>(pe?.circuits, next.estimate.circuits, (c) => c.id);
    const items = shareList<CostItem>(pe?.cost.items, next.estimate.cost.items, (_, i) => i);
    const cost =
      pe && items === pe.cost.items && pe.cost.monthlyUsd === next.estimate.cost.monthlyUsd && pe.cost.pricesAsOf === next.estimate.cost.pricesAsOf
        ? pe.cost
        : { ...next.estimate.cost, items };
    out.estimate = { ...next.estimate, circuits, cost, latency: shareLatency(pe?.latency, next.estimate.latency) };
  }
  return out;
}
