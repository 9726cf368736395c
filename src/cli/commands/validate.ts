/**
 * `netstudio validate FILE… [--json]`: schema and reference errors with their locations,
 * plus design-rule findings. Exit 0 when every file is valid, 1 when an error-level rule
 * fails, 2 when any file cannot be read or parsed.
 */
import type { Command } from 'commander';
import { formatProblem, loadDesignFile } from '../io.ts';
import { paint } from '../output.ts';
import { EXIT, type CommandResult } from '../exit.ts';
import { lintDesign, type Finding } from '../../core/rules/index.ts';

export interface ValidateJson {
  ok: boolean;
  file: string;
  errors: { path: string; line: number; column: number; message: string }[];
  warnings: { path: string; line: number; column: number; message: string }[];
  findings: Finding[];
}

export async function runValidate(files: string[], opts: { json?: boolean }): Promise<CommandResult> {
  const results: ValidateJson[] = [];
  let code: number = EXIT.ok;
  for (const file of files) {
    const loaded = await loadDesignFile(file);
    const errors = loaded.problems.filter((p) => p.severity === 'error');
    const warnings = loaded.problems.filter((p) => p.severity === 'warning');
    const findings = loaded.design ? lintDesign(loaded.design) : [];
    const strip = ({ path, line, column, message }: (typeof errors)[number]) => ({ path, line, column, message });
    const failedRules = findings.some((f) => f.severity === 'error');
    results.push({ ok: errors.length === 0 && !failedRules, file, errors: errors.map(strip), warnings: warnings.map(strip), findings });
    if (errors.length > 0) code = EXIT.badInput;
    else if (failedRules && code === EXIT.ok) code = EXIT.failed;
  }

  if (opts.json) {
    const out = results.length === 1 ? results[0] : { ok: results.every((r) => r.ok), files: results };
    return { code, stdout: JSON.stringify(out, null, 2) + '\n' };
  }
  const lines: string[] = [];
  for (const r of results) {
    const loaded = [...r.errors.map((e) => ({ ...e, severity: 'error' as const })), ...r.warnings.map((w) => ({ ...w, severity: 'warning' as const }))]
      .sort((a, b) => a.line - b.line || a.column - b.column);
    for (const p of loaded) {
      const text = formatProblem(r.file, p);
      lines.push(p.severity === 'error' ? paint('red', text) : paint('yellow', text));
    }
    for (const f of r.findings) {
      const unnamed = f.elements.filter((id) => !f.message.includes(id));
      const text = `${r.file}: ${f.severity}: [${f.rule}] ${f.message}${unnamed.length ? ` (${unnamed.join(', ')})` : ''}`;
      lines.push(f.severity === 'error' ? paint('red', text) : f.severity === 'warning' ? paint('yellow', text) : text);
      if (f.hint) lines.push(`  hint: ${f.hint}`);
    }
    const failing = r.findings.filter((f) => f.severity === 'error').length;
    const summary = r.errors.length
      ? `${r.file}: ${r.errors.length} error(s), ${r.warnings.length} warning(s)`
      : failing
        ? `${r.file}: the document is valid, but ${failing} design rule(s) fail at error level (${r.findings.length} finding(s) in all)`
        : `${r.file}: valid (${r.warnings.length} warning(s), ${r.findings.length} finding(s))`;
    lines.push(r.errors.length || failing ? paint('red', summary) : paint('green', summary));
  }
  return { code, stdout: lines.join('\n') + '\n' };
}

export function registerValidate(program: Command, done: (r: Promise<CommandResult>) => void): void {
  program
    .command('validate')
    .description('check design files against the schema, references and design rules')
    .argument('<files...>', 'design files (*.netstudio.yaml)')
    .option('--json', 'machine-readable output')
    .action((files: string[], opts: { json?: boolean }) => done(runValidate(files, opts)));
}
