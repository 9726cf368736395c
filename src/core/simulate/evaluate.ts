/**
 * Per service, per scenario: is the service still available, how long does recovery take
 * (RTO with its breakdown), how much data can be lost (RPO), and what RTT do users see
 * after failover — each against the service's objectives.
 */
import type { SimModel, SimService } from './model.ts';
import type { RouteTable } from './routes.ts';
import type { FailureState } from './scenario.ts';

/** RTO split by phase, seconds. */
export interface RtoBreakdown {
  /** Health-check interval × failure threshold. */
  detectionSeconds: number;
  /** DNS TTL, BGP hold/BFD, anycast withdrawal, global-LB propagation or manual reaction. */
  propagationSeconds: number;
  /** Standby promotion (active-passive, primary lost). */
  promotionSeconds: number;
  /** Standby warm-up (warm/cold standby, primary lost). */
  warmUpSeconds: number;
  /** Extra wait for a dependency (`dependsOn`) that recovers later than this service. */
  dependencyWaitSeconds: number;
}

/** One service's outcome in one scenario. */
export interface ServiceOutcome {
  service: string;
  /** Users in every counted region reach a healthy instance with capacity, and dependencies are available. */
  available: boolean;
  /** Share of counted users served, 0–1. */
  servedShare: number;
  /** Share of users lost with their own failed site (not counted against the service), 0–1. */
  usersLostWithSiteShare: number;
  /** Whether this scenario forces a failover (some users change serving instance or lose it). */
  affected: boolean;
  /** Seconds until service is restored; 0 when unaffected; null when it cannot recover in this scenario. */
  rtoSeconds: number | null;
  /** Seconds of writes that can be lost; null for unbounded loss. */
  rpoSeconds: number | null;
  rtoBreakdown: RtoBreakdown;
  /** CRDT convergence time after the failure, s (crdt replication only). */
  convergenceSeconds?: number;
  meetsRto: boolean;
  meetsRpo: boolean;
  /** 95th-percentile RTT over served users (by user share) after failover, ms; null when nobody is served. */
  latencyP95Ms: number | null;
  meetsLatency: boolean;
  /** RTT a synchronous write waits for its replica, ms (sync replication only). */
  syncWriteAddedMs?: number;
  /** Region ids serving after the scenario. */
  servingRegions: string[];
  /** Share of all users served by each region once failover completes (detail only). */
  servingShareByRegion: Record<string, number>;
  /** Share of all users whose serving region did not change, by region: served through the failover (detail only). */
  unchangedShareByRegion: Record<string, number>;
  /**
   * User regions whose traffic takes another path after failover than in the intact design:
   * another serving region, other circuits, or none (detail only; absent in sweeps and
   * Monte Carlo).
   */
  reroutes?: Reroute[];
  /** Every objective met. */
  ok: boolean;
  /** Why: plain sentences for reports. */
  notes: string[];
}

/** How the traffic of one user region to a service moved after failover. */
export interface Reroute {
  /** Region id of the users. */
  users: string;
  /** Region serving them in the intact design; null when nothing did. */
  servedBefore: string | null;
  /** Region serving them once failover completes; null when nothing does. */
  servedFrom: string | null;
  /**
   * Circuit ids their traffic crossed in the intact design, from the serving region to the
   * users ([] when co-located); null when they were not served.
   */
  before: string[] | null;
  /**
   * Circuit ids it crosses after failover, in the same order; null when they are not served,
   * or when their own site failed and they reach `servedFrom` over the public internet.
   */
  after: string[] | null;
  /** Users of a failed cloud region or edge POP steered by DNS, anycast or a global LB to another placement over the internet. */
  overInternet?: true;
}

/** Serving placement of each user region of one service, intact and after the last detailed evaluation. */
export interface ServingDetail {
  /** Placement index serving user region j in the intact design (-1: none). */
  before: Int32Array;
  /** Placement index serving it after failover (-1: none; -2: lost with its own failed site). */
  now: Int32Array;
  /** 1 when user region j's own site failed and its users were steered to `now` over the internet. */
  steered: Uint8Array;
}

const ZERO: RtoBreakdown = {
  detectionSeconds: 0,
  propagationSeconds: 0,
  promotionSeconds: 0,
  warmUpSeconds: 0,
  dependencyWaitSeconds: 0,
};

const INTERNET_FACING = new Set(['cloud-region', 'edge-pop']);

/** Scratch for one evaluation pass (reused across sweep scenarios). */
export class ServiceEvaluator {
  private readonly model: SimModel;
  private readonly routes: RouteTable;
  /** Intact serving placement per service per user (-1: unserved). */
  private readonly before: Int32Array[];
  private readonly beforeActive: Int32Array;
  readonly outcomes: ServiceOutcome[];
  /** Outcomes with nothing failed (no detail). */
  private readonly intactOutcomes: ServiceOutcome[];
  /** Outcomes reused for services an extra failure cannot touch: the intact ones, or those after an N-2 first failure. */
  private reference: ServiceOutcome[];
  /** Per service: its placements and user regions, to test whether a failure touches them. */
  private readonly touches: Uint8Array[];
  /** Per service: who served each user region in the last detailed evaluation. */
  private readonly lastServing: (ServingDetail | undefined)[];

  constructor(model: SimModel, routes: RouteTable) {
    this.model = model;
    this.routes = routes;
    this.before = model.services.map((s) => new Int32Array(s.userNodes.length));
    this.beforeActive = new Int32Array(model.services.length);
    this.outcomes = [];
    this.lastServing = model.services.map(() => undefined);
    routes.useIntact();
    const intact = new Uint8Array(0);
    for (const s of model.services) {
      const active = s.topology === 'active-active' ? -1 : Math.max(0, s.placements.indexOf(s.primary));
      this.beforeActive[s.index] = active;
      for (let j = 0; j < s.userNodes.length; j++) this.before[s.index]![j] = this.pick(s, j, active, intact, false);
    }
    this.touches = model.services.map((s) => {
      const t = new Uint8Array(model.graph.nodeCount);
      for (const p of s.placements) t[p] = 1;
      for (const u of s.userNodes) t[u] = 1;
      return t;
    });
    this.intactOutcomes = [];
    this.reference = this.intactOutcomes;
    const none = {
      id: 'intact',
      name: 'intact',
      failed: [],
      nodeFailed: new Uint8Array(model.graph.nodeCount),
      edgeFailed: new Uint8Array(model.graph.edgeCount),
      serviceFailed: new Uint8Array(model.services.length),
      failedNodes: [],
      failedEdges: [],
      degradations: [],
    };
    this.intactOutcomes = this.evaluate(none, false);
    this.reference = this.intactOutcomes;
  }

  /** Serving placements per user region of service `si` in the last evaluation with `detail` (undefined before one). */
  servingDetail(si: number): ServingDetail | undefined {
    return this.lastServing[si];
  }

  /** Outcomes the fast path compares against (must match the route table's base); undefined: intact. */
  setReference(outcomes: ServiceOutcome[] | undefined): void {
    this.reference = outcomes ?? this.intactOutcomes;
  }

  /** Serving placement for user j: the active one, or the nearest healthy reachable one. */
  private pick(s: SimService, j: number, active: number, healthyMask: Uint8Array, useIntact: boolean): number {
    const all = healthyMask.length === 0;
    if (active >= 0) {
      if (!all && healthyMask[active] !== 1) return -1;
      return (useIntact ? this.routes.intactDist(s.index, active, j) : this.routes.dist(s.index, active, j)) < Infinity ? active : -1;
    }
    let best = -1;
    let bestD = Infinity;
    for (let i = 0; i < s.placements.length; i++) {
      if (!all && healthyMask[i] !== 1) continue;
      const di = useIntact ? this.routes.intactDist(s.index, i, j) : this.routes.dist(s.index, i, j);
      if (di < bestD) {
        bestD = di;
        best = i;
      }
    }
    return best;
  }

  /**
   * Evaluates every service under `st`; the route table must already hold `st`'s routes.
   * Services are evaluated dependencies first. `detail` adds notes and serving regions.
   */
  evaluate(st: FailureState, detail: boolean, extraNodes: readonly number[] = st.failedNodes): ServiceOutcome[] {
    const out: ServiceOutcome[] = new Array(this.model.services.length);
    const fast = !detail && this.reference.length > 0 && !st.edgeWeight && !st.partitionSide;
    for (const si of this.model.serviceOrder) {
      const s = this.model.services[si]!;
      if (fast && this.untouched(s, st, out, extraNodes)) out[si] = this.reference[si]!;
      else out[si] = this.evaluateOne(s, st, out, detail);
    }
    return out;
  }

  /**
   * A failure that changes none of a service's routes, regions or dependencies (relative to
   * the reference state) leaves its outcome as in the reference. `extraNodes`: the regions
   * failed beyond the reference state.
   */
  private untouched(s: SimService, st: FailureState, done: ServiceOutcome[], extraNodes: readonly number[]): boolean {
    if (st.serviceFailed[s.index]) return false;
    const t = this.touches[s.index]!;
    for (const u of extraNodes) if (t[u]) return false;
    if (this.routes.serviceRoutesChanged(s.index)) return false;
    for (const d of s.dependsOn) if (done[d] !== this.reference[d]) return false;
    return true;
  }

  private evaluateOne(s: SimService, st: FailureState, done: ServiceOutcome[], detail: boolean): ServiceOutcome {
    const notes: string[] = [];
    const P = s.placements.length;
    const serviceDown = st.serviceFailed[s.index] === 1;
    const healthy = new Uint8Array(P);
    let healthyCount = 0;
    for (let i = 0; i < P; i++) {
      if (!serviceDown && !st.nodeFailed[s.placements[i]!]) {
        healthy[i] = 1;
        healthyCount++;
      }
    }
    const lostInstances = P - healthyCount;

    // Active instance after the scenario (active-passive and single).
    let active = this.beforeActive[s.index]!;
    let promoted = false;
    if (active >= 0 && !healthy[active]) {
      if (s.topology === 'active-passive') {
        let best = -1;
        let bestShare = -1;
        for (let i = 0; i < P; i++) {
          if (!healthy[i]) continue;
          let share = 0;
          for (let j = 0; j < s.userNodes.length; j++) if (this.routes.dist(s.index, i, j) < Infinity) share += s.userShares[j]!;
          if (share > bestShare) {
            bestShare = share;
            best = i;
          }
        }
        active = best;
        promoted = best >= 0;
      } else active = -1;
      if (active === -1 && P > 0) active = -2; // nothing healthy to serve
    }

    let counted = 0;
    let served = 0;
    let lostWithSite = 0;
    let changed = false;
    const servingSet = new Uint8Array(P);
    const rtts: { rtt: number; share: number }[] = [];
    const servingShareByRegion: Record<string, number> = {};
    const unchangedShareByRegion: Record<string, number> = {};
    const ids = this.model.graph.nodeIds;
    const serving: ServingDetail | undefined = detail
      ? { before: this.before[s.index]!, now: new Int32Array(s.userNodes.length).fill(-2), steered: new Uint8Array(s.userNodes.length) }
      : undefined;
    if (serving) this.lastServing[s.index] = serving;
    for (let j = 0; j < s.userNodes.length; j++) {
      const share = s.userShares[j]!;
      const before = this.before[s.index]![j]!;
      const userDown = st.nodeFailed[s.userNodes[j]!] === 1;
      let now: number;
      let rtt: number;
      if (userDown) {
        const kind = this.model.regions[s.userNodes[j]!]!.kind;
        if (!s.usersAreDefault && !(s.publicSteering && INTERNET_FACING.has(kind))) {
          lostWithSite += share;
          continue;
        }
        // Internet users near a failed cloud region (or a service's own clients) are steered to a surviving placement.
        now = active === -2 ? -1 : active >= 0 ? active : this.pick(s, j, -1, healthy, true);
        if (now < 0 && active === -1) now = firstSet(healthy);
        rtt = now >= 0 ? this.routes.intactDist(s.index, now, j) : Infinity;
        if (serving) serving.steered[j] = 1;
      } else {
        now = active === -2 ? -1 : this.pick(s, j, active, healthy, false);
        rtt = now >= 0 ? this.routes.dist(s.index, now, j) : Infinity;
      }
      counted += share;
      if (serving) serving.now[j] = now;
      if (before >= 0 && now !== before) changed = true;
      if (now >= 0) {
        served += share;
        servingSet[now] = 1;
        rtts.push({ rtt, share });
        if (detail) {
          const r = ids[s.placements[now]!]!;
          servingShareByRegion[r] = (servingShareByRegion[r] ?? 0) + share;
          if (now === before && !promoted) unchangedShareByRegion[r] = (unchangedShareByRegion[r] ?? 0) + share;
        }
      } else if (detail) notes.push(`users in ${this.model.graph.nodeIds[s.userNodes[j]!]} reach no healthy instance`);
    }
    if (promoted) changed = true;
    const servedShare = counted > 0 ? served / counted : 1;
    let available = counted === 0 ? healthyCount > 0 : served >= counted - 1e-12;
    if (serviceDown && detail) notes.push('the service itself fails in this scenario');

    // Capacity: active-active spreads load over every healthy placement some user reaches.
    if (available && s.requiredInstances > 1) {
      let reachable = 0;
      for (let i = 0; i < P; i++) {
        if (!healthy[i]) continue;
        for (let j = 0; j < s.userNodes.length; j++) {
          if (this.routes.dist(s.index, i, j) < Infinity || st.nodeFailed[s.userNodes[j]!]) {
            reachable++;
            break;
          }
        }
      }
      const have = s.topology === 'active-active' ? reachable : Math.min(1, reachable);
      if (have < s.requiredInstances) {
        available = false;
        if (detail)
          notes.push(
            `capacity: ${have} instance(s) × ${s.service.capacityRps} req/s < ${s.service.load?.requestsPerSecond} req/s needed`,
          );
      }
    }

    let depRto = 0;
    let depAffected = false;
    for (const d of s.dependsOn) {
      const o = done[d];
      if (!o) continue;
      if (!o.available) {
        available = false;
        if (detail) notes.push(`depends on ${o.service}, which is unavailable`);
      }
      if (o.affected) depAffected = true;
      if (o.rtoSeconds !== null) depRto = Math.max(depRto, o.rtoSeconds);
    }

    const affected = changed || lostInstances > 0 && servedShare < 1 || depAffected || (serviceDown && P > 0);
    let rtoSeconds: number | null = 0;
    let breakdown: RtoBreakdown = ZERO;
    if (!available) rtoSeconds = null;
    else if (changed) {
      const r = s.rto;
      breakdown = {
        detectionSeconds: r.healthCheckIntervalSeconds.value * r.failureThreshold.value,
        propagationSeconds: r.propagationSeconds.value,
        promotionSeconds: promoted ? r.promotionSeconds.value : 0,
        warmUpSeconds: promoted ? r.warmUpSeconds.value : 0,
        dependencyWaitSeconds: 0,
      };
      rtoSeconds = breakdown.detectionSeconds + breakdown.propagationSeconds + breakdown.promotionSeconds + breakdown.warmUpSeconds;
    }
    if (rtoSeconds !== null && depRto > rtoSeconds) {
      breakdown = { ...breakdown, dependencyWaitSeconds: depRto - rtoSeconds };
      rtoSeconds = depRto;
    }

    // RPO: only when an instance holding data is lost.
    const dataLost =
      serviceDown ||
      (s.topology === 'active-active' ? lostInstances > 0 : this.beforeActive[s.index]! >= 0 && !healthy[this.beforeActive[s.index]!]);
    let rpoSeconds: number | null = 0;
    let convergenceSeconds: number | undefined;
    const lostIndex = s.topology === 'active-active' ? firstUnset(healthy) : Math.max(0, this.beforeActive[s.index]!);
    const path = this.routes.replicaPaths[s.index]![lostIndex];
    const mode = s.replicationMode;
    if (mode === 'crdt' && path && path.target >= 0) convergenceSeconds = (s.replicationIntervalSeconds ?? 0) + path.rttMs / 2000;
    if (dataLost && mode !== 'stateless') {
      const interval = s.replicationIntervalSeconds;
      const noReplica = !path || path.target < 0 || path.rttMs === Infinity;
      switch (mode) {
        case 'sync':
        case 'crdt':
          rpoSeconds = noReplica ? null : 0;
          break;
        case 'async':
          if (noReplica) rpoSeconds = null;
          else if (s.writeMbps > (s.replicationBandwidthMbps ?? path.bottleneckMbps)) {
            rpoSeconds = null;
            if (detail) notes.push(`replication needs ${s.writeMbps} Mbps but the path carries ${s.replicationBandwidthMbps ?? path.bottleneckMbps} Mbps: the lag grows without bound`);
          } else rpoSeconds = (interval ?? 0) + path.rttMs / 2000;
          break;
        case 'snapshot':
          rpoSeconds = interval ?? null;
          if (interval === undefined && detail) notes.push('snapshot replication without intervalSeconds: loss is unbounded');
          break;
        case 'none':
          rpoSeconds = null;
          break;
      }
      if (noReplica && rpoSeconds === null && detail && mode !== 'none' && mode !== 'snapshot') notes.push('no reachable replica: the lost instance takes its data with it');
    }

    let latencyP95Ms: number | null = null;
    const obj = s.service.objectives;
    // Sweeps (no detail) need the latency only to judge an objective.
    if (rtts.length > 0 && (detail || obj?.latencyP95Ms !== undefined)) {
      rtts.sort((a, b) => a.rtt - b.rtt);
      const total = rtts.reduce((a, b) => a + b.share, 0);
      let cum = 0;
      for (const x of rtts) {
        cum += x.share;
        latencyP95Ms = x.rtt;
        if (cum >= 0.95 * total - 1e-12) break;
      }
      if (latencyP95Ms === Infinity) latencyP95Ms = null;
    }
    let syncWriteAddedMs: number | undefined;
    if (mode === 'sync') {
      const p = this.routes.replicaPaths[s.index]![Math.max(0, this.beforeActive[s.index]!)];
      if (p && p.target >= 0 && p.rttMs < Infinity) syncWriteAddedMs = p.rttMs;
    }
    let meetsLatency = obj?.latencyP95Ms === undefined || (latencyP95Ms !== null && latencyP95Ms <= obj.latencyP95Ms);
    if (obj?.latencyP95Ms !== undefined && syncWriteAddedMs !== undefined && syncWriteAddedMs > obj.latencyP95Ms) {
      meetsLatency = false;
      if (detail) notes.push(`sync replication adds ${syncWriteAddedMs.toFixed(1)} ms to every write, above the ${obj.latencyP95Ms} ms objective`);
    }
    if (!available && obj?.latencyP95Ms !== undefined) meetsLatency = false;
    const meetsRto = obj?.rtoSeconds === undefined || (rtoSeconds !== null && rtoSeconds <= obj.rtoSeconds);
    const meetsRpo = obj?.rpoSeconds === undefined || (rpoSeconds !== null && rpoSeconds <= obj.rpoSeconds);
    if (detail) {
      if (!meetsRto) notes.push(rtoSeconds === null ? 'cannot recover in this scenario' : `RTO ${rtoSeconds} s exceeds the ${obj!.rtoSeconds} s objective`);
      if (!meetsRpo) notes.push(rpoSeconds === null ? 'data loss is unbounded' : `RPO ${rpoSeconds.toFixed(2)} s exceeds the ${obj!.rpoSeconds} s objective`);
      if (!meetsLatency && latencyP95Ms !== null && obj?.latencyP95Ms !== undefined && latencyP95Ms > obj.latencyP95Ms)
        notes.push(`users see ${latencyP95Ms.toFixed(1)} ms (p95), above the ${obj.latencyP95Ms} ms objective`);
    }
    const servingRegions: string[] = [];
    if (detail) for (let i = 0; i < P; i++) if (servingSet[i]) servingRegions.push(this.model.graph.nodeIds[s.placements[i]!]!);
    return {
      service: s.id,
      available,
      servedShare,
      usersLostWithSiteShare: lostWithSite,
      affected,
      rtoSeconds,
      rpoSeconds,
      rtoBreakdown: breakdown,
      ...(convergenceSeconds !== undefined ? { convergenceSeconds } : {}),
      meetsRto,
      meetsRpo,
      latencyP95Ms,
      meetsLatency,
      ...(syncWriteAddedMs !== undefined ? { syncWriteAddedMs } : {}),
      servingRegions,
      servingShareByRegion,
      unchangedShareByRegion,
      ok: meetsRto && meetsRpo && meetsLatency,
      notes,
    };
  }
}

function firstSet(a: Uint8Array): number {
  for (let i = 0; i < a.length; i++) if (a[i]) return i;
  return -1;
}
function firstUnset(a: Uint8Array): number {
  for (let i = 0; i < a.length; i++) if (!a[i]) return i;
  return 0;
}
