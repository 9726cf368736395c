/**
 * Monte Carlo availability: an event-driven simulation of regions, circuits and service
 * instances failing and being repaired, with exponential times to failure (mean MTBF) and
 * to repair (mean MTTR). A service is up when users in every counted region reach a healthy
 * instance over up regions and circuits, enough instances remain for the load, and its
 * dependencies are up. Losing a serving instance costs the service its failover time
 * (the scenario RTO: detection + propagation, plus promotion and warm-up when a standby is
 * promoted) as downtime even when a survivor takes over.
 *
 * Only changes that can matter are simulated one by one: failures of elements on a path some
 * service uses (its "support", answered by a reroute or one breadth-first search), changes of
 * instances, and changes of the elements a down service waits for. Every other region and
 * circuit is sampled lazily, from its exact two-state Markov transition probability, when a
 * search reads it (see `catchUp`), so work grows with what the services use, not with the
 * size of the network.
 */
import type { SimModel, SimService } from './model.ts';
import { createRandom } from './random.ts';
import { SimulationAbortedError } from './sweep.ts';

export const HOURS_PER_YEAR = 8760;

const INTERNET_FACING = new Set(['cloud-region', 'edge-pop']);

/** Closed-form availability from component availabilities MTBF / (MTBF + MTTR). */
export interface ClosedForm {
  availability: number;
  model: 'series' | 'parallel' | 'k-of-n';
  basis: string;
}

export interface MonteCarloService {
  service: string;
  /** Fraction of time up, 0–1. */
  availability: number;
  /** Standard error of `availability` by batch means over simulated years. */
  standardError: number;
  /** Mean downtime, minutes per year. */
  downtimeMinutesPerYear: number;
  /** Mean number of outages (down periods) per year. */
  outagesPerYear: number;
  /** Share of simulated years whose availability meets `availabilityPercent` (null without one). */
  pMeetsTarget: number | null;
  /** The objective, percent (null without one). */
  targetPercent: number | null;
  /** Whether the simulated availability meets the objective (true without one). */
  meetsAvailability: boolean;
  /** 95 % confidence interval of availability (± 1.96 standard errors), 0–1. */
  confidence95: [number, number];
  closedForm: ClosedForm;
}

export interface MonteCarloResult {
  years: number;
  seed: number;
  /**
   * Failure and repair events handled one by one: those of instances and of elements some
   * service used or waited for at the time. Changes of other elements are sampled lazily
   * and not counted.
   */
  events: number;
  services: MonteCarloService[];
  basis: string;
}

export interface MonteCarloOptions {
  years: number;
  seed: number;
  onProgress?: (done: number, total: number, phase: string) => void;
  signal?: AbortSignal;
}

/** Failover time of a service in hours: promoted (standby takes over) or not. */
function failoverHours(s: SimService, promoted: boolean): number {
  const r = s.rto;
  let sec = r.healthCheckIntervalSeconds.value * r.failureThreshold.value + r.propagationSeconds.value;
  if (promoted) sec += r.promotionSeconds.value + r.warmUpSeconds.value;
  return sec / 3600;
}

/**
 * Closed-form availability of a service from its components, ignoring circuits, failover
 * time and regions shared between services: single = series (region × instance × each
 * dependency); active-passive = parallel (1 − Π(1 − aᵢ)); active-active needing k of n
 * instances = k-of-n (Poisson-binomial tail); dependencies multiply in series.
 */
export function closedFormAvailability(model: SimModel, s: SimService, seen: Set<number> = new Set()): ClosedForm {
  const comp = (mtbf: number, mttr: number) => mtbf / (mtbf + mttr);
  const inst = comp(s.instanceMtbfHours.value, s.instanceMttrHours.value);
  const a = s.placements.map((p) => comp(model.regionMtbfHours[p]!, model.regionMttrHours[p]!) * inst);
  let availability: number;
  let kind: ClosedForm['model'];
  if (s.topology === 'single' || a.length <= 1) {
    availability = a[s.placements.indexOf(s.primary)] ?? a[0] ?? 0;
    kind = 'series';
  } else if (s.topology === 'active-passive' || s.requiredInstances <= 1) {
    availability = 1 - a.reduce((acc, x) => acc * (1 - x), 1);
    kind = 'parallel';
  } else {
    // P(at least k of n up) with unequal availabilities: dynamic programme over counts.
    const k = s.requiredInstances;
    let dist = new Float64Array(a.length + 1);
    dist[0] = 1;
    for (const x of a) {
      const nextDist = new Float64Array(a.length + 1);
      for (let c = 0; c < a.length; c++) {
        nextDist[c] = nextDist[c]! + dist[c]! * (1 - x);
        nextDist[c + 1] = nextDist[c + 1]! + dist[c]! * x;
      }
      dist = nextDist;
    }
    availability = 0;
    for (let c = k; c <= a.length; c++) availability += dist[c]!;
    kind = 'k-of-n';
  }
  seen.add(s.index);
  let depNote = '';
  for (const d of s.dependsOn) {
    if (seen.has(d)) continue;
    availability *= closedFormAvailability(model, model.services[d]!, seen).availability;
    depNote = ' × dependencies in series';
  }
  return {
    availability,
    model: kind,
    basis: `component availability MTBF/(MTBF+MTTR) of region × instance${depNote}; ignores circuits, failover time and shared regions`,
  };
}

/**
 * Runs the Monte Carlo availability simulation for `years` simulated years from `seed`.
 * Deterministic: the same model, years and seed give the same result.
 */
export function simulateAvailability(model: SimModel, options: MonteCarloOptions): MonteCarloResult {
  const years = Math.floor(options.years);
  if (!(years >= 1)) throw new RangeError(`monteCarloYears must be a whole number of years ≥ 1 (got ${options.years})`);
  const g = model.graph;
  const n = g.nodeCount;
  const m = g.edgeCount;
  const services = model.services;
  const S = services.length;
  const instBase = new Int32Array(S + 1);
  for (let s = 0; s < S; s++) instBase[s + 1] = instBase[s]! + services[s]!.placements.length;
  const I = instBase[S]!;
  const K = n + m + I;
  const mtbf = new Float64Array(K);
  const mttr = new Float64Array(K);
  const instService = new Int32Array(I);
  for (let u = 0; u < n; u++) {
    mtbf[u] = model.regionMtbfHours[u]!;
    mttr[u] = model.regionMttrHours[u]!;
  }
  for (let e = 0; e < m; e++) {
    mtbf[n + e] = model.circuitMtbfHours[e]!;
    mttr[n + e] = model.circuitMttrHours[e]!;
  }
  for (let s = 0; s < S; s++) {
    const sv = services[s]!;
    for (let i = 0; i < sv.placements.length; i++) {
      mtbf[n + m + instBase[s]! + i] = sv.instanceMtbfHours.value;
      mttr[n + m + instBase[s]! + i] = sv.instanceMttrHours.value;
      instService[instBase[s]! + i] = s;
    }
  }
  const up = new Uint8Array(K).fill(1);
  const placementsOf = services.map((sv) => Int32Array.from(sv.placements));
  const rng = createRandom(options.seed);
  const horizon = years * HOURS_PER_YEAR;

  // Only elements whose next change can matter are simulated event by event ("watched"):
  // service instances, regions and circuits on a path some up service uses (their failure
  // forces a reroute), and, for a service that is down, the elements its last evaluation
  // found down plus its user and placement regions (their change can bring it back up; see
  // `watchDown`). That is a few percent of the elements: on the 600-circuit sample 98 % of
  // all failures and repairs touch nothing any service uses.
  //
  // Every other element is sampled lazily. Its up/down process is a two-state Markov chain
  // (exponential times to failure and repair), so its state when a search next reads it
  // follows exactly from the state after its pending change: P(up after h hours | up) =
  // π + (1 − π)·e^(−νh), P(up after h | down) = π·(1 − e^(−νh)), with ν = 1/MTBF + 1/MTTR
  // and π = MTBF / (MTBF + MTTR); and its next change is a fresh exponential time from that
  // moment on (memorylessness). That draws each read element's state from the same
  // distribution as simulating every change it went through, whatever happened elsewhere:
  // the reading time depends only on the past, and each draw is independent of it.
  //
  // `nextT[c]` is the time of c's next change. A watched element sits in a binary heap
  // keyed by it, so `nextT[c]` is always ahead of the clock. An element that stopped being
  // watched stays in the heap until its change comes up and is then dropped unchanged; from
  // then on it is lazy: `up[c]` is its state before the pending change at `nextT[c]`, and
  // `state(c)` brings it up to date when read.
  const nextT = new Float64Array(K);
  const nu = new Float64Array(K);
  const piUp = new Float64Array(K);
  for (let c = 0; c < K; c++) {
    nu[c] = 1 / mtbf[c]! + 1 / mttr[c]!;
    piUp[c] = mtbf[c]! / (mtbf[c]! + mttr[c]!);
    nextT[c] = -mtbf[c]! * Math.log(rng.next());
  }
  /** Simulated clock: the time of the event being handled. */
  let now = 0;
  /** The lazy element c's pending change lies in the past: draw its state now and its next change. */
  const catchUp = (c: number) => {
    // Beyond 36 time constants e^(−x) < 3e-16, below what a double adds to π: skip the exp.
    const x = nu[c]! * (now - nextT[c]!);
    const decay = x < 36 ? Math.exp(-x) : 0;
    // State right after the pending change is the opposite of up[c].
    const pUp = up[c] === 1 ? piUp[c]! * (1 - decay) : piUp[c]! + (1 - piUp[c]!) * decay;
    const isUp = rng.next() <= pUp;
    up[c] = isUp ? 1 : 0;
    nextT[c] = now - (isUp ? mtbf[c]! : mttr[c]!) * Math.log(rng.next());
  };
  /** State of region or circuit c at the current time (1 up, 0 down). */
  const state = (c: number): number => {
    if (nextT[c]! < now) catchUp(c);
    return up[c]!;
  };
  const heap = new Int32Array(K);
  let heapSize = 0;
  const inHeap = new Uint8Array(K);
  const siftDown = (c: number, at: number) => {
    const key = nextT[c]!;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= heapSize) break;
      if (child + 1 < heapSize && nextT[heap[child + 1]!]! < nextT[heap[child]!]!) child++;
      const x = heap[child]!;
      if (nextT[x]! >= key) break;
      heap[at] = x;
      at = child;
    }
    heap[at] = c;
  };
  /** Starts simulating c event by event (it must be up to date). */
  const enqueue = (c: number) => {
    if (inHeap[c] === 1) return;
    if (nextT[c]! < now) catchUp(c);
    inHeap[c] = 1;
    const key = nextT[c]!;
    let at = heapSize++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const x = heap[parent]!;
      if (nextT[x]! <= key) break;
      heap[at] = x;
      at = parent;
    }
    heap[at] = c;
  };
  /** Removes the heap's first element. */
  const dropFirst = () => {
    inHeap[heap[0]!] = 0;
    const last = heap[--heapSize]!;
    if (heapSize > 0) siftDown(last, 0);
  };
  for (let c = n + m; c < K; c++) enqueue(c);

  // Per-service structural state and support: how many of its current user paths (and
  // placements, and for k-of-n the whole reached component) use each region and circuit.
  const supportCnt = services.map(() => new Int32Array(n + m));
  const supportCount = new Int32Array(n + m); // services whose support holds the element
  const extraBuf: Int32Array[] = services.map(() => new Int32Array(n + m));
  const extraLen = new Int32Array(S);
  const userPath: number[][][] = services.map((sv) => sv.userNodes.map(() => []));
  // A second path array per user: a reroute builds the new path while the old one still
  // serves as a junction.
  const userPathSpare: number[][][] = services.map((sv) => sv.userNodes.map(() => []));
  const userSrc = services.map((sv) => new Int32Array(sv.userNodes.length).fill(-1));
  const servedCount = services.map((sv) => new Int32Array(sv.placements.length));
  const steeredNow = new Uint8Array(S);
  const isUserNode = services.map((sv) => {
    const f = new Uint8Array(n);
    for (const u of sv.userNodes) f[u] = 1;
    return f;
  });
  const isPlacementNode = services.map((sv) => {
    const f = new Uint8Array(n);
    for (const p of sv.placements) f[p] = 1;
    return f;
  });
  const ref = (s: number, c: number) => {
    const cnt = supportCnt[s]!;
    if (cnt[c]!++ === 0 && supportCount[c]!++ === 0) enqueue(c);
  };
  const unref = (s: number, c: number) => {
    const cnt = supportCnt[s]!;
    if (--cnt[c]! === 0) supportCount[c]!--;
  };
  const structUp = new Uint8Array(S);
  const active = Int32Array.from(services, (s) => (s.topology === 'active-active' ? -1 : Math.max(0, s.placements.indexOf(s.primary))));

  // Outage bookkeeping per service (dependencies propagate to dependents).
  const dependents: number[][] = services.map(() => []);
  for (const s of services) {
    const stack = [s.index];
    const seen = new Set<number>([s.index]);
    while (stack.length) {
      const x = stack.pop()!;
      dependents[s.index]!.push(x);
      for (const t of services) if (t.dependsOn.includes(x) && !seen.has(t.index)) {
        seen.add(t.index);
        stack.push(t.index);
      }
    }
  }
  const openCount = new Int32Array(S);
  const outStart = new Float64Array(S).fill(-1);
  const outEnd = new Float64Array(S);
  const yearDown = services.map(() => new Float64Array(years));
  const outages = new Float64Array(S);
  const closeOutage = (s: number, a: number, b0: number) => {
    const b = Math.min(b0, horizon);
    outages[s]!++;
    if (b <= a) return;
    const yd = yearDown[s]!;
    let y = Math.floor(a / HOURS_PER_YEAR);
    let t = a;
    while (t < b && y < years) {
      const end = Math.min(b, (y + 1) * HOURS_PER_YEAR);
      yd[y]! += end - t;
      t = end;
      y++;
    }
  };
  const openOutage = (s: number, t: number, end: number) => {
    if (outStart[s]! >= 0 && openCount[s] === 0 && outEnd[s]! < t) {
      closeOutage(s, outStart[s]!, outEnd[s]!);
      outStart[s] = -1;
    }
    if (outStart[s]! < 0) {
      outStart[s] = t;
      outEnd[s] = end;
    } else if (end > outEnd[s]!) outEnd[s] = end;
  };
  const addWindow = (s: number, t: number, end: number) => {
    for (const d of dependents[s]!) openOutage(d, t, end);
  };
  const markDown = (s: number, t: number) => {
    for (const d of dependents[s]!) {
      openOutage(d, t, t);
      openCount[d]!++;
    }
  };
  const markUp = (s: number, t: number) => {
    for (const d of dependents[s]!) {
      openCount[d]!--;
      if (openCount[d] === 0 && t > outEnd[d]!) outEnd[d] = t;
    }
  };

  const { offsets, adjNode, adjEdge, edgeFrom, edgeTo } = g;
  // Breadth-first search scratch.
  const mark = new Int32Array(n);
  const from = new Int32Array(n);
  const parentEdge = new Int32Array(n);
  const queue = new Int32Array(n);
  let epoch = 0;
  const userMark = new Int32Array(n);
  let userStamp = 0;
  const ownerMark = new Int32Array(n);
  const ownerUser = new Int32Array(n);
  const ownerPos = new Int32Array(n);
  let ownerStamp = 0;
  const maxUsers = services.reduce((a, sv) => Math.max(a, sv.userNodes.length), 1);
  const rerouteList = new Int32Array(maxUsers);
  const rerouteSrc = new Int32Array(maxUsers);
  const rerouteCut = new Int32Array(maxUsers);
  const srcMark = new Int32Array(n);
  const srcIdx = new Int32Array(n);
  let srcStamp = 0;

  // Elements the current evaluation found down (in the order found).
  const downSeen = new Int32Array(n + m);
  let downStamp = 0;
  const downReads = new Int32Array(n + m);
  let downLen = 0;
  const noteDown = (x: number) => {
    if (downSeen[x] === downStamp) return;
    downSeen[x] = downStamp;
    downReads[downLen++] = x;
  };
  // What a down service waits for. Its evaluation reads the state of its placement and user
  // regions, and of the elements its searches meet; if none of those changes, neither does
  // the outcome. Up is monotone in the element states except for user regions (a user region
  // that fails stops counting), so a down service can only come back up when a user region
  // changes or an element its last evaluation found down is repaired: exactly those are
  // watched, and their changes re-evaluate it.
  const watchMark = services.map(() => new Uint8Array(n + m));
  const watchList = services.map(() => new Int32Array(n + m));
  const watchLen = new Int32Array(S);
  const watchCount = new Int32Array(n + m); // down services watching each element
  const watch = (s: number, c: number) => {
    const mk = watchMark[s]!;
    if (mk[c] === 1) return;
    mk[c] = 1;
    watchList[s]![watchLen[s]!++] = c;
    if (watchCount[c]!++ === 0) enqueue(c);
  };
  const watchDown = (s: number) => {
    const sv = services[s]!;
    for (const u of sv.userNodes) watch(s, u);
    for (const p of sv.placements) watch(s, p);
    for (let k = 0; k < downLen; k++) watch(s, downReads[k]!);
  };
  const unwatch = (s: number) => {
    const mk = watchMark[s]!;
    const list = watchList[s]!;
    for (let k = 0; k < watchLen[s]!; k++) {
      const c = list[k]!;
      mk[c] = 0;
      watchCount[c]!--;
    }
    watchLen[s] = 0;
  };

  /** Re-evaluates service s structurally; updates its support. Returns up/down. */
  const evaluate = (s: number): boolean => {
    const sv = services[s]!;
    const P = sv.placements.length;
    const base = n + m + instBase[s]!;
    const pl = placementsOf[s]!;
    let promoted = false;
    if (sv.topology === 'active-passive') {
      const a = active[s]!;
      if (!(state(pl[a]!) === 1 && up[base + a] === 1)) {
        let pick = -1;
        for (let i = 0; i < P && pick < 0; i++) if ((state(pl[i]!) === 1 && up[base + i] === 1)) pick = i;
        if (pick >= 0) {
          promoted = pick !== a;
          active[s] = pick;
        }
      }
    }
    epoch++;
    downStamp++;
    downLen = 0;
    let head = 0;
    let tail = 0;
    let sources = 0;
    for (let i = 0; i < P; i++) {
      if (sv.topology !== 'active-active' && i !== active[s]) continue;
      if (!(state(pl[i]!) === 1 && up[base + i] === 1)) continue;
      sources++;
      const p = sv.placements[i]!;
      if (mark[p] === epoch) continue;
      mark[p] = epoch;
      from[p] = i;
      parentEdge[p] = -1;
      queue[tail++] = p;
    }
    // Users still to reach: the search stops as soon as every up user region is reached.
    userStamp++;
    let pending = 0;
    for (let j = 0; j < sv.userNodes.length; j++) {
      const u = sv.userNodes[j]!;
      if (!state(u) || userMark[u] === userStamp) continue;
      userMark[u] = userStamp;
      if (mark[u] !== epoch) pending++;
    }
    while (head < tail && pending > 0) {
      const u = queue[head++]!;
      for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
        const v = adjNode[k]!;
        if (mark[v] === epoch) continue;
        if (state(v) === 0) {
          noteDown(v);
          continue;
        }
        const e = adjEdge[k]!;
        if (state(n + e) === 0) {
          noteDown(n + e);
          continue;
        }
        mark[v] = epoch;
        from[v] = from[u]!;
        parentEdge[v] = e;
        queue[tail++] = v;
        if (userMark[v] === userStamp) pending--;
      }
    }
    // Drop the old support.
    const paths = userPath[s]!;
    const srcOf = userSrc[s]!;
    const served = servedCount[s]!;
    for (let j = 0; j < paths.length; j++) {
      const path = paths[j]!;
      // pop() empties a short array faster than setting its length (a runtime call in V8).
      while (path.length > 0) unref(s, path.pop()!);
      srcOf[j] = -1;
    }
    const extra = extraBuf[s]!;
    for (let k = 0; k < extraLen[s]!; k++) unref(s, extra[k]!);
    let len = 0;
    served.fill(0);
    let counted = 0;
    let steered = 0;
    let allServed = true;
    for (let j = 0; j < sv.userNodes.length; j++) {
      const u = sv.userNodes[j]!;
      if (!state(u)) {
        if (sv.usersAreDefault || (sv.publicSteering && INTERNET_FACING.has(model.regions[u]!.kind))) {
          counted++;
          steered++;
          if (sources === 0) allServed = false;
        }
        continue;
      }
      counted++;
      if (mark[u] !== epoch) {
        allServed = false;
        continue;
      }
      const path = paths[j]!;
      for (let v = u; ; ) {
        path.push(v);
        const e = parentEdge[v]!;
        if (e < 0) break;
        path.push(n + e);
        v = edgeFrom[e] === v ? edgeTo[e]! : edgeFrom[e]!;
      }
      for (let k = 0; k < path.length; k++) ref(s, path[k]!);
      srcOf[j] = from[u]!;
      served[from[u]!]!++;
    }
    steeredNow[s] = steered > 0 ? 1 : 0;
    for (let i = 0; i < P; i++) {
      if (!(state(pl[i]!) === 1 && up[base + i] === 1)) continue;
      if (sv.topology !== 'active-active' && i !== active[s]) continue;
      extra[len++] = pl[i]!;
    }
    let ok = counted === 0 ? sources > 0 : allServed;
    if (sv.requiredInstances > 1) {
      if (sv.topology !== 'active-active') ok = false;
      else {
        // Load is shared by every healthy placement some user reaches: search from the
        // users, and let the whole reached component be support (a cut anywhere in it can
        // take a placement away).
        epoch++;
        head = 0;
        tail = 0;
        for (let j = 0; j < sv.userNodes.length; j++) {
          const u = sv.userNodes[j]!;
          if (!state(u) || mark[u] === epoch) continue;
          mark[u] = epoch;
          queue[tail++] = u;
        }
        while (head < tail) {
          const u = queue[head++]!;
          extra[len++] = u;
          for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
            const v = adjNode[k]!;
            const e = adjEdge[k]!;
            if (mark[v] === epoch) continue;
            if (state(v) === 0) {
              noteDown(v);
              continue;
            }
            if (state(n + e) === 0) {
              noteDown(n + e);
              continue;
            }
            extra[len++] = n + e;
            mark[v] = epoch;
            queue[tail++] = v;
          }
        }
        let reached = 0;
        for (let i = 0; i < P; i++) {
          if (!(state(pl[i]!) === 1 && up[base + i] === 1) || (mark[pl[i]!] !== epoch && steered === 0)) continue;
          reached++;
          served[i]!++;
        }
        if (reached < sv.requiredInstances) ok = false;
      }
    }
    extraLen[s] = len;
    for (let k = 0; k < len; k++) ref(s, extra[k]!);
    unwatch(s);
    if (!ok) watchDown(s);
    lastPromoted = promoted;
    return ok;
  };
  let lastPromoted = false;

  const setStruct = (s: number, isUp: boolean, t: number) => {
    if (isUp === (structUp[s] === 1)) return;
    structUp[s] = isUp ? 1 : 0;
    if (isUp) markUp(s, t);
    else markDown(s, t);
  };
  for (let s = 0; s < S; s++) {
    structUp[s] = 1;
    setStruct(s, evaluate(s), 0);
  }

  let events = 0;
  const step = Math.max(1, Math.floor(years / 100));
  let nextReportYear = step;
  let nextReportT = nextReportYear * HOURS_PER_YEAR;
  const phase = 'Monte Carlo';
  options.onProgress?.(0, years, phase);
  for (;;) {
    if (heapSize === 0) break;
    const c = heap[0]!;
    const t = nextT[c]!;
    if (t >= horizon) break;
    if (c < n + m && supportCount[c] === 0 && watchCount[c] === 0) {
      // No longer watched: leave its change pending (lazy from now on).
      dropFirst();
      continue;
    }
    now = t;
    events++;
    if (t >= nextReportT) {
      if (options.signal?.aborted) throw new SimulationAbortedError(phase);
      options.onProgress?.(nextReportYear, years, phase);
      nextReportYear += step;
      nextReportT = nextReportYear * HOURS_PER_YEAR;
    }
    const failing = up[c] === 1;
    up[c] = failing ? 0 : 1;
    nextT[c] = t - (failing ? mttr[c]! : mtbf[c]!) * Math.log(rng.next());
    siftDown(c, 0);
    if (c >= n + m) {
      const s = instService[c - n - m]!;
      if (failing) {
        if (structUp[s]) onFailure(s, c, t);
      } else if (!structUp[s]) setStruct(s, evaluate(s), t);
      continue;
    }
    if (watchCount[c]! > 0) {
      // Down services waiting on c (evaluate clears a service's watch when it comes up).
      for (let s = 0; s < S; s++) if (!structUp[s] && watchMark[s]![c] === 1) setStruct(s, evaluate(s), t);
    }
    if (failing && supportCount[c]! > 0) {
      for (let s = 0; s < S; s++) {
        if (!structUp[s] || supportCnt[s]![c] === 0) continue;
        const local = c >= n || (!isPlacementNode[s]![c] && !isUserNode[s]![c]);
        // A reroute that strands a user leaves the service down: evaluate it to learn what it waits for.
        if (local && services[s]!.requiredInstances <= 1) setStruct(s, reroute(s, c) || evaluate(s), t);
        else onFailure(s, c, t);
      }
    }
  }
  /** Marks the nodes of user j's path as joinable by later reroutes (node, position). */
  function ownPath(path: number[], j: number) {
    for (let k = 0; k < path.length; k += 2) {
      const v = path[k]!;
      if (ownerMark[v] === ownerStamp) continue;
      ownerMark[v] = ownerStamp;
      ownerUser[v] = j;
      ownerPos[v] = k;
    }
  }

  function onFailure(s: number, c: number, t: number) {
    const sv = services[s]!;
    const pl = placementsOf[s]!;
    const served = servedCount[s]!;
    let lostServing = false;
    const aa = sv.topology === 'active-active';
    let node = c;
    if (c >= n + m) {
      const i = c - n - m - instBase[s]!;
      if (!aa && i !== active[s]) return; // a standby that is not serving: nothing changes now
      lostServing = served[i]! > 0 || steeredNow[s] === 1;
      node = pl[i]!;
    } else if (c < n) {
      for (let i = 0; i < pl.length; i++) if (pl[i] === c && (aa || i === active[s]) && (served[i]! > 0 || steeredNow[s] === 1)) lostServing = true;
    }
    if (sv.topology === 'active-active' && sv.requiredInstances <= 1 && !(node < n && isUserNode[s]![node])) {
      // Survivors are already serving: move only the users of the lost instance.
      const isUpNow = reroute(s, node) || evaluate(s);
      if (isUpNow && lostServing) addWindow(s, t, t + failoverHours(sv, false));
      setStruct(s, isUpNow, t);
      return;
    }
    const isUp = evaluate(s);
    if (isUp && lostServing) addWindow(s, t, t + failoverHours(sv, lastPromoted));
    setStruct(s, isUp, t);
  }

  /**
   * A circuit, a transit region or a serving placement on some user paths of service s
   * failed: find each such user a new path to the nearest serving placement (breadth-first
   * from the user, stopping at the first one). Returns whether every user is still served.
   */
  function reroute(s: number, c: number): boolean {
    const sv = services[s]!;
    const pl = placementsOf[s]!;
    const base = n + m + instBase[s]!;
    const paths = userPath[s]!;
    const srcOf = userSrc[s]!;
    const served = servedCount[s]!;
    srcStamp++;
    let sources = 0;
    for (let i = 0; i < pl.length; i++) {
      if (sv.topology !== 'active-active' && i !== active[s]) continue;
      if (state(pl[i]!) !== 1 || up[base + i] !== 1) continue;
      sources++;
      if (srcMark[pl[i]!] !== srcStamp) {
        srcMark[pl[i]!] = srcStamp;
        srcIdx[pl[i]!] = i;
      }
    }
    let ok = sources > 0;
    // Unhook every user whose path used the failed element; keep the old path aside.
    const spare = userPathSpare[s]!;
    let affected = 0;
    for (let j = 0; j < paths.length; j++) {
      const path = paths[j]!;
      if (srcOf[j]! < 0) continue;
      const cut = path.indexOf(c);
      if (cut < 0) continue;
      for (let k = 0; k < path.length; k++) unref(s, path[k]!);
      served[srcOf[j]!]!--;
      rerouteSrc[affected] = srcOf[j]!;
      rerouteCut[affected] = cut;
      srcOf[j] = -1;
      const fresh = spare[j]!;
      while (fresh.length > 0) fresh.pop();
      paths[j] = fresh;
      spare[j] = path;
      rerouteList[affected++] = j;
    }
    if (affected === 0) return ok;
    // Junctions a new path may join and follow to its placement: nodes on the surviving
    // paths, and on the old paths beyond the failed element (still intact).
    ownerStamp++;
    for (let j = 0; j < paths.length; j++) if (srcOf[j]! >= 0) ownPath(paths[j]!, j);
    for (let r = 0; r < affected; r++) {
      const old = spare[rerouteList[r]!]!;
      for (let k = rerouteCut[r]! + 1; k < old.length; k++) {
        if ((k & 1) !== 0) continue;
        const v = old[k]!;
        if (ownerMark[v] === ownerStamp) continue;
        ownerMark[v] = ownerStamp;
        ownerUser[v] = -(r + 1);
        ownerPos[v] = k;
      }
    }
    for (let r = 0; r < affected; r++) {
      const j = rerouteList[r]!;
      const path = paths[j]!;
      const u = sv.userNodes[j]!;
      epoch++;
      let head = 0;
      let tail = 0;
      mark[u] = epoch;
      parentEdge[u] = -1;
      queue[tail++] = u;
      let found = srcMark[u] === srcStamp || ownerMark[u] === ownerStamp ? u : -1;
      while (head < tail && found < 0) {
        const x = queue[head++]!;
        for (let k = offsets[x]!; k < offsets[x + 1]!; k++) {
          const v = adjNode[k]!;
          if (mark[v] === epoch || state(v) === 0) continue;
          const e = adjEdge[k]!;
          if (state(n + e) === 0) continue;
          mark[v] = epoch;
          parentEdge[v] = e;
          queue[tail++] = v;
          if (srcMark[v] === srcStamp || ownerMark[v] === ownerStamp) {
            found = v;
            break;
          }
        }
      }
      if (found < 0) {
        ok = false;
        continue;
      }
      // The new part, from the user to the junction (walked backwards, then reversed) …
      for (let v = found; ; ) {
        path.push(v);
        const e = parentEdge[v]!;
        if (e < 0) break;
        path.push(n + e);
        v = edgeFrom[e] === v ? edgeTo[e]! : edgeFrom[e]!;
      }
      path.reverse();
      let src: number;
      if (srcMark[found] === srcStamp) src = srcIdx[found]!;
      else {
        // … then the surviving path's tail from the junction to its placement.
        const o = ownerUser[found]!;
        const tailPath = o >= 0 ? paths[o]! : spare[rerouteList[-o - 1]!]!;
        for (let k = ownerPos[found]! + 1; k < tailPath.length; k++) path.push(tailPath[k]!);
        src = o >= 0 ? srcOf[o]! : rerouteSrc[-o - 1]!;
      }
      for (let k = 0; k < path.length; k++) ref(s, path[k]!);
      srcOf[j] = src;
      served[src]!++;
      ownPath(path, j);
    }
    return ok;
  }
  for (let s = 0; s < S; s++) {
    if (outStart[s]! >= 0) closeOutage(s, outStart[s]!, openCount[s]! > 0 ? horizon : outEnd[s]!);
  }
  options.onProgress?.(years, years, phase);

  const out: MonteCarloService[] = services.map((sv, s) => {
    const yd = yearDown[s]!;
    let total = 0;
    for (let y = 0; y < years; y++) total += yd[y]!;
    const availability = 1 - total / horizon;
    let varSum = 0;
    let meets = 0;
    const target = sv.service.objectives?.availabilityPercent;
    for (let y = 0; y < years; y++) {
      const ay = 1 - yd[y]! / HOURS_PER_YEAR;
      varSum += (ay - availability) ** 2;
      if (target !== undefined && ay * 100 >= target) meets++;
    }
    const standardError = years > 1 ? Math.sqrt(varSum / (years - 1) / years) : NaN;
    return {
      service: sv.id,
      availability,
      standardError,
      downtimeMinutesPerYear: (total * 60) / years,
      outagesPerYear: outages[s]! / years,
      pMeetsTarget: target === undefined ? null : meets / years,
      targetPercent: target ?? null,
      meetsAvailability: target === undefined || availability * 100 >= target,
      confidence95: [availability - 1.96 * standardError, Math.min(1, availability + 1.96 * standardError)],
      closedForm: closedFormAvailability(model, sv),
    };
  });
  return {
    years,
    seed: options.seed,
    events,
    services: out,
    basis:
      'exponential times to failure (mean MTBF) and repair (mean MTTR) for regions, circuits and service instances; failover time counted as downtime; standard error by batch means over years; events counts the changes handled one by one (regions and circuits no service used or waited for are sampled lazily when read)',
  };
}
