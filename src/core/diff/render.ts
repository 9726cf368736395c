/**
 * Renderers for a design diff: JSON (machine-readable, stable field order), Markdown
 * (ready to post on a pull request) and plain text (the terminal).
 */
import type { DesignDiff, FieldChange, ObjectiveChange } from './diff.ts';

/** The diff as pretty-printed JSON (two-space indent, trailing newline). */
export function renderDiffJson(diff: DesignDiff): string {
  return JSON.stringify(diff, null, 2) + '\n';
}

const usd = (v: number) => `${v < 0 ? '−' : ''}$${Math.abs(v).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const signedUsd = (v: number) => `${v > 0 ? '+' : ''}${usd(v)}`;
const signed = (v: number, unit: string) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${Math.abs(v)}${unit}`;

/** A value as short text: strings as they are, everything else as compact JSON; absent as `—`. */
function valueText(v: unknown): string {
  if (v === undefined) return '—';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/** Text safe in a Markdown table cell: pipes escaped, newlines flattened, HTML neutralised. */
function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([*_`[\]])/g, '\\$1');
}

/** Inline code in Markdown that survives backticks inside the text (and pipes, in a table cell). */
function code(text: string, inTable = true): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const span = `${fence}${flat.startsWith('`') || flat.endsWith('`') ? ` ${flat} ` : flat}${fence}`;
  return inTable ? span.replace(/\|/g, '\\|') : span;
}

/** One sentence: what changed, with cost, latency, objective and finding counts. */
export function diffSummaryLine(diff: DesignDiff): string {
  const s = diff.summary;
  if (s.identical) return 'No differences.';
  const parts = [`${s.added} added, ${s.removed} removed, ${s.changed} changed`];
  if (s.documentFields) parts.push(`${s.documentFields} document field(s) changed`);
  if (diff.cost) parts.push(`cost ${signedUsd(diff.cost.deltaMonthlyUsd)}/month${diff.cost.deltaPercent !== null ? ` (${signed(diff.cost.deltaPercent, ' %')})` : ''}`);
  if (diff.latency) parts.push(`${s.latencyChanges} latency change(s)`);
  if (diff.objectives) parts.push(`${s.objectiveChanges} objective verdict(s) changed (${s.objectivesNowFailing} now failing, ${s.objectivesNowPassing} now passing)`);
  if (diff.findings) parts.push(`${s.newFindings} new finding(s), ${s.clearedFindings} cleared`);
  return parts.join(' · ');
}

const verdictText = (v: ObjectiveChange['before']) => (v === 'pass' ? '✅ pass' : v === 'fail' ? '❌ fail' : '— none');

/**
 * The diff as GitHub-flavoured Markdown: a heading, the summary line, then tables for
 * elements, cost by category, latency, objectives and findings (a table only when it has
 * rows), and the notes on anything left out.
 */
export function renderDiffMarkdown(diff: DesignDiff, names: { before: string; after: string } = { before: 'A', after: 'B' }): string {
  const out: string[] = [];
  out.push(`### NetStudio design diff: ${code(names.before, false)} → ${code(names.after, false)}`, '');
  out.push(`**${cell(diffSummaryLine(diff))}**`, '');
  const fieldRows = (kind: string, id: string, changes: FieldChange[]) =>
    changes.map((c) => `| changed | ${kind} | ${code(id)} | ${code(c.path)} | ${cell(valueText(c.before))} | ${cell(valueText(c.after))} |`);
  if (diff.added.length || diff.removed.length || diff.changed.length || diff.document.length) {
    out.push('#### Elements', '', '| Change | Kind | Id | Field | Before | After |', '|---|---|---|---|---|---|');
    for (const a of diff.added) out.push(`| added | ${a.kind} | ${code(a.id)} | ${a.name ? cell(a.name) : ''} | | |`);
    for (const r of diff.removed) out.push(`| removed | ${r.kind} | ${code(r.id)} | ${r.name ? cell(r.name) : ''} | | |`);
    for (const c of diff.changed) out.push(...fieldRows(c.kind, c.id, c.changes));
    out.push(...fieldRows('document', '(design)', diff.document));
    out.push('');
  }
  if (diff.cost && diff.cost.byCategory.length) {
    out.push('#### Cost by category (USD per month)', '', '| Category | Before | After | Change |', '|---|---:|---:|---:|');
    for (const c of diff.cost.byCategory) out.push(`| ${cell(c.category)} | ${usd(c.beforeMonthlyUsd)} | ${usd(c.afterMonthlyUsd)} | ${signedUsd(c.deltaMonthlyUsd)} |`);
    out.push(`| **Total** | ${usd(diff.cost.beforeMonthlyUsd)} | ${usd(diff.cost.afterMonthlyUsd)} | **${signedUsd(diff.cost.deltaMonthlyUsd)}** |`, '');
  }
  if (diff.latency && diff.latency.changes.length) {
    out.push(`#### Latency changes (at least ${diff.latency.thresholdMs} ms and ${diff.latency.thresholdPercent} %)`, '', '| From | To (↔ both directions) | Before | After | Change |', '|---|---|---:|---:|---:|');
    for (const l of diff.latency.changes) {
      const change = l.status === 'changed' ? `${signed(l.deltaMs!, ' ms')} (${signed(l.deltaPercent!, ' %')})` : l.status === 'added' ? 'new pair' : 'pair gone';
      out.push(`| ${code(l.from)} | ${l.bothDirections ? '↔ ' : ''}${code(l.to)} | ${l.beforeMs !== undefined ? `${l.beforeMs} ms` : '—'} | ${l.afterMs !== undefined ? `${l.afterMs} ms` : '—'} | ${change} |`);
    }
    out.push('');
  }
  if (diff.objectives && diff.objectives.length) {
    out.push('#### Objectives whose verdict changed', '', '| Case | Service | Objective | Before | After |', '|---|---|---|---|---|');
    for (const o of diff.objectives) out.push(`| ${cell(o.scenario)} | ${code(o.service)} | ${o.objective.toUpperCase()} | ${verdictText(o.before)} | ${verdictText(o.after)} |`);
    out.push('');
  }
  if (diff.findings && (diff.findings.new.length || diff.findings.cleared.length)) {
    out.push('#### Rule findings', '', '| | Severity | Rule | Finding |', '|---|---|---|---|');
    for (const f of diff.findings.new) out.push(`| new | ${f.severity} | ${code(f.rule)} | ${cell(f.message)} |`);
    for (const f of diff.findings.cleared) out.push(`| cleared | ${f.severity} | ${code(f.rule)} | ${cell(f.message)} |`);
    out.push('');
  }
  if (diff.notes.length) out.push(...diff.notes.map((n) => `> ${cell(n)}`), '');
  return out.join('\n').replace(/\n+$/, '\n');
}

/** The diff for a terminal: the summary line, then one line per change (`+`, `-`, `~`). */
export function renderDiffText(diff: DesignDiff, names: { before: string; after: string } = { before: 'A', after: 'B' }): string {
  const out: string[] = [`${names.before} → ${names.after}: ${diffSummaryLine(diff)}`];
  for (const a of diff.added) out.push(`+ ${a.kind} ${a.id}${a.name ? ` (${a.name})` : ''}`);
  for (const r of diff.removed) out.push(`- ${r.kind} ${r.id}${r.name ? ` (${r.name})` : ''}`);
  for (const c of diff.changed) for (const f of c.changes) out.push(`~ ${c.kind} ${c.id}: ${f.path}: ${valueText(f.before)} → ${valueText(f.after)}`);
  for (const f of diff.document) out.push(`~ design: ${f.path}: ${valueText(f.before)} → ${valueText(f.after)}`);
  if (diff.cost) for (const c of diff.cost.byCategory) out.push(`$ ${c.category}: ${usd(c.beforeMonthlyUsd)} → ${usd(c.afterMonthlyUsd)} (${signedUsd(c.deltaMonthlyUsd)}/month)`);
  for (const l of diff.latency?.changes ?? []) {
    out.push(
      l.status === 'changed'
        ? `⏱ ${l.from} ${l.bothDirections ? '↔' : '→'} ${l.to}: ${l.beforeMs} ms → ${l.afterMs} ms (${signed(l.deltaMs!, ' ms')})`
        : `⏱ ${l.from} ${l.bothDirections ? '↔' : '→'} ${l.to}: ${l.status === 'added' ? `new pair, ${l.afterMs} ms` : `pair gone (was ${l.beforeMs} ms)`}`,
    );
  }
  for (const o of diff.objectives ?? []) out.push(`${o.after === 'fail' ? '✗' : '✓'} ${o.scenario} / ${o.service} ${o.objective.toUpperCase()}: ${o.before} → ${o.after}`);
  for (const f of diff.findings?.new ?? []) out.push(`! new ${f.severity} [${f.rule}] ${f.message}`);
  for (const f of diff.findings?.cleared ?? []) out.push(`✓ cleared ${f.severity} [${f.rule}] ${f.message}`);
  for (const n of diff.notes) out.push(`note: ${n}`);
  return out.join('\n') + '\n';
}
