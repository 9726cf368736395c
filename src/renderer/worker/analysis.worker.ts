/**
 * The analysis worker: runs the engines of src/core off the UI thread. The UI talks to it
 * through comlink (see client.ts). A cancelled job's worker is terminated by the client, so
 * cancelling works even while an engine computes synchronously.
 */
import * as Comlink from 'comlink';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { Design } from '../../core/model/index.ts';
import type { Finding } from '../../core/rules/index.ts';
import type { LiveAnalysis, SimulationResult } from './engineTypes.ts';
import { loadCatalog, loadEstimate, loadRules, loadSimulate } from './engines.ts';
import { layoutGraph, type TidyInput, type TidyResult } from './tidy.ts';
import { latencyBuffers, packLatency } from './latencyTable.ts';

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

const api = {
  /** Estimate, lint and the design's own scenarios: what every edit refreshes. */
  async analyze(design: Design, seq: number, timelineScenario?: string): Promise<LiveAnalysis> {
    const started = performance.now();
    const unavailable: Record<string, string> = {};
    const catalog = await loadCatalog().catch((e) => {
      unavailable.catalog = message(e);
      return undefined;
    });
    let findings: Finding[] = [];
    try {
      findings = (await loadRules()).lintDesign(design, catalog ? { catalog } : {});
    } catch (e) {
      unavailable.rules = message(e);
    }

    const result: LiveAnalysis = { seq, findings, unavailable, durationMs: 0 };
    if (catalog) {
      try {
        const { latency, ...rest } = (await loadEstimate()).estimateDesign(design, catalog, {});
        result.estimate = { ...rest, latency: packLatency(latency) };
      } catch (e) {
        unavailable.estimate = message(e);
      }
      try {
        result.simulation = (await loadSimulate()).simulateDesign(design, catalog, {
          scenarios: 'design',
          ...(timelineScenario && design.scenarios?.some((s) => s.id === timelineScenario) ? { timelineScenario } : {}),
        });
      } catch (e) {
        unavailable.simulate = message(e);
      }
    } else {
      unavailable.estimate = 'needs the catalog';
      unavailable.simulate = 'needs the catalog';
    }
    result.durationMs = performance.now() - started;
    return result.estimate ? Comlink.transfer(result, latencyBuffers(result.estimate.latency)) : result;
  },

  /** N-1 / N-2 sweeps and Monte Carlo: long jobs with progress. */
  async simulate(
    design: Design,
    options: { sweep?: 'n1' | 'n2'; monteCarloYears?: number; seed?: number },
    onProgress: (done: number, total: number) => void,
  ): Promise<SimulationResult> {
    const [catalog, simulate] = await Promise.all([loadCatalog(), loadSimulate()]);
    let last = 0;
    return simulate.simulateDesign(design, catalog, {
      scenarios: 'design',
      ...options,
      onProgress: (done, total) => {
        const now = performance.now();
        if (now - last > 50 || done === total) {
          last = now;
          void onProgress(done, total);
        }
      },
    });
  },

  /** "Tidy": a layered layout of the regions with elkjs. */
  async tidy(input: TidyInput): Promise<TidyResult> {
    return layoutGraph(new ELK(), input);
  },
};

export type AnalysisApi = typeof api;

Comlink.expose(api);
