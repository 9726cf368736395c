/**
 * Result shapes of the estimate engine. The `estimate --json` contract of DESIGN.md §6 is
 * a subset: `latency`, `circuits[].{id, rttMs, utilization}`, `cost.{monthlyUsd,
 * pricesAsOf, items}`; everything else is added detail.
 */
import type { Finding } from '../rules/index.ts';

/** Where a latency figure comes from. */
export type LatencyBasis = 'measured' | 'published' | 'estimated';

/** A located region (catalog or explicit coordinates). */
export interface RegionPoint {
  lat: number;
  lon: number;
}

/** The latency of one circuit, with its provenance. */
export interface LinkLatency {
  /** Circuit id. */
  id: string;
  /** Round-trip time used for routing, ms (measured value, or published/estimated ≥ floor). */
  rttMs: number;
  /** The part of `rttMs` that is queueing delay at the circuit's utilisation, ms. */
  queueMs: number;
  /** Great-circle fibre floor between the circuit's ends, ms (0 when an end has no location). */
  floorMs: number;
  basis: LatencyBasis;
  /** Human-readable provenance: published source and date, or model and parameters. */
  source: string;
}

/** One ordered region pair that can reach each other. */
export interface PairLatency {
  from: string;
  to: string;
  /** Path RTT: circuit RTTs + transit of intermediate regions, ms. */
  rttMs: number;
  /** Great-circle fibre floor between the two ends, ms. */
  floorMs: number;
  /** `measured` when every circuit on the path is measured, `published` when all are measured or published, else `estimated`. */
  basis: LatencyBasis;
  /** Region ids from `from` to `to`. */
  path: string[];
  /** Circuit ids along the path. */
  circuits: string[];
}

/** One circuit's result. */
export interface CircuitEstimate {
  id: string;
  rttMs: number;
  floorMs: number;
  basis: LatencyBasis;
  source: string;
  queueMs: number;
  /** Peak-hour load in the busier direction, Mbps. */
  mbps: number;
  /** Peak load from→to and to→from, Mbps. */
  forwardMbps: number;
  reverseMbps: number;
  /** Average (not peak) load both directions together, Mbps: what volume charges are computed from. */
  averageMbps: number;
  bandwidthMbps: number;
  /** mbps ÷ bandwidthMbps (> 1: overloaded). */
  utilization: number;
  /** Sum of the cost items attached to this circuit, USD/month. */
  monthlyUsd: number;
}

/** A cost line: quantity × unit price, with the catalog source. */
export interface CostItem {
  category: CostCategory;
  /** The element the cost belongs to: circuit, region or service id. */
  element: string;
  description: string;
  quantity: number;
  unit: string;
  unitPriceUsd: number;
  monthlyUsd: number;
  /** Price source (label, date, url), or "design" for a circuit's own monthly cost. */
  source: string;
  /** Catalog price id, when priced from the catalog. */
  priceId?: string;
  /** True when the unit price comes from the design's `pricing.overrides` (or a circuit's `monthlyCostUsd`). */
  override?: boolean;
  /** Grouping keys. */
  region?: string;
  circuit?: string;
  service?: string;
}

export type CostCategory = 'circuit' | 'port' | 'gateway' | 'processing' | 'transfer' | 'replication' | 'egress';

export interface CostSummary {
  monthlyUsd: number;
  yearlyUsd: number;
  pricesAsOf: string;
  items: CostItem[];
  byCategory: Record<string, number>;
  byRegion: Record<string, number>;
  byCircuit: Record<string, number>;
  byService: Record<string, number>;
  /** Catalog price ids replaced by the design's `pricing.overrides`. */
  overridesUsed: string[];
  /** How traffic volumes were derived from Mbps. */
  volumeBasis: string;
}

/** A catalog default the estimate applied because the design left a field out. */
export interface DefaultUsed {
  /** What the default is for, e.g. `regionTransitMs.cloud-region`, `peakFactor`. */
  field: string;
  value: number;
  unit: string;
  basis: string;
  /** The elements it was applied to. */
  elements: string[];
  /** The first of `elements`, for one-line displays. */
  element?: string;
}

/** One routed flow (demand, replication stream, user traffic). */
export interface TrafficFlow {
  kind: 'demand' | 'replication' | 'users';
  /** Demand id (or `demand[i]`) or service id. */
  owner: string;
  service?: string;
  from: string;
  to: string;
  /** Average rate, Mbps. */
  averageMbps: number;
  /** Rate used for utilisation (average × peak factor for user traffic), Mbps. */
  peakMbps: number;
  /** Circuit ids it crosses; empty when unroutable. */
  circuits: string[];
  routed: boolean;
}

export interface EstimateResult {
  /** `latency` routing, or `bgp-policy` when any circuit carries BGP attributes. */
  routing: 'latency' | 'bgp-policy';
  latency: PairLatency[];
  circuits: CircuitEstimate[];
  cost: CostSummary;
  traffic: TrafficFlow[];
  /** Circuits with utilisation > 1. */
  overloaded: string[];
  /** Circuits with utilisation in (0.8, 1]. */
  hot: string[];
  /** Circuit ids whose loss disconnects the network, and region ids whose loss does. */
  bridges: string[];
  articulationPoints: string[];
  defaultsUsed: DefaultUsed[];
  findings: Finding[];
}
