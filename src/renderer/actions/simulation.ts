/** On-demand simulation jobs (sweeps, Monte Carlo) with progress and cancel. */
import { CancelledError, runSimulationJob, type Job } from '../worker/client.ts';
import type { SimulationResult } from '../worker/engineTypes.ts';
import { setStatus, useStudio } from '../store/studio.ts';
import { checkMonteCarloInputs } from './monteCarloInputs.ts';

let current: Job<SimulationResult> | undefined;

export { MONTE_CARLO_SEED, MONTE_CARLO_YEARS } from './monteCarloInputs.ts';

/**
 * Runs a sweep, or Monte Carlo with the Simulation panel's years and seed (the panel's Run
 * button and the command palette alike). Invalid Monte Carlo inputs do not run: the panel
 * opens on them and the status bar says why.
 */
export function runJob(kind: 'n1' | 'n2' | 'monteCarlo'): void {
  const s = useStudio.getState();
  let options: { sweep?: 'n1' | 'n2'; monteCarloYears?: number; seed?: number } = { sweep: kind === 'monteCarlo' ? undefined : kind };
  if (kind === 'monteCarlo') {
    const inputs = checkMonteCarloInputs(s.monteCarloInputs);
    if (!inputs.ok) {
      useStudio.setState({ panel: 'simulation', panelsVisible: true });
      setStatus(`Monte Carlo not run: ${inputs.yearsError ?? inputs.seedError}`, 'error');
      return;
    }
    options = { monteCarloYears: inputs.years, seed: inputs.seed };
  }
  cancelJob();
  const design = s.design;
  useStudio.setState({ job: { kind, done: 0, total: 0, startedAt: performance.now() }, jobError: undefined, panel: 'simulation', panelsVisible: true });
  const job = runSimulationJob(design, options, (done, total) => {
    const j = useStudio.getState().job;
    if (j && current === job) useStudio.setState({ job: { ...j, done, total } });
  });
  current = job;
  job.promise.then(
    (result) => {
      if (current !== job) return;
      current = undefined;
      // A result for a design that has since changed is still shown, but only until the next edit.
      if (kind === 'monteCarlo') useStudio.setState({ monteCarlo: result, job: undefined });
      else useStudio.setState({ sweep: result, job: undefined });
      const label = kind === 'monteCarlo' ? 'Monte Carlo' : kind === 'n1' ? 'N-1 sweep' : 'N-2 sweep';
      setStatus(`${label} finished${result.ok ? ': every objective met' : ': some objectives fail (see Problems)'}`, result.ok ? 'info' : 'error');
    },
    (e: unknown) => {
      if (current !== job) return;
      current = undefined;
      useStudio.setState({ job: undefined, jobError: e instanceof CancelledError ? undefined : e instanceof Error ? e.message : String(e) });
      if (e instanceof CancelledError) setStatus('Simulation cancelled');
    },
  );
}

export function cancelJob(): void {
  if (!current) return;
  const job = current;
  current = undefined;
  job.cancel();
  useStudio.setState({ job: undefined });
  setStatus('Simulation cancelled');
}
