/**
 * The all-pairs latency of a live analysis, packed into typed arrays for the trip from the
 * worker to the UI thread. A 200-region design has 39,800 reachable pairs, each with its path:
 * as objects that is ~19 MB of structured clone, which took the UI thread 300–600 ms to
 * deserialize and collect on every edit. Packed, it is a few transferable buffers (no copy),
 * and entries are rebuilt one at a time when a panel or the canvas asks for them.
 */
import type { LatencyBasis, LatencyEntry } from './engineTypes.ts';

export interface PackedLatency {
  readonly count: number;
  /** Every region (or circuit) id the entries use; the arrays below index into it. */
  readonly names: string[];
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly rttMs: Float64Array;
  readonly floorMs: Float64Array;
  readonly basis: Uint8Array;
  readonly bases: LatencyBasis[];
  /** Entry i's path is `pathItems[pathStart[i] .. pathStart[i + 1])`. */
  readonly pathStart: Int32Array;
  readonly pathItems: Int32Array;
  /** Entry i's circuits, likewise (empty when the engine gives none). */
  readonly circuitStart: Int32Array;
  readonly circuitItems: Int32Array;
  /** Largest round-trip time of any pair, ms (0 when there is none). */
  readonly maxRttMs: number;
}

export function packLatency(entries: readonly LatencyEntry[]): PackedLatency {
  const names: string[] = [];
  const nameIndex = new Map<string, number>();
  const intern = (s: string) => {
    let i = nameIndex.get(s);
    if (i === undefined) {
      i = names.length;
      names.push(s);
      nameIndex.set(s, i);
    }
    return i;
  };
  const bases: LatencyBasis[] = [];
  const count = entries.length;
  const from = new Int32Array(count);
  const to = new Int32Array(count);
  const rttMs = new Float64Array(count);
  const floorMs = new Float64Array(count);
  const basis = new Uint8Array(count);
  const pathStart = new Int32Array(count + 1);
  const circuitStart = new Int32Array(count + 1);
  const circuitsOf = (e: LatencyEntry): readonly string[] => e.circuits ?? [];
  let items = 0;
  let circuitCount = 0;
  for (const e of entries) {
    items += e.path.length;
    circuitCount += circuitsOf(e).length;
  }
  const pathItems = new Int32Array(items);
  const circuitItems = new Int32Array(circuitCount);
  let at = 0;
  let cat = 0;
  let maxRttMs = 0;
  entries.forEach((e, i) => {
    from[i] = intern(e.from);
    to[i] = intern(e.to);
    rttMs[i] = e.rttMs;
    floorMs[i] = e.floorMs;
    let b = bases.indexOf(e.basis);
    if (b === -1) b = bases.push(e.basis) - 1;
    basis[i] = b;
    pathStart[i] = at;
    for (const p of e.path) pathItems[at++] = intern(p);
    circuitStart[i] = cat;
    for (const c of circuitsOf(e)) circuitItems[cat++] = intern(c);
    if (e.rttMs > maxRttMs) maxRttMs = e.rttMs;
  });
  pathStart[count] = at;
  circuitStart[count] = cat;
  return { count, names, from, to, rttMs, floorMs, basis, bases, pathStart, pathItems, circuitStart, circuitItems, maxRttMs };
}

/** The buffers to transfer (not copy) with a packed table. */
export function latencyBuffers(p: PackedLatency): ArrayBuffer[] {
  return [p.from, p.to, p.rttMs, p.floorMs, p.basis, p.pathStart, p.pathItems, p.circuitStart, p.circuitItems].map((a) => a.buffer as ArrayBuffer);
}

export function latencyAt(p: PackedLatency, i: number): LatencyEntry {
  const path: string[] = [];
  for (let k = p.pathStart[i]!; k < p.pathStart[i + 1]!; k++) path.push(p.names[p.pathItems[k]!]!);
  const circuits: string[] = [];
  for (let k = p.circuitStart[i]!; k < p.circuitStart[i + 1]!; k++) circuits.push(p.names[p.circuitItems[k]!]!);
  return { from: p.names[p.from[i]!]!, to: p.names[p.to[i]!]!, rttMs: p.rttMs[i]!, floorMs: p.floorMs[i]!, basis: p.bases[p.basis[i]!]!, path, circuits };
}

const indexes = new WeakMap<PackedLatency, Map<number, number>>();

/** The entry from one region to another, or undefined when `to` is unreachable from `from`. */
export function findLatency(p: PackedLatency, from: string, to: string): LatencyEntry | undefined {
  let index = indexes.get(p);
  if (!index) {
    index = new Map();
    const n = p.names.length;
    for (let i = 0; i < p.count; i++) index.set(p.from[i]! * n + p.to[i]!, i);
    indexes.set(p, index);
  }
  const names = nameIndexOf(p);
  const a = names.get(from);
  const b = names.get(to);
  if (a === undefined || b === undefined) return undefined;
  const i = index.get(a * p.names.length + b);
  return i === undefined ? undefined : latencyAt(p, i);
}

const nameIndexes = new WeakMap<PackedLatency, Map<string, number>>();

function nameIndexOf(p: PackedLatency): Map<string, number> {
  let m = nameIndexes.get(p);
  if (!m) {
    m = new Map(p.names.map((n, i) => [n, i]));
    nameIndexes.set(p, m);
  }
  return m;
}
