/**
 * The estimate engine: latency of every circuit and region pair (with its basis), routed
 * traffic and utilisation, and monthly cost line items. Pure: the same design and catalog
 * always give the same result. Formulas and defaults: docs/estimation.md.
 */
import type { Catalog } from '../catalog/types.ts';
import type { Design } from '../model/schema.ts';
import type { Finding } from '../rules/index.ts';
import { fibreFloorRttMs } from '../latency/index.ts';
import { allPairsShortestPaths, type AllPairsPaths } from '../graph/paths.ts';
import { allPairsPolicyPaths } from '../graph/policy.ts';
import { findCutElements } from '../graph/connectivity.ts';
import { buildDesignGraph, estimateLinkLatencies, locateRegions, type DesignGraph } from './links.ts';
import { deriveFlows, routeFlows } from './traffic.ts';
import { priceDesign } from './cost.ts';
import type { CircuitEstimate, EstimateResult, LatencyBasis, LinkLatency, PairLatency, RegionPoint } from './types.ts';

export * from './types.ts';
export { buildDesignGraph, estimateLinkLatencies, locateRegions, queueingDelayMs, QUEUE_CAP_MS, QUEUE_MAX_UTILIZATION, QUEUE_PACKET_BITS, FLOOR_TOLERANCE_MS, type DesignGraph } from './links.ts';
export { deriveFlows, routeFlows, MBPS_PER_MBYTE_PER_S, type CircuitLoad } from './traffic.ts';
export { priceDesign, GB_PER_MBPS_MONTH, HOURS_PER_MONTH, MONTHS_PER_YEAR } from './cost.ts';

/** Utilisation above which a circuit is reported as hot (and below or at 1: not yet overloaded). */
export const HOT_UTILIZATION = 0.8;

/** Thrown when `options.signal` is aborted between the engine's phases. */
export class EstimateAbortedError extends Error {
  constructor() {
    super('the estimate was cancelled');
    this.name = 'EstimateAbortedError';
  }
}

const RANK: Record<LatencyBasis, number> = { measured: 0, published: 1, estimated: 2 };
const BY_RANK: LatencyBasis[] = ['measured', 'published', 'estimated'];

/** Routes over a design graph: BGP policy order when the design sets BGP attributes, else lowest latency. */
export function routeDesignGraph(dg: DesignGraph): AllPairsPaths {
  return dg.policy ? allPairsPolicyPaths(dg.graph, dg.policy) : allPairsShortestPaths(dg.graph);
}

/**
 * Estimates a design.
 *
 * 1. Circuit RTTs (measured / published / estimated, ms) at zero load; route all pairs.
 * 2. Derive traffic (demands, replication, users) and route it; utilisation per circuit =
 *    peak Mbps in the busier direction ÷ bandwidthMbps.
 * 3. Re-estimate circuit RTTs with the M/M/1 queueing term at that utilisation (one
 *    fixed-point iteration), route again, and re-route the traffic on the final paths.
 * 4. Price circuits, gateways, transfer and egress.
 *
 * @returns latency of every ordered reachable region pair, per-circuit RTT/utilisation/cost,
 *   cost items with totals (USD/month, USD/year), flows, SPOFs, defaults used and findings
 * @throws EstimateAbortedError when `options.signal` fires
 */
export function estimateDesign(design: Design, catalog: Catalog, options?: { signal?: AbortSignal }): EstimateResult {
  const signal = options?.signal;
  const check = () => {
    if (signal?.aborted) throw new EstimateAbortedError();
  };
  const findings: Finding[] = [];
  const locations = locateRegions(design, catalog, findings);

  // Pass 1: idle network.
  const links1 = estimateLinkLatencies(design, catalog, locations, findings);
  const dg1 = buildDesignGraph(design, catalog, links1);
  const paths1 = routeDesignGraph(dg1);
  check();
  const flows1 = deriveFlows(design, catalog, dg1.graph, paths1, [], []);
  const load1 = routeFlows(dg1.graph, paths1, flows1, []);
  const util1 = new Map<string, number>();
  for (const c of design.circuits) {
    const e = dg1.graph.edgeIndex.get(c.id);
    if (e === undefined) continue;
    util1.set(c.id, Math.max(load1.forwardPeakMbps[e]!, load1.reversePeakMbps[e]!) / c.bandwidthMbps);
  }
  check();

  // Pass 2: queueing at the utilisation of pass 1.
  const links = estimateLinkLatencies(design, catalog, locations, findings, util1);
  const dg = buildDesignGraph(design, catalog, links);
  const paths = routeDesignGraph(dg);
  check();
  const defaultsUsed = [...dg.defaultsUsed];
  const flows = deriveFlows(design, catalog, dg.graph, paths, defaultsUsed, findings);
  const load = routeFlows(dg.graph, paths, flows, findings);
  check();

  const latency = pairLatencies(dg, paths, locations);
  check();
  const cost = priceDesign(design, catalog, dg.graph, load, flows, findings);

  const circuits: CircuitEstimate[] = [];
  const overloaded: string[] = [];
  const hot: string[] = [];
  for (const c of design.circuits) {
    const e = dg.graph.edgeIndex.get(c.id);
    const link = dg.links.get(c.id);
    if (e === undefined || !link) continue;
    const forwardMbps = load.forwardPeakMbps[e]!;
    const reverseMbps = load.reversePeakMbps[e]!;
    const mbps = Math.max(forwardMbps, reverseMbps);
    const utilization = mbps / c.bandwidthMbps;
    if (utilization > 1) {
      overloaded.push(c.id);
      findings.push({
        rule: 'circuit-overloaded',
        severity: 'error',
        message: `circuit "${c.id}" carries ${mbps.toFixed(0)} Mbps at peak on ${c.bandwidthMbps} Mbps: ${(utilization * 100).toFixed(0)} % utilisation`,
        elements: [c.id],
        hint: 'add bandwidth, add a parallel path, or move the traffic',
      });
    } else if (utilization > HOT_UTILIZATION) {
      hot.push(c.id);
      findings.push({
        rule: 'circuit-hot',
        severity: 'warning',
        message: `circuit "${c.id}" runs at ${(utilization * 100).toFixed(0)} % at peak (${mbps.toFixed(0)} of ${c.bandwidthMbps} Mbps): little headroom for failover traffic`,
        elements: [c.id],
      });
    }
    circuits.push({
      id: c.id,
      rttMs: link.rttMs,
      floorMs: link.floorMs,
      basis: link.basis,
      source: link.source,
      queueMs: link.queueMs,
      mbps,
      forwardMbps,
      reverseMbps,
      averageMbps: load.averageMbps[e]!,
      bandwidthMbps: c.bandwidthMbps,
      utilization,
      monthlyUsd: cost.byCircuit[c.id] ?? 0,
    });
  }
  const cut = findCutElements(dg.graph);
  return {
    routing: dg.policy ? 'bgp-policy' : 'latency',
    latency,
    circuits,
    cost,
    traffic: flows,
    overloaded,
    hot,
    bridges: cut.bridges.map((e) => dg.graph.edgeIds[e]!),
    articulationPoints: cut.articulationPoints.map((u) => dg.graph.nodeIds[u]!),
    defaultsUsed,
    findings,
  };
}

/** Every ordered pair of distinct regions that reach each other, with path, RTT, floor and basis. */
function pairLatencies(dg: DesignGraph, paths: AllPairsPaths, locations: ReadonlyMap<string, RegionPoint>): PairLatency[] {
  const { graph } = dg;
  const n = graph.nodeCount;
  const edgeRank = new Uint8Array(graph.edgeCount);
  graph.edgeIds.forEach((id, e) => (edgeRank[e] = RANK[(dg.links.get(id) as LinkLatency).basis]));
  const points = graph.nodeIds.map((id) => locations.get(id));
  const out: PairLatency[] = [];
  const nodeBuf: number[] = [];
  const edgeBuf: number[] = [];
  for (let s = 0; s < n; s++) {
    const base = s * n;
    for (let t = 0; t < n; t++) {
      if (t === s) continue;
      const rttMs = paths.dist[base + t]!;
      if (!Number.isFinite(rttMs)) continue;
      nodeBuf.length = 0;
      edgeBuf.length = 0;
      let rank = 0;
      let v = t;
      nodeBuf.push(v);
      while (v !== s) {
        const e = paths.predEdge[base + v]!;
        if (edgeRank[e]! > rank) rank = edgeRank[e]!;
        edgeBuf.push(e);
        v = paths.pred[base + v]!;
        nodeBuf.push(v);
      }
      const a = points[s];
      const b = points[t];
      const path: string[] = new Array(nodeBuf.length);
      for (let i = 0; i < nodeBuf.length; i++) path[i] = graph.nodeIds[nodeBuf[nodeBuf.length - 1 - i]!]!;
      const circuits: string[] = new Array(edgeBuf.length);
      for (let i = 0; i < edgeBuf.length; i++) circuits[i] = graph.edgeIds[edgeBuf[edgeBuf.length - 1 - i]!]!;
      out.push({ from: graph.nodeIds[s]!, to: graph.nodeIds[t]!, rttMs, floorMs: a && b ? fibreFloorRttMs(a, b) : 0, basis: BY_RANK[rank]!, path, circuits });
    }
  }
  return out;
}
