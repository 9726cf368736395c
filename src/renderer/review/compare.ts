/**
 * "Compare with…": opens another version of the design and diffs it against the current one
 * in the export worker (engines run on both sides). The opened file is the base ("before"),
 * the design in the studio is "after", so added and changed elements are the ones on the
 * canvas and removed ones are listed in the Compare panel.
 */
import { parseDesign, type Design } from '../../core/model/index.ts';
import { getHost } from '../host/index.ts';
import { setStatus, useStudio } from '../store/studio.ts';
import { diffInWorker, type Running } from '../export/exportClient.ts';
import { useReview } from './reviewStore.ts';

let running: Running<unknown> | undefined;
let base: { name: string; design: Design } | undefined;

function runDiff(name: string, design: Design): void {
  running?.cancel();
  base = { name, design };
  useReview.setState({ comparison: { baseName: name, status: 'running' } });
  useStudio.setState({ panel: 'compare', panelsVisible: true });
  const after = useStudio.getState().design;
  const job = diffInWorker(design, after);
  running = job;
  job.promise.then(
    (diff) => {
      if (running !== job) return;
      running = undefined;
      useReview.setState({ comparison: { baseName: name, status: 'done', diff, after } });
    },
    (e: unknown) => {
      if (running !== job || (e as Error).message === 'cancelled') return;
      running = undefined;
      useReview.setState({ comparison: { baseName: name, status: 'error', error: (e as Error).message } });
    },
  );
}

/** Asks the host for a design file and compares the current design with it. */
export async function compareWith(): Promise<void> {
  const file = await getHost().openDesign();
  if (!file) return;
  const parsed = parseDesign(file.text);
  if (!parsed.design) {
    const first = parsed.problems.find((p) => p.severity === 'error');
    setStatus(`Cannot compare with ${file.name}: it is not a valid design${first ? ` (line ${first.line}: ${first.message})` : ''}`, 'error');
    return;
  }
  runDiff(file.name, parsed.design);
}

/** Compares again with the same base (after editing the current design). */
export function refreshComparison(): void {
  if (base) runDiff(base.name, base.design);
}

export function clearComparison(): void {
  running?.cancel();
  running = undefined;
  base = undefined;
  useReview.setState({ comparison: undefined });
}
