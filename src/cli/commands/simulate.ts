/**
 * `netstudio simulate FILE [--sweep n1|n2] [--monte-carlo YEARS] [--seed N] [--json]`:
 * the design's failure scenarios with RTO/RPO/latency per service, optional sweeps and
 * Monte Carlo availability. Exit 0 when every objective holds, 1 when one fails, 2 on bad
 * input, 130 when interrupted.
 *
 * The engine runs in a worker thread: its loops are synchronous, and the main thread must
 * stay free to draw the progress bar and to stop the work on Ctrl-C.
 */
import type { Command } from 'commander';
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { formatProblem, loadDesignFile } from '../io.ts';
import { paint, table } from '../output.ts';
import { EXIT, type CommandResult } from '../exit.ts';
import type { SimulateOptions, SimulationResult } from '../../core/simulate/index.ts';

export interface SimulateCliOptions {
  sweep?: string;
  monteCarlo?: string;
  seed?: string;
  scenario?: string[];
  timeline?: string;
  json?: boolean;
}

type WorkerMessage =
  | { type: 'progress'; done: number; total: number; phase: string }
  | { type: 'result'; result: SimulationResult }
  | { type: 'error'; message: string; aborted: boolean };

// Plain JavaScript for the worker: loads the TypeScript engine through tsx, as bin/netstudio.mjs does.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { tsImport } = await import('tsx/esm/api');
  const sim = await tsImport(workerData.simulateUrl, workerData.base);
  const cat = await tsImport(workerData.catalogUrl, workerData.base);
  let last = 0;
  const onProgress = (done, total, phase) => {
    const now = Date.now();
    if (done === total || done === 0 || now - last > 100) {
      last = now;
      parentPort.postMessage({ type: 'progress', done, total, phase });
    }
  };
  try {
    const result = sim.simulateDesign(workerData.design, cat.getCatalog(), { ...workerData.options, onProgress });
    parentPort.postMessage({ type: 'result', result });
  } catch (err) {
    parentPort.postMessage({ type: 'error', message: String(err && err.message || err), aborted: err && err.name === 'SimulationAbortedError' });
  }
})();
`;

function parseOptions(opts: SimulateCliOptions): SimulateOptions | string {
  const out: SimulateOptions = {};
  if (opts.sweep !== undefined) {
    if (opts.sweep !== 'n1' && opts.sweep !== 'n2') return `--sweep must be n1 or n2 (got "${opts.sweep}")`;
    out.sweep = opts.sweep;
  }
  if (opts.monteCarlo !== undefined) {
    const years = Number(opts.monteCarlo);
    if (!Number.isInteger(years) || years < 1 || years > 1_000_000)
      return `--monte-carlo takes a whole number of simulated years from 1 to 1,000,000 (got "${opts.monteCarlo}")`;
    out.monteCarloYears = years;
  }
  if (opts.seed !== undefined) {
    const seed = Number(opts.seed);
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return `--seed takes an integer from 0 to 4294967295 (got "${opts.seed}")`;
    out.seed = seed;
  }
  if (opts.scenario && opts.scenario.length > 0) out.scenarios = opts.scenario.flatMap((s) => s.split(',')).filter(Boolean);
  if (opts.timeline) out.timelineScenario = opts.timeline;
  return out;
}

/** Runs the simulation in a worker; resolves with the result, or rejects with a code. */
function runInWorker(
  design: unknown,
  options: SimulateOptions,
  showProgress: boolean,
  announce?: string,
): Promise<{ result?: SimulationResult; code?: number; message?: string }> {
  const here = join(__dirname);
  const base = pathToFileURL(join(here, 'simulate.ts')).href;
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      design,
      options,
      base,
      simulateUrl: pathToFileURL(join(here, '..', '..', 'core', 'simulate', 'index.ts')).href,
      catalogUrl: pathToFileURL(join(here, '..', '..', 'core', 'catalog', 'index.ts')).href,
    },
  });
  let bar: cliProgress.SingleBar | undefined;
  let barPhase = '';
  const stopBar = () => {
    bar?.stop();
    bar = undefined;
  };
  return new Promise((resolve) => {
    let settled = false;
    const finish = (r: { result?: SimulationResult; code?: number; message?: string }) => {
      if (settled) return;
      settled = true;
      stopBar();
      process.off('SIGINT', onSigint);
      resolve(r);
    };
    const onSigint = () => {
      void worker.terminate();
      finish({ code: EXIT.interrupted, message: 'netstudio simulate: interrupted; no results written\n' });
    };
    process.on('SIGINT', onSigint);
    if (!showProgress && announce) process.stderr.write(`netstudio simulate: ${announce} (Ctrl-C stops)\n`);
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') {
        if (!showProgress || m.phase === 'scenarios') return;
        if (!bar || barPhase !== m.phase) {
          stopBar();
          barPhase = m.phase;
          bar = new cliProgress.SingleBar(
            { stream: process.stderr, format: `${m.phase} [{bar}] {percentage}% | {value}/{total} | ETA {eta_formatted}`, hideCursor: true, clearOnComplete: true },
            cliProgress.Presets.shades_classic,
          );
          bar.start(m.total, m.done);
        } else bar.update(m.done);
      } else if (m.type === 'result') {
        finish({ result: m.result });
        void worker.terminate();
      } else {
        finish({ code: m.aborted ? EXIT.interrupted : EXIT.badInput, message: `netstudio simulate: ${m.message}\n` });
        void worker.terminate();
      }
    });
    worker.on('error', (err) => finish({ code: EXIT.badInput, message: `netstudio simulate: internal error: ${err.message}\n` }));
    worker.on('exit', () => finish({ code: EXIT.badInput, message: 'netstudio simulate: the simulation stopped without a result\n' }));
  });
}

const fmtSeconds = (x: number | null) => (x === null ? 'never' : x < 10 ? x.toFixed(2) : x.toFixed(0));
const fmtRpo = (x: number | null) => (x === null ? 'unbounded' : x < 10 ? x.toFixed(2) : x.toFixed(0));
const pct = (x: number, digits = 4) => `${(x * 100).toFixed(digits)}%`;

/** Renders a simulation result as human-readable tables. */
export function formatSimulation(file: string, r: SimulationResult): string {
  const lines: string[] = [];
  const verdict = (ok: boolean) => (ok ? paint('green', 'ok') : paint('red', 'FAIL'));
  for (const sc of r.scenarios) {
    lines.push(`Scenario ${sc.id} (${sc.name}): ${sc.failed.length ? `fails ${sc.failed.join(', ')}` : 'no element fails'}`);
    for (const d of sc.degradations) {
      lines.push(`  ${d.circuit}: RTT ${d.rttMs.toFixed(1)} ms, loss ${d.packetLossPercent}% → one TCP flow ≤ ${d.tcpThroughputMbps.toFixed(1)} Mbps (${d.basis})`);
    }
    const rows = sc.services.map((o) => {
      const obj = r.scenarios.length ? o : o;
      const b = o.rtoBreakdown;
      const parts = [
        b.detectionSeconds && `${fmtSeconds(b.detectionSeconds)} detect`,
        b.propagationSeconds && `${fmtSeconds(b.propagationSeconds)} propagate`,
        b.promotionSeconds && `${fmtSeconds(b.promotionSeconds)} promote`,
        b.warmUpSeconds && `${fmtSeconds(b.warmUpSeconds)} warm-up`,
        b.dependencyWaitSeconds && `${fmtSeconds(b.dependencyWaitSeconds)} dependency`,
      ].filter(Boolean);
      return [
        obj.service,
        o.available ? 'yes' : paint('red', `no (${(o.servedShare * 100).toFixed(0)}% served)`),
        fmtSeconds(o.rtoSeconds),
        parts.join(' + ') || '-',
        fmtRpo(o.rpoSeconds),
        o.latencyP95Ms === null ? '-' : o.latencyP95Ms.toFixed(1),
        verdict(o.ok),
      ];
    });
    lines.push(
      table(['service', 'available', 'RTO s', 'breakdown', 'RPO s', 'p95 ms', 'verdict'], rows, [false, false, true, false, true, true, false])
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n'),
    );
    for (const o of sc.services) for (const n of o.notes) lines.push(`  ${o.service}: ${n}`);
    lines.push('');
  }
  if (r.sweep) {
    const s = r.sweep;
    lines.push(`${s.kind === 'n1' ? 'N-1' : 'N-2'} sweep: ${s.scenarioCount.toLocaleString('en-US')} scenarios, worst case per service`);
    lines.push(
      table(
        ['service', 'worst RTO s', 'caused by', 'worst RPO s', 'caused by', 'failing', 'verdict'],
        s.worst.map((w) => [w.service, fmtSeconds(w.rtoSeconds), w.scenario || '-', fmtRpo(w.rpoSeconds), w.rpoScenario || '-', w.failingScenarios, verdict(w.meetsRto && w.meetsRpo)]),
        [false, true, false, true, false, true, false],
      ),
    );
    lines.push('');
  }
  if (r.monteCarlo) {
    const mc = r.monteCarlo;
    lines.push(`Monte Carlo: ${mc.years.toLocaleString('en-US')} simulated years, seed ${mc.seed}, ${mc.events.toLocaleString('en-US')} events`);
    lines.push(
      table(
        ['service', 'availability', '± s.e.', 'downtime min/yr', 'outages/yr', 'target', 'P(meets)', 'closed form', 'verdict'],
        mc.services.map((s) => [
          s.service,
          pct(s.availability),
          pct(s.standardError, 5),
          s.downtimeMinutesPerYear.toFixed(1),
          s.outagesPerYear.toFixed(2),
          s.targetPercent === null ? '-' : `${s.targetPercent}%`,
          s.pMeetsTarget === null ? '-' : s.pMeetsTarget.toFixed(3),
          `${pct(s.closedForm.availability)} (${s.closedForm.model})`,
          verdict(s.meetsAvailability),
        ]),
        [false, true, true, true, true, true, true, false, false],
      ),
    );
    lines.push(`  ${mc.basis}`);
    lines.push('  closed form: component availabilities only (no circuits, no failover time)');
    lines.push('');
  }
  if (r.defaultsUsed.length) {
    lines.push('Defaults used (set them in the design to override):');
    for (const d of r.defaultsUsed) lines.push(`  ${d.element} ${d.field} = ${d.value}: ${d.basis}`);
    lines.push('');
  }
  lines.push(r.ok ? paint('green', `${file}: every objective met`) : paint('red', `${file}: objectives not met`));
  return lines.join('\n') + '\n';
}

export async function runSimulate(file: string, opts: SimulateCliOptions): Promise<CommandResult> {
  const options = parseOptions(opts);
  if (typeof options === 'string') return { code: EXIT.badInput, stdout: '', stderr: `netstudio simulate: ${options}\n` };
  const loaded = await loadDesignFile(file);
  if (!loaded.design) {
    const errors = loaded.problems.filter((p) => p.severity === 'error');
    if (opts.json) {
      const out = { ok: false, file, errors: errors.map(({ path, line, column, message }) => ({ path, line, column, message })) };
      return { code: EXIT.badInput, stdout: JSON.stringify(out, null, 2) + '\n' };
    }
    return { code: EXIT.badInput, stdout: '', stderr: errors.map((p) => formatProblem(file, p)).join('\n') + '\n' };
  }
  const long = options.sweep !== undefined || (options.monteCarloYears ?? 0) > 0;
  const showProgress = long && Boolean(process.stderr.isTTY);
  const work = [
    options.sweep ? `${options.sweep === 'n1' ? 'N-1' : 'N-2'} sweep` : '',
    options.monteCarloYears ? `${options.monteCarloYears.toLocaleString('en-US')}-year Monte Carlo` : '',
  ].filter(Boolean);
  // Without a progress bar (not a TTY), long work says once that it started.
  const run = await runInWorker(loaded.design, options, showProgress, work.length ? `running ${work.join(' and ')}` : undefined);
  if (!run.result) return { code: run.code ?? EXIT.badInput, stdout: '', stderr: run.message ?? '' };
  const code = run.result.ok ? EXIT.ok : EXIT.failed;
  if (opts.json) return { code, stdout: JSON.stringify({ file, ...run.result }, null, 2) + '\n' };
  return { code, stdout: formatSimulation(file, run.result) };
}

export function registerSimulate(program: Command, done: (r: Promise<CommandResult>) => void): void {
  program
    .command('simulate')
    .description('run failure scenarios, sweeps and Monte Carlo; check RTO/RPO, latency and availability objectives')
    .argument('<file>', 'design file (*.netstudio.yaml)')
    .option('--sweep <kind>', 'also sweep every single (n1) or double (n2) failure of regions and circuits')
    .option('--monte-carlo <years>', 'simulate this many years of failures and repairs for availability')
    .option('--seed <n>', 'seed of the Monte Carlo random numbers (default 1)')
    .option('--scenario <ids...>', 'run only these scenarios of the design (default: all)')
    .option('--timeline <id>', 'build the drill timeline for this scenario (default: the first)')
    .option('--json', 'machine-readable output')
    .action((file: string, opts: SimulateCliOptions) => done(runSimulate(file, opts)));
}
