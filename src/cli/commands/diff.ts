/**
 * `netstudio diff A B [--json | --markdown] [--latency-threshold-ms N] [--latency-threshold-percent P]`:
 * elements added, removed and changed (by id, field by field), cost delta by category,
 * latency changes over the threshold, objectives whose verdict changed and findings new
 * and cleared. Exit 0 when both files load (whether or not they differ), 2 on bad input.
 */
import type { Command } from 'commander';
import { formatProblem, loadDesignFile } from '../io.ts';
import { EXIT, type CommandResult } from '../exit.ts';
import { analyseDesign } from '../export-visual.ts';
import { diffDesigns, renderDiffJson, renderDiffMarkdown, renderDiffText, type DiffSide } from '../../core/diff/index.ts';
import type { Design } from '../../core/model/index.ts';

export interface DiffCliOptions {
  json?: boolean;
  markdown?: boolean;
  latencyThresholdMs?: string;
  latencyThresholdPercent?: string;
}

async function side(design: Design): Promise<DiffSide> {
  const a = await analyseDesign(design, true);
  return {
    design,
    ...(a.estimate ? { estimate: a.estimate } : {}),
    ...(a.simulation ? { simulation: a.simulation } : {}),
    ...(a.findings ? { findings: a.findings } : {}),
  };
}

function threshold(value: string | undefined, name: string, max: number): number | string | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > max) return `${name} takes a number from 0 to ${max} (got "${value}")`;
  return n;
}

/** Runs the diff of two design files and renders it as text, JSON or Markdown. */
export async function runDiff(fileA: string, fileB: string, opts: DiffCliOptions): Promise<CommandResult> {
  if (opts.json && opts.markdown) return { code: EXIT.badInput, stdout: '', stderr: 'netstudio diff: choose one of --json and --markdown\n' };
  const ms = threshold(opts.latencyThresholdMs, '--latency-threshold-ms', 60_000);
  const pct = threshold(opts.latencyThresholdPercent, '--latency-threshold-percent', 1000);
  for (const t of [ms, pct]) if (typeof t === 'string') return { code: EXIT.badInput, stdout: '', stderr: `netstudio diff: ${t}\n` };
  const [a, b] = await Promise.all([loadDesignFile(fileA), loadDesignFile(fileB)]);
  const errors = [a, b].flatMap((l) => l.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(l.file, p)));
  if (errors.length || !a.design || !b.design) {
    return { code: EXIT.badInput, stdout: '', stderr: `${errors.join('\n')}\nnetstudio diff: cannot compare until both files are valid designs\n` };
  }
  const diff = diffDesigns(await side(a.design), await side(b.design), {
    ...(typeof ms === 'number' ? { latencyThresholdMs: ms } : {}),
    ...(typeof pct === 'number' ? { latencyThresholdPercent: pct } : {}),
  });
  const names = { before: fileA, after: fileB };
  const stdout = opts.json ? renderDiffJson(diff) : opts.markdown ? renderDiffMarkdown(diff, names) : renderDiffText(diff, names);
  return { code: EXIT.ok, stdout };
}

export function registerDiff(program: Command, done: (r: Promise<CommandResult>) => void): void {
  program
    .command('diff')
    .description('compare two designs: elements, cost, latency, objective verdicts and findings')
    .argument('<a>', 'the design before (*.netstudio.yaml)')
    .argument('<b>', 'the design after')
    .option('--json', 'machine-readable output')
    .option('--markdown', 'Markdown ready to post on a pull request')
    .option('--latency-threshold-ms <ms>', 'report RTT changes of at least this many ms (default 5)')
    .option('--latency-threshold-percent <percent>', 'and at least this percentage (default 10)')
    .action((a: string, b: string, opts: DiffCliOptions) => done(runDiff(a, b, opts)));
}
