/**
 * `netstudio export FILE --format FORMAT --out PATH [--force]`.
 *
 * terraform | ansible: writes a folder tree (terraform/<provider>/…, ansible/…) into the
 * directory PATH, refusing a non-empty directory without --force; every file is written
 * atomically. Visual formats (svg, png, drawio, mermaid, report-html, report-pdf) go to
 * src/cli/export-visual.ts, where PATH is the output file. Exit 0 when written, 2 on bad
 * input (unreadable or invalid design, unknown format, PATH in the way).
 */
import type { Command } from 'commander';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { formatProblem, loadDesignFile } from '../io.ts';
import { paint } from '../output.ts';
import { EXIT, type CommandResult } from '../exit.ts';
import { EXPORT_FORMATS, exportDesign, planAddresses, type ExportFormat } from '../../core/export/index.ts';
import type { Design } from '../../core/model/index.ts';
// The visual formats live in another module; this is the one place they plug in.
import { exportVisual, VISUAL_FORMATS } from '../export-visual.ts';

export interface ExportCliOptions {
  format?: string;
  out?: string;
  force?: boolean;
  layout?: string;
  scale?: string;
}

const VISUAL_HELP = VISUAL_FORMATS.join(', ');

const bad = (message: string): CommandResult => ({ code: EXIT.badInput, stdout: '', stderr: `netstudio export: ${message}\n` });

async function isNonEmptyDir(path: string): Promise<'missing' | 'empty' | 'non-empty' | 'not-a-dir'> {
  try {
    const s = await stat(path);
    if (!s.isDirectory()) return 'not-a-dir';
    return (await readdir(path)).length > 0 ? 'non-empty' : 'empty';
  } catch {
    return 'missing';
  }
}

/** Writes `files` under `outDir` atomically; returns the paths written, relative to outDir. */
export async function writeFileTree(outDir: string, files: Record<string, string>): Promise<string[]> {
  const root = resolve(outDir);
  const written: string[] = [];
  for (const [rel, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const target = resolve(root, rel);
    // Paths come from the exporter, but never let one escape the chosen folder.
    if (!target.startsWith(root + sep)) throw new Error(`refusing to write outside ${outDir}: ${rel}`);
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, text, { encoding: 'utf8' });
    written.push(relative(root, target).split(sep).join('/'));
  }
  return written;
}

async function exportTree(design: Design, format: ExportFormat, out: string, force: boolean): Promise<CommandResult> {
  const state = await isNonEmptyDir(out);
  if (state === 'not-a-dir') return bad(`${out} exists and is not a directory`);
  if (state === 'non-empty' && !force) return bad(`${out} is not empty; pass --force to write into it anyway`);
  const files = exportDesign(design, format);
  if (Object.keys(files).length === 0) {
    return bad(format === 'terraform' ? 'the design has no AWS, Azure or GCP region: nothing to export as Terraform' : 'the design has no on-prem site (datacenter, colo, office, edge-pop): nothing to export as Ansible');
  }
  const warnings = planAddresses(design).problems.map((p) => paint('yellow', `warning: address plan: ${p.message}`, process.stderr));
  const written = await writeFileTree(out, files);
  const lines = [...written.map((w) => `wrote ${join(out, w)}`), paint('green', `${format}: ${written.length} file(s) written to ${out}`)];
  return { code: EXIT.ok, stdout: lines.join('\n') + '\n', stderr: warnings.length ? warnings.join('\n') + '\n' : undefined };
}

async function exportVisualFormat(design: Design, file: string, opts: ExportCliOptions): Promise<CommandResult> {
  if (!VISUAL_FORMATS.includes(opts.format!)) {
    return bad(`unknown format "${opts.format}" (one of ${[...EXPORT_FORMATS, ...VISUAL_FORMATS].join(', ')})`);
  }
  const scale = opts.scale === undefined ? undefined : Number(opts.scale);
  try {
    const { written } = await exportVisual(design, opts.format!, opts.out!, {
      force: opts.force,
      file,
      layout: opts.layout as 'schematic' | 'map' | undefined,
      scale,
    });
    return { code: EXIT.ok, stdout: written.map((w) => `wrote ${w}`).join('\n') + '\n' };
  } catch (err) {
    const e = err as Error & { exitCode?: number };
    if (e.exitCode === EXIT.badInput) return bad(e.message);
    throw err;
  }
}

export async function runExport(file: string, opts: ExportCliOptions): Promise<CommandResult> {
  if (!opts.format) return bad(`--format is required (${EXPORT_FORMATS.join(', ')}, ${VISUAL_HELP})`);
  if (!opts.out) return bad('--out is required (a directory for terraform/ansible, a file for visual formats)');
  const loaded = await loadDesignFile(file);
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  if (!loaded.design || errors.length) {
    return { code: EXIT.badInput, stdout: '', stderr: errors.map((p) => paint('red', formatProblem(file, p), process.stderr)).join('\n') + '\n' };
  }
  if ((EXPORT_FORMATS as readonly string[]).includes(opts.format)) return exportTree(loaded.design, opts.format as ExportFormat, opts.out, Boolean(opts.force));
  return exportVisualFormat(loaded.design, file, opts);
}

export function registerExport(program: Command, done: (r: Promise<CommandResult>) => void): void {
  program
    .command('export')
    .description('export deployable configs (terraform, ansible) or diagrams and reports')
    .argument('<file>', 'design file (*.netstudio.yaml)')
    .requiredOption('-f, --format <format>', `${EXPORT_FORMATS.join(' | ')} | ${VISUAL_HELP.replace(/, /g, ' | ')}`)
    .requiredOption('-o, --out <path>', 'output directory (terraform, ansible) or file (visual formats)')
    .option('--force', 'write into a non-empty directory / overwrite an existing file')
    .option('--layout <layout>', 'diagram layout for visual formats: schematic | map')
    .option('--scale <n>', 'PNG scale for visual formats: 1 | 2')
    .action((file: string, opts: ExportCliOptions) => done(runExport(file, opts)));
}
