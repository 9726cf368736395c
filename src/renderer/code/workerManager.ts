/**
 * Replaces `monaco-worker-manager` (the main-thread half used by monaco-yaml) for Monaco 0.57,
 * whose `editor.createWebWorker` takes a Worker instead of `{ label, moduleId, createData }`.
 * Without this, monaco-yaml's requests go to the plain editor worker and fail with "Missing
 * requestHandler or method: doValidation". The handshake is Monaco 0.57's own (see
 * monaco-editor/esm/vs/internal/common/workers.js): a first message the worker bootstrap
 * swallows, then the create data.
 */
import type * as Monaco from 'monaco-editor/editor';

interface Options {
  label: string;
  moduleId: string;
  createData?: unknown;
  interval?: number;
  stopWhenIdleFor?: number;
}

type SyncedWorker = { withSyncedResources(resources: unknown[]): Promise<unknown>; dispose(): void };

export function createWorkerManager(monaco: typeof Monaco, options: Options) {
  let { createData } = options;
  const { label, interval = 30_000, stopWhenIdleFor = 120_000 } = options;
  let worker: SyncedWorker | undefined;
  let lastUsed = 0;
  let disposed = false;
  const stop = () => {
    worker?.dispose();
    worker = undefined;
  };
  const timer = setInterval(() => {
    if (worker && Date.now() - lastUsed > stopWhenIdleFor) stop();
  }, interval);
  return {
    dispose() {
      disposed = true;
      clearInterval(timer);
      stop();
    },
    getWorker(...resources: unknown[]) {
      if (disposed) throw new Error('Worker manager has been disposed');
      lastUsed = Date.now();
      if (!worker) {
        const w = window.MonacoEnvironment!.getWorker('workerMain.js', label);
        w.postMessage('ignore');
        w.postMessage(createData);
        worker = (monaco.editor.createWebWorker as unknown as (o: { worker: Worker }) => SyncedWorker)({ worker: w });
      }
      return worker.withSyncedResources(resources);
    },
    updateCreateData(next: unknown) {
      createData = next;
      stop();
    },
  };
}
