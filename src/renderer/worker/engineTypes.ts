/**
 * The engine results the studio reads, as src/core exports them (DESIGN.md §6 is the
 * `--json` contract they keep), under the names the UI uses.
 */
import type { Finding } from '../../core/rules/index.ts';
import type { EstimateResult, PairLatency } from '../../core/estimate/index.ts';
import type { PackedLatency } from './latencyTable.ts';

export type { CircuitEstimate, CostItem, LatencyBasis } from '../../core/estimate/index.ts';
/** The latency of one ordered region pair, with its path (the UI's packed table may leave out the circuit ids). */
export type LatencyEntry = Omit<PairLatency, 'circuits'> & Partial<Pick<PairLatency, 'circuits'>>;
/** What `estimateDesign` returns. */
export type Estimate = EstimateResult;

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
import type { SimulationResult } from '../../core/simulate/index.ts';

export type CatalogModule = typeof import('../../core/catalog/index.ts');
export type EstimateModule = typeof import('../../core/estimate/index.ts');
export type SimulateModule = typeof import('../../core/simulate/index.ts');
export type RulesModule = typeof import('../../core/rules/index.ts');

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
  /** Engine name → message, for engines that failed. */
  unavailable: Record<string, string>;
  durationMs: number;
}
