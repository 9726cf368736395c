/**
 * The UI side of the export worker. Each request gets a fresh worker that is terminated when
 * it finishes or is superseded, so a slow report never holds up the next request.
 */
import * as Comlink from 'comlink';
import type { Design } from '../../core/model/index.ts';
import type { DesignDiff } from '../../core/diff/index.ts';
import type { ExportApi } from './export.worker.ts';
import type { GenerateRequest, GenerateResult } from './formats.ts';

export interface Running<T> {
  promise: Promise<T>;
  cancel(): void;
}

function run<T>(call: (api: Comlink.Remote<ExportApi>) => Promise<T>): Running<T> {
  const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'netstudio-export' });
  const api = Comlink.wrap<ExportApi>(worker);
  let cancel: () => void = () => {};
  const cancelled = new Promise<never>((_, reject) => {
    cancel = () => reject(new Error('cancelled'));
  });
  const promise = Promise.race([call(api), cancelled]).finally(() => worker.terminate());
  return {
    promise,
    cancel() {
      worker.terminate();
      cancel();
    },
  };
}

export function generateExport(req: GenerateRequest): Running<GenerateResult> {
  return run<GenerateResult>((api) => api.generate(req));
}

export function diffInWorker(before: Design, after: Design): Running<DesignDiff> {
  return run((api) => api.diff(before, after));
}
