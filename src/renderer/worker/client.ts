/**
 * The UI side of the analysis worker. Live analysis is debounced and latest-wins: a request
 * that is still running when a newer design arrives is dropped, and when it runs too long the
 * worker is terminated and restarted. Long jobs (sweeps, Monte Carlo) get a worker of their
 * own, so cancelling one is `terminate()`: it works even inside a synchronous engine loop.
 */
import * as Comlink from 'comlink';
import type { Design } from '../../core/model/index.ts';
import type { LiveAnalysis, SimulationResult } from './engineTypes.ts';
import type { AnalysisApi } from './analysis.worker.ts';
import type { TidyInput, TidyResult } from './tidy.ts';

function spawn(): { worker: Worker; api: Comlink.Remote<AnalysisApi> } {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'netstudio-analysis' });
  return { worker, api: Comlink.wrap<AnalysisApi>(worker) };
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

export interface LiveAnalyzer {
  /** Queues `design`; `onResult` gets the newest finished analysis only. */
  request(design: Design, timelineScenario?: string): void;
  dispose(): void;
}

/** A live analysis that restarts its worker when a stale request blocks it for this long. */
const STALE_RESTART_MS = 4000;

export function createLiveAnalyzer(onResult: (a: LiveAnalysis) => void, onBusy: (busy: boolean) => void, debounceMs = 200): LiveAnalyzer {
  let current = spawn();
  let seq = 0;
  let running: { seq: number; startedAt: number } | undefined;
  let pending: { design: Design; timelineScenario?: string } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = () => {
    timer = undefined;
    if (!pending) return;
    if (running) {
      if (performance.now() - running.startedAt > STALE_RESTART_MS) {
        current.worker.terminate();
        current = spawn();
        running = undefined;
      } else {
        timer = setTimeout(run, debounceMs);
        return;
      }
    }
    const { design, timelineScenario } = pending;
    pending = undefined;
    const mySeq = ++seq;
    running = { seq: mySeq, startedAt: performance.now() };
    onBusy(true);
    const api = current.api;
    api
      .analyze(design, mySeq, timelineScenario)
      .then((result) => {
        if (running?.seq === mySeq) running = undefined;
        if (mySeq === seq) onResult(result);
      })
      .catch(() => {
        if (running?.seq === mySeq) running = undefined;
      })
      .finally(() => {
        if (!running && !pending) onBusy(false);
        if (pending && !timer) timer = setTimeout(run, 0);
      });
  };

  return {
    request(design, timelineScenario) {
      pending = { design, ...(timelineScenario ? { timelineScenario } : {}) };
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, debounceMs);
    },
    dispose() {
      if (timer) clearTimeout(timer);
      current.worker.terminate();
    },
  };
}

export interface Job<T> {
  promise: Promise<T>;
  cancel(): void;
}

export function runSimulationJob(
  design: Design,
  options: { sweep?: 'n1' | 'n2'; monteCarloYears?: number; seed?: number },
  onProgress: (done: number, total: number) => void,
): Job<SimulationResult> {
  const { worker, api } = spawn();
  let reject: (e: unknown) => void = () => {};
  const cancelled = new Promise<never>((_, r) => {
    reject = r;
  });
  const promise = Promise.race([api.simulate(design, options, Comlink.proxy(onProgress)), cancelled]).finally(() => worker.terminate());
  return {
    promise,
    cancel() {
      worker.terminate();
      reject(new CancelledError());
    },
  };
}

export function runTidy(input: TidyInput): Promise<TidyResult> {
  const { worker, api } = spawn();
  return api.tidy(input).finally(() => worker.terminate());
}
