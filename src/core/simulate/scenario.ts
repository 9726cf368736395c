/**
 * Scenarios as failure masks: which regions, circuits and services are down, which
 * circuits are degraded (added latency, loss, less bandwidth) and which region groups
 * are partitioned from each other.
 */
import type { Scenario } from '../model/schema.ts';
import type { SimModel } from './model.ts';

/** TCP maximum segment size assumed by the loss model, bytes (Ethernet MTU 1500 − 40 B of IP/TCP headers). */
export const TCP_MSS_BYTES = 1460;
/** Mathis et al. (1997) constant for periodic loss with delayed ACKs off: √(3/2). */
export const MATHIS_CONSTANT = Math.sqrt(1.5);

/** A circuit's state under a degradation. */
export interface DegradationEffect {
  circuit: string;
  /** RTT with the added latency, ms. */
  rttMs: number;
  addedLatencyMs: number;
  packetLossPercent: number;
  /** Bandwidth left after the bandwidth factor, Mbps. */
  bandwidthMbps: number;
  /** Throughput one TCP flow can reach: min(bandwidth, Mathis bound), Mbps. */
  tcpThroughputMbps: number;
  basis: string;
}

/** A scenario resolved to masks over the model's indexes. */
export interface FailureState {
  id: string;
  name: string;
  /** Ids of every failed element (regions, circuits, services), for reports. */
  failed: string[];
  nodeFailed: Uint8Array;
  edgeFailed: Uint8Array;
  serviceFailed: Uint8Array;
  failedNodes: number[];
  failedEdges: number[];
  /** Per-edge RTT when a degradation changed any, ms. */
  edgeWeight?: Float64Array;
  degradations: DegradationEffect[];
  /** Partition sides: side[node] = 1 or 2 for the two groups, 0 for neither. */
  partitionSide?: Uint8Array;
}

/**
 * TCP throughput bound under random loss (Mathis, Semke, Mahdavi, Ott 1997):
 * MSS / (RTT · √p) · C, in Mbps, with MSS in bytes, RTT in ms and p the loss probability.
 * Infinite when p = 0 (loss does not bound the flow).
 */
export function mathisThroughputMbps(rttMs: number, lossProbability: number, mssBytes = TCP_MSS_BYTES): number {
  if (lossProbability <= 0) return Infinity;
  if (rttMs <= 0) return Infinity;
  const bitsPerSecond = ((mssBytes * 8) / (rttMs / 1000)) * (MATHIS_CONSTANT / Math.sqrt(lossProbability));
  return bitsPerSecond / 1e6;
}

/** An empty failure state (nothing failed) for the model. */
export function intactState(model: SimModel, id = 'intact', name = 'No failure'): FailureState {
  return {
    id,
    name,
    failed: [],
    nodeFailed: new Uint8Array(model.graph.nodeCount),
    edgeFailed: new Uint8Array(model.graph.edgeCount),
    serviceFailed: new Uint8Array(model.services.length),
    failedNodes: [],
    failedEdges: [],
    degradations: [],
  };
}

/**
 * Resolves a design scenario. Provider outages fail every region of the provider and every
 * circuit whose carrier is that provider; a partition cuts every circuit between its two
 * groups and forbids paths from one group into the other. Throws on an id that names no
 * region, circuit or service (validation reports the same with its location).
 */
export function resolveScenario(model: SimModel, scenario: Scenario): FailureState {
  const st = intactState(model, scenario.id, scenario.name);
  const g = model.graph;
  const failNode = (u: number) => {
    if (st.nodeFailed[u]) return;
    st.nodeFailed[u] = 1;
    st.failedNodes.push(u);
    st.failed.push(g.nodeIds[u]!);
  };
  const failEdge = (e: number) => {
    if (st.edgeFailed[e]) return;
    st.edgeFailed[e] = 1;
    st.failedEdges.push(e);
    st.failed.push(g.edgeIds[e]!);
  };
  for (const id of scenario.fail ?? []) {
    const u = g.nodeIndex.get(id);
    const e = g.edgeIndex.get(id);
    const s = model.serviceIndex.get(id);
    if (u !== undefined) failNode(u);
    else if (e !== undefined) failEdge(e);
    else if (s !== undefined) {
      if (!st.serviceFailed[s]) st.failed.push(id);
      st.serviceFailed[s] = 1;
    } else throw new Error(`scenario "${scenario.id}": fail lists "${id}", which is no region, circuit or service`);
  }
  for (const p of scenario.providerOutage ?? []) {
    model.regions.forEach((r, u) => r.provider === p && failNode(u));
    model.circuits.forEach((c, e) => c.carrier?.toLowerCase() === p && failEdge(e));
  }
  if (scenario.partition) {
    const side = new Uint8Array(g.nodeCount);
    scenario.partition.forEach((group, k) => {
      for (const id of group) {
        const u = g.nodeIndex.get(id);
        if (u === undefined) throw new Error(`scenario "${scenario.id}": partition lists "${id}", which is no region`);
        side[u] = k + 1;
      }
    });
    for (let e = 0; e < g.edgeCount; e++) {
      const a = side[g.edgeFrom[e]!]!;
      const b = side[g.edgeTo[e]!]!;
      if (a !== 0 && b !== 0 && a !== b) failEdge(e);
    }
    st.partitionSide = side;
  }
  if (scenario.degrade && scenario.degrade.length > 0) {
    const w = g.edgeWeight.slice();
    for (const d of scenario.degrade) {
      const e = g.edgeIndex.get(d.circuit);
      if (e === undefined) throw new Error(`scenario "${scenario.id}": degrade names "${d.circuit}", which is no circuit`);
      const added = d.addedLatencyMs ?? 0;
      w[e] = g.edgeWeight[e]! + added;
      const lossPercent = d.packetLossPercent ?? 0;
      const bandwidthMbps = model.circuits[e]!.bandwidthMbps * (d.bandwidthFactor ?? 1);
      const mathis = mathisThroughputMbps(w[e]!, lossPercent / 100);
      st.degradations.push({
        circuit: d.circuit,
        rttMs: w[e]!,
        addedLatencyMs: added,
        packetLossPercent: lossPercent,
        bandwidthMbps,
        tcpThroughputMbps: Math.min(bandwidthMbps, mathis),
        basis:
          lossPercent > 0
            ? `Mathis et al. 1997: MSS ${TCP_MSS_BYTES} B / (RTT ${w[e]!.toFixed(1)} ms · √${(lossPercent / 100).toPrecision(3)}) · √(3/2), capped by bandwidth`
            : 'no loss: bounded by the remaining bandwidth',
      });
    }
    st.edgeWeight = w;
  }
  return st;
}

/** Failure state for a generated sweep scenario: the listed node and edge indexes fail. */
export function sweepState(model: SimModel, nodes: readonly number[], edges: readonly number[]): FailureState {
  const st = intactState(model);
  const g = model.graph;
  for (const u of nodes) {
    st.nodeFailed[u] = 1;
    st.failedNodes.push(u);
    st.failed.push(g.nodeIds[u]!);
  }
  for (const e of edges) {
    st.edgeFailed[e] = 1;
    st.failedEdges.push(e);
    st.failed.push(g.edgeIds[e]!);
  }
  st.id = st.failed.join('+');
  st.name = `lose ${st.failed.join(' and ')}`;
  return st;
}
