/**
 * The shapes the studio reads from the engines (DESIGN.md §6, the `--json` contract of the
 * CLI). Fields beyond the contract are optional: the UI shows them when an engine gives them.
 */
import type { Catalog, CatalogRegion } from '../../core/catalog/types.ts';
import type { Design, Region } from '../../core/model/index.ts';
import type { Finding } from '../../core/rules/index.ts';
import type { PackedLatency } from './latencyTable.ts';

export type LatencyBasis = 'measured' | 'published' | 'estimated';

export interface LatencyEntry {
  from: string;
  to: string;
  rttMs: number;
  floorMs: number;
  basis: LatencyBasis | string;
  /** Region ids (or circuit ids) along the path. */
  path: string[];
}

export interface CircuitEstimate {
  id: string;
  rttMs: number;
  utilization: number;
  basis?: LatencyBasis | string;
  monthlyUsd?: number;
  floorMs?: number;
  /** Provenance of the RTT: published source and date, or the model and its parameters. */
  source?: string;
  /** Peak-hour load in the busier direction, Mbps. */
  mbps?: number;
}

export interface CostItem {
  category: string;
  element: string;
  description: string;
  quantity: number;
  unit: string;
  unitPriceUsd: number;
  monthlyUsd: number;
  source: string | { label: string; url?: string; date?: string };
}

export interface Estimate {
  latency: LatencyEntry[];
  circuits: CircuitEstimate[];
  cost: { monthlyUsd: number; pricesAsOf: string; items: CostItem[] };
  /** Defaults the engine used for fields the design left out, when it reports them. */
  defaultsUsed?: { element?: string; field?: string; value?: unknown; basis?: string }[];
}

export type {
  SimulationResult,
  SimulateOptions,
  ScenarioResult as ScenarioOutcome,
  ScenarioServiceResult as ServiceOutcome,
  SweepWorst,
  MonteCarloService,
  Timeline,
  RtoBreakdown,
} from '../../core/simulate/index.ts';
import type { SimulationResult, SimulateOptions } from '../../core/simulate/index.ts';

export interface CatalogModule {
  getCatalog(): Catalog | Promise<Catalog>;
  searchCatalogRegions?(catalog: Catalog, q: string): CatalogRegion[];
  resolveRegionLocation?(region: Region, catalog: Catalog): { lat: number; lon: number; city?: string; country?: string } | { error: string };
}
export interface EstimateModule {
  estimateDesign(design: Design, catalog: Catalog, options?: { signal?: AbortSignal }): Estimate | Promise<Estimate>;
}
export interface SimulateModule {
  simulateDesign(design: Design, catalog: Catalog, options: SimulateOptions): SimulationResult | Promise<SimulationResult>;
}
export interface RulesModule {
  lintDesign(design: Design, options?: { catalog?: Catalog }): Finding[] | Promise<Finding[]>;
}

/**
 * The estimate as the UI thread holds it: the all-pairs latency arrives packed (see
 * latencyTable.ts), everything else as the engine returned it.
 */
export type LiveEstimate = Omit<Estimate, 'latency'> & { latency: PackedLatency };

/** What one live analysis produced; an engine that is not available reports why. */
export interface LiveAnalysis {
  seq: number;
  estimate?: LiveEstimate;
  findings: Finding[];
  simulation?: SimulationResult;
  /** Engine name → message, for engines that failed or are not part of this build. */
  unavailable: Record<string, string>;
  durationMs: number;
}
