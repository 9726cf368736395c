/**
 * The simulation model: a design turned into index-based arrays once, so scenarios,
 * sweeps and Monte Carlo only flip failure flags and read typed arrays.
 *
 * Every timing the RTO model uses is resolved here, from the service when it says,
 * otherwise from `catalog.defaults`, and each keeps its basis so reports can show it.
 */
import type { Catalog, Default } from '../catalog/types.ts';
import { resolveRegionLocation } from '../catalog/index.ts';
import type { Circuit, Design, Region, Service } from '../model/schema.ts';
import { buildGraph, type Graph } from '../graph/graph.ts';
import { fibreFloorRttMs, type LatLon } from '../latency/geo.ts';
import { estimateLinkLatencies, locateRegions } from '../estimate/links.ts';
import type { LatencyBasis } from '../estimate/types.ts';
import type { Finding } from '../rules/types.ts';

/** A number with where it came from: `service` (set in the design) or `catalog` (a default and its basis). */
export interface SourcedValue {
  value: number;
  basis: string;
}

export type ReplicationMode = 'sync' | 'async' | 'crdt' | 'snapshot' | 'none' | 'stateless';
export type FailoverMechanism = 'dns' | 'anycast' | 'bgp' | 'global-lb' | 'manual';

/** RTO inputs of one service, each sourced. Seconds. */
export interface RtoInputs {
  mechanism: FailoverMechanism;
  healthCheckIntervalSeconds: SourcedValue;
  failureThreshold: SourcedValue;
  propagationSeconds: SourcedValue;
  promotionSeconds: SourcedValue;
  standby: 'hot' | 'warm' | 'cold';
  warmUpSeconds: SourcedValue;
}

/** One service in index form. */
export interface SimService {
  id: string;
  index: number;
  service: Service;
  topology: 'active-active' | 'active-passive' | 'single';
  /** Node index of each placement, in the design's order. */
  placements: number[];
  /** Node index of the primary (active-passive) or the first placement. */
  primary: number;
  /** Regions whose users the service serves, with their share (sums to 1). */
  userNodes: number[];
  userShares: number[];
  /** True when the design gives no user shares: the clients are the dependants' placements (else the service's own) and follow it wherever it serves. */
  usersAreDefault: boolean;
  /** Service indexes this one depends on (unknown ids dropped; validation reports them). */
  dependsOn: number[];
  rto: RtoInputs;
  replicationMode: ReplicationMode;
  /** Replication or snapshot interval, s (undefined when the design gives none). */
  replicationIntervalSeconds: number | undefined;
  /** Write rate that must reach the replicas, Mbps (MB/s × 8). */
  writeMbps: number;
  /** Bandwidth reserved for replication, Mbps, when the design sets it. */
  replicationBandwidthMbps: number | undefined;
  /** Placements needed to carry the load (ceil(rps / capacityRps)); 1 when capacity is not given. */
  requiredInstances: number;
  /** Whether users of a failed cloud-region/edge-pop are steered to another placement (public failover). */
  publicSteering: boolean;
  instanceMtbfHours: SourcedValue;
  instanceMttrHours: SourcedValue;
}

/** The whole design in index form, plus the routing graph. */
export interface SimModel {
  design: Design;
  catalog: Catalog;
  graph: Graph;
  regions: Region[];
  circuits: Circuit[];
  services: SimService[];
  serviceIndex: Map<string, number>;
  /** Circuit RTT, ms, with its basis per circuit. */
  circuitRttMs: Float64Array;
  circuitRttBasis: LatencyBasis[];
  regionMtbfHours: Float64Array;
  regionMttrHours: Float64Array;
  circuitMtbfHours: Float64Array;
  circuitMttrHours: Float64Array;
  /** Roots of the shortest-path trees: every node that hosts a placement, ascending. */
  roots: number[];
  /** rootSlot[node] = index into `roots`, or -1. */
  rootSlot: Int32Array;
  /** Services in dependency order (dependencies first; cycles broken at the back edge). */
  serviceOrder: number[];
}

/** Where a region is: its explicit location, else its provider region in the catalog (undefined when unknown). */
export function locateRegion(region: Region, catalog: Catalog): (LatLon & { country?: string }) | undefined {
  const r = resolveRegionLocation(region, catalog);
  return 'error' in r ? undefined : r;
}

/**
 * Fallback round-trip time of a circuit the estimate engine cannot place (an end without a
 * location), ms: the measured `latencyMs` when given, else the fibre floor between its ends
 * × the circuit type's route inflation + fixed overhead (+ the encryption overhead when
 * encrypted). Without locations only the fixed overheads remain.
 */
export function estimateCircuitRttMs(
  circuit: Circuit,
  from: Region | undefined,
  to: Region | undefined,
  catalog: Catalog,
): { rttMs: number; basis: 'measured' | 'estimated' } {
  if (circuit.latencyMs !== undefined) return { rttMs: circuit.latencyMs, basis: 'measured' };
  const info = catalog.circuitTypes[circuit.type];
  const a = from && locateRegion(from, catalog);
  const b = to && locateRegion(to, catalog);
  const floor = a && b ? fibreFloorRttMs(a, b) : 0;
  const encrypted = circuit.encrypted ?? info.encryptedByDefault;
  const rttMs = Math.max(floor, floor * info.routeInflation + info.overheadMs + (encrypted ? info.encryptionMs : 0));
  return { rttMs, basis: 'estimated' };
}

function sourced(own: number | undefined, what: string, def: Default): SourcedValue {
  return own !== undefined
    ? { value: own, basis: `design (${what})` }
    : { value: def.value, basis: `catalog default: ${def.basis}` };
}

const STATEFUL_KINDS = new Set(['database', 'storage', 'queue']);

/** Resolves the RTO inputs of a service from the design and the catalog defaults. */
export function resolveRtoInputs(service: Service, topology: SimService['topology'], catalog: Catalog): RtoInputs {
  const d = catalog.defaults;
  const f = service.failover;
  const mechanism: FailoverMechanism = f?.mechanism ?? 'dns';
  let propagationSeconds: SourcedValue;
  switch (mechanism) {
    case 'dns':
      propagationSeconds = sourced(f?.dnsTtlSeconds, 'DNS TTL', d.dnsTtlSeconds);
      break;
    case 'bgp':
      propagationSeconds = f?.bfd
        ? { value: d.bfdDetectionSeconds.value, basis: `catalog default (BFD): ${d.bfdDetectionSeconds.basis}` }
        : sourced(f?.bgpHoldSeconds, 'BGP hold time', d.bgpHoldSeconds);
      break;
    case 'anycast':
      propagationSeconds = sourced(undefined, '', d.anycastWithdrawSeconds);
      break;
    case 'global-lb':
      propagationSeconds = sourced(undefined, '', d.globalLbPropagationSeconds);
      break;
    case 'manual':
      propagationSeconds = sourced(undefined, '', d.manualReactionSeconds);
      break;
  }
  const standby = f?.standby ?? (topology === 'active-passive' ? 'warm' : 'hot');
  const warm = d.standbyWarmupSeconds[standby];
  return {
    mechanism,
    healthCheckIntervalSeconds: sourced(f?.healthCheckIntervalSeconds, 'health-check interval', d.healthCheckIntervalSeconds),
    failureThreshold: sourced(f?.failureThreshold, 'failure threshold', d.failureThreshold),
    propagationSeconds,
    promotionSeconds: sourced(f?.promotionSeconds, 'promotion time', d.promotionSeconds),
    standby,
    warmUpSeconds: {
      value: warm.value,
      basis: `${f?.standby ? 'design' : 'assumed'} ${standby} standby; catalog default: ${warm.basis}`,
    },
  };
}

/**
 * Builds the simulation model of a design. Pure; O(regions + circuits + services).
 * Unknown references (already reported by validation) are skipped, never thrown on.
 */
export function buildSimModel(design: Design, catalog: Catalog): SimModel {
  const regions = design.regions;
  const regionById = new Map(regions.map((r) => [r.id, r] as const));
  const circuits = design.circuits.filter((c) => regionById.has(c.from) && regionById.has(c.to) && c.from !== c.to);
  // Circuit RTTs from the estimate engine (idle network: measured, published or modelled),
  // so the simulation routes on the same numbers `netstudio estimate` shows.
  const estimateFindings: Finding[] = [];
  const links = new Map(
    estimateLinkLatencies(design, catalog, locateRegions(design, catalog, estimateFindings), estimateFindings).map((l) => [l.id, l] as const),
  );
  const circuitRttMs = new Float64Array(circuits.length);
  const circuitRttBasis: LatencyBasis[] = [];
  circuits.forEach((c, i) => {
    const link = links.get(c.id);
    const r = link ?? estimateCircuitRttMs(c, regionById.get(c.from), regionById.get(c.to), catalog);
    circuitRttMs[i] = r.rttMs;
    circuitRttBasis.push(r.basis);
  });
  const graph = buildGraph(
    regions.map((r) => ({ id: r.id, transitMs: r.transitMs ?? catalog.defaults.regionTransitMs[r.kind].value })),
    circuits.map((c, i) => ({ id: c.id, from: c.from, to: c.to, weight: circuitRttMs[i]! })),
  );
  const regionMtbfHours = new Float64Array(regions.length);
  const regionMttrHours = new Float64Array(regions.length);
  regions.forEach((r, i) => {
    const def = catalog.defaults.regionReliability[r.kind];
    regionMtbfHours[i] = r.reliability?.mtbfHours ?? def.mtbfHours.value;
    regionMttrHours[i] = r.reliability?.mttrHours ?? def.mttrHours.value;
  });
  const circuitMtbfHours = new Float64Array(circuits.length);
  const circuitMttrHours = new Float64Array(circuits.length);
  circuits.forEach((c, i) => {
    const info = catalog.circuitTypes[c.type];
    circuitMtbfHours[i] = c.reliability?.mtbfHours ?? info.mtbfHours;
    circuitMttrHours[i] = c.reliability?.mttrHours ?? info.mttrHours;
  });

  const serviceIndex = new Map<string, number>();
  design.services.forEach((s, i) => serviceIndex.set(s.id, i));
  const node = (id: string) => graph.nodeIndex.get(id);
  const services: SimService[] = design.services.map((s, index) => {
    const placements = s.placements.map(node).filter((x): x is number => x !== undefined);
    const topology = s.topology ?? (placements.length > 1 ? 'active-active' : 'single');
    const primary = (s.primary !== undefined ? node(s.primary) : undefined) ?? placements[0] ?? -1;
    const userNodes: number[] = [];
    const userShares: number[] = [];
    const users = s.load?.users;
    if (users && Object.keys(users).length > 0) {
      let total = 0;
      for (const [id, share] of Object.entries(users)) {
        const u = node(id);
        if (u === undefined || share <= 0) continue;
        userNodes.push(u);
        userShares.push(share);
        total += share;
      }
      if (total > 0) for (let i = 0; i < userShares.length; i++) userShares[i] = userShares[i]! / total;
    }
    const usersAreDefault = userNodes.length === 0;
    if (usersAreDefault) {
      // No user distribution given: the clients are the services that depend on this one,
      // where they are placed; without dependants, users sit where the service is placed.
      const clients = design.services
        .filter((o) => o.id !== s.id && (o.dependsOn ?? []).includes(s.id))
        .flatMap((o) => o.placements.map(node))
        .filter((x): x is number => x !== undefined);
      const uniq = [...new Set(clients.length > 0 ? clients : placements)];
      for (const p of uniq) {
        userNodes.push(p);
        userShares.push(1 / uniq.length);
      }
    }
    const rps = s.load?.requestsPerSecond;
    const requiredInstances = s.capacityRps && rps ? Math.max(1, Math.ceil(rps / s.capacityRps - 1e-9)) : 1;
    const mode: ReplicationMode = s.replication?.mode ?? (STATEFUL_KINDS.has(s.kind) ? 'none' : 'stateless');
    const writeMBps = s.replication?.writeMBps ?? s.load?.writeMBps ?? 0;
    const mech = s.failover?.mechanism ?? 'dns';
    const inst = catalog.defaults.serviceInstanceReliability;
    return {
      id: s.id,
      index,
      service: s,
      topology,
      placements,
      primary,
      userNodes,
      userShares,
      usersAreDefault,
      dependsOn: (s.dependsOn ?? []).map((d) => serviceIndex.get(d)).filter((x): x is number => x !== undefined && x !== index),
      rto: resolveRtoInputs(s, topology, catalog),
      replicationMode: mode,
      replicationIntervalSeconds: s.replication?.intervalSeconds,
      writeMbps: writeMBps * 8,
      replicationBandwidthMbps: s.replication?.bandwidthMbps,
      requiredInstances,
      publicSteering: mech === 'dns' || mech === 'anycast' || mech === 'global-lb',
      instanceMtbfHours: sourced(s.reliability?.mtbfHours, 'instance MTBF', inst.mtbfHours),
      instanceMttrHours: sourced(s.reliability?.mttrHours, 'instance MTTR', inst.mttrHours),
    };
  });

  const rootSet = new Set<number>();
  for (const s of services) for (const p of s.placements) rootSet.add(p);
  const roots = [...rootSet].sort((a, b) => a - b);
  const rootSlot = new Int32Array(graph.nodeCount).fill(-1);
  roots.forEach((r, i) => (rootSlot[r] = i));

  return {
    design,
    catalog,
    graph,
    regions,
    circuits,
    services,
    serviceIndex,
    circuitRttMs,
    circuitRttBasis,
    regionMtbfHours,
    regionMttrHours,
    circuitMtbfHours,
    circuitMttrHours,
    roots,
    rootSlot,
    serviceOrder: dependencyOrder(services),
  };
}

/** Depth-first post-order over dependsOn: each service after the ones it depends on. */
function dependencyOrder(services: SimService[]): number[] {
  const state = new Uint8Array(services.length); // 0 new, 1 on stack, 2 done
  const out: number[] = [];
  const visit = (i: number) => {
    if (state[i] !== 0) return;
    state[i] = 1;
    for (const d of services[i]!.dependsOn) if (state[d] === 0) visit(d);
    state[i] = 2;
    out.push(i);
  };
  for (let i = 0; i < services.length; i++) visit(i);
  return out;
}
