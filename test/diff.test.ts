// Design diff: two hand-edited variants of a sample give exactly the changes written down
// by hand; cost, latency, objective and finding deltas; Markdown for a pull request; CLI.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDesign, type Design } from '../src/core/model/index.ts';
import { diffDesigns, diffFields, renderDiffMarkdown, renderDiffJson, type DiffEstimate } from '../src/core/diff/index.ts';
import type { Finding } from '../src/core/rules/index.ts';
import { main } from '../src/cli/main.ts';
import { runDiff } from '../src/cli/commands/diff.ts';

const root = new URL('..', import.meta.url).pathname;
const BEFORE = join(root, 'test/fixtures/diff/before.netstudio.yaml');
const AFTER = join(root, 'test/fixtures/diff/after.netstudio.yaml');
const load = (f: string) => parseDesign(readFileSync(f, 'utf8')).design!;

describe('diff of the hand-edited fixtures', () => {
  const a = load(BEFORE);
  const b = load(AFTER);

  it('finds exactly the element and field changes made by hand', () => {
    const d = diffDesigns({ design: a }, { design: b });
    expect(d.added).toEqual([
      { kind: 'region', id: 'aws-usw2', name: 'AWS US West (Oregon)' },
      { kind: 'circuit', id: 'peer-use1-usw2' },
      { kind: 'comment', id: 'c1' },
    ]);
    expect(d.removed).toEqual([{ kind: 'demand', id: 'fra-dc→aws-use1 (interactive)' }]);
    expect(d.changed).toEqual([
      {
        kind: 'circuit',
        id: 'vpn-fra-euw1',
        changes: [
          { path: 'bandwidthMbps', before: 1000, after: 2000 },
          { path: 'latencyMs', before: 24, after: 40 },
        ],
      },
      { kind: 'service', id: 'orders-db', name: 'Orders database', changes: [{ path: 'objectives.rtoSeconds', before: 900, after: 1800 }] },
    ]);
    expect(d.document).toEqual([{ path: 'name', before: 'Dual-region active-active web tier', after: 'Dual-region active-active web tier (with Oregon)' }]);
    expect(d.summary).toMatchObject({ added: 3, removed: 1, changed: 2, documentFields: 1, identical: false });
    // Without engine results, the analysis parts are left out and the notes say so.
    expect(d.cost).toBeNull();
    expect(d.objectives).toBeNull();
    expect(d.notes.join(' ')).toMatch(/no cost estimate for either design/);
  });

  it('through the CLI, the raised orders-db RTO target turns its US East outage verdict from fail to pass', async () => {
    const r = await runDiff(BEFORE, AFTER, { json: true });
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.objectives).toContainEqual({ scenario: 'lose-use1', service: 'orders-db', objective: 'rto', before: 'fail', after: 'pass' });
    expect(d.objectives.filter((o: { scenario: string }) => o.scenario === 'lose-use1')).toHaveLength(1);
    expect(d.findings).toEqual({ new: [], cleared: [] });
  });

  it('through the CLI, the latency and cost deltas follow from the hand edits', async () => {
    const d = JSON.parse((await runDiff(BEFORE, AFTER, { json: true })).stdout);
    type L = { from: string; to: string; beforeMs?: number; afterMs?: number; deltaMs?: number; status: string; bothDirections?: boolean };
    const pair = (x: string, y: string) => (d.latency.changes as L[]).filter((l) => (l.from === x && l.to === y) || (l.from === y && l.to === x));
    // The VPN's measured RTT went from 24 to 40 ms: Frankfurt ↔ Ireland moves by exactly 16 ms …
    expect(pair('fra-dc', 'aws-euw1')).toEqual([expect.objectContaining({ beforeMs: 24, afterMs: 40, deltaMs: 16, status: 'changed', bothDirections: true })]);
    // … and Frankfurt ↔ Virginia, which runs through Ireland, by the same 16 ms.
    expect(pair('fra-dc', 'aws-use1')).toEqual([expect.objectContaining({ deltaMs: 16, status: 'changed', bothDirections: true })]);
    // Oregon is new: a pair to each of the three old regions, nothing else changed.
    for (const r of ['aws-use1', 'aws-euw1', 'fra-dc']) expect(pair('aws-usw2', r)).toEqual([expect.objectContaining({ status: 'added', bothDirections: true })]);
    expect(d.latency.changes).toHaveLength(5);
    // The removed Frankfurt → Virginia demand took its transfer charges with it; the new peering adds a gateway charge.
    const cat = (c: string) => d.cost.byCategory.find((x: { category: string }) => x.category === c);
    expect(cat('transfer')).toMatchObject({ afterMonthlyUsd: 0 });
    expect(cat('transfer').beforeMonthlyUsd).toBeGreaterThan(0);
    expect(cat('gateway').deltaMonthlyUsd).toBeGreaterThan(0);
    expect(d.cost.deltaMonthlyUsd).toBeCloseTo(cat('gateway').deltaMonthlyUsd + cat('transfer').deltaMonthlyUsd, 2);
  });

  it('reports no differences between a design and itself', async () => {
    const r = await runDiff(BEFORE, BEFORE, {});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No differences.');
  });
});

describe('analysis deltas', () => {
  const design = load(BEFORE);
  const est = (latency: [string, string, number][], items: [string, number][]): DiffEstimate => ({
    latency: latency.map(([from, to, rttMs]) => ({ from, to, rttMs })),
    cost: { monthlyUsd: items.reduce((s, [, v]) => s + v, 0), items: items.map(([category, monthlyUsd]) => ({ category, monthlyUsd })) },
  });

  it('sums cost by category and orders categories by the size of their change', () => {
    const d = diffDesigns(
      { design, estimate: est([], [['circuits', 100], ['circuits', 50], ['egress', 400], ['compute', 300]]) },
      { design, estimate: est([], [['circuits', 150], ['circuits', 50], ['egress', 380], ['compute', 300], ['gateways', 10]]) },
    );
    expect(d.cost).toEqual({
      beforeMonthlyUsd: 850,
      afterMonthlyUsd: 890,
      deltaMonthlyUsd: 40,
      deltaPercent: 4.7,
      byCategory: [
        { category: 'circuits', beforeMonthlyUsd: 150, afterMonthlyUsd: 200, deltaMonthlyUsd: 50 },
        { category: 'egress', beforeMonthlyUsd: 400, afterMonthlyUsd: 380, deltaMonthlyUsd: -20 },
        { category: 'gateways', beforeMonthlyUsd: 0, afterMonthlyUsd: 10, deltaMonthlyUsd: 10 },
      ],
    });
  });

  it('reports latency changes only over both thresholds (5 ms and 10 % by default)', () => {
    const d = diffDesigns(
      { design, estimate: est([['a', 'b', 40], ['a', 'c', 100], ['b', 'c', 20], ['c', 'd', 10]], []) },
      { design, estimate: est([['a', 'b', 46], ['a', 'c', 106], ['b', 'c', 24], ['x', 'y', 3]], []) },
    );
    expect(d.latency!.changes).toEqual([
      { from: 'a', to: 'b', beforeMs: 40, afterMs: 46, deltaMs: 6, deltaPercent: 15, status: 'changed' },
      { from: 'c', to: 'd', beforeMs: 10, status: 'removed' },
      { from: 'x', to: 'y', afterMs: 3, status: 'added' },
    ]);
    const loose = diffDesigns(
      { design, estimate: est([['a', 'c', 100]], []) },
      { design, estimate: est([['a', 'c', 106]], []) },
      { latencyThresholdMs: 5, latencyThresholdPercent: 5 },
    );
    expect(loose.latency!.changes).toHaveLength(1);
  });

  it('lists findings new in B and cleared from A', () => {
    const f = (rule: string, elements: string[]): Finding => ({ rule, severity: 'warning', message: `${rule} on ${elements.join(',')}`, elements });
    const d = diffDesigns({ design, findings: [f('single-provider', ['web']), f('unencrypted', ['c1'])] }, { design, findings: [f('unencrypted', ['c1']), f('no-rpo', ['db'])] });
    expect(d.findings!.new.map((x) => x.rule)).toEqual(['no-rpo']);
    expect(d.findings!.cleared.map((x) => x.rule)).toEqual(['single-provider']);
  });

  it('walks nested objects and compares lists whole', () => {
    expect(diffFields({ load: { users: { a: 0.5, b: 0.5 } }, placements: ['a', 'b'] }, { load: { users: { a: 0.6, b: 0.4 } }, placements: ['b', 'a'] })).toEqual([
      { path: 'load.users.a', before: 0.5, after: 0.6 },
      { path: 'load.users.b', before: 0.5, after: 0.4 },
      { path: 'placements', before: ['a', 'b'], after: ['b', 'a'] },
    ]);
    expect(diffFields({ x: 1 }, { x: 1, y: { z: 2 } })).toEqual([{ path: 'y', after: { z: 2 } }]);
    expect(diffFields({ 'a.b': 1 }, { 'a.b': 2 })).toEqual([{ path: '["a.b"]', before: 1, after: 2 }]);
  });
});

describe('Markdown for a pull request', () => {
  it('has a summary line and tables, and escapes table syntax in names', () => {
    const a = load(BEFORE);
    const b: Design = { ...a, regions: a.regions.map((r) => (r.id === 'fra-dc' ? { ...r, name: 'Frankfurt | DC <main>' } : r)) };
    const md = renderDiffMarkdown(diffDesigns({ design: a }, { design: b }), { before: 'main', after: 'feature' });
    const lines = md.split('\n');
    expect(lines[0]).toBe('### NetStudio design diff: `main` → `feature`');
    expect(lines).toContain('**0 added, 0 removed, 1 changed**');
    expect(lines).toContain('| Change | Kind | Id | Field | Before | After |');
    expect(md).toContain('| changed | region | `fra-dc` | `name` | Frankfurt data centre | Frankfurt \\| DC &lt;main&gt; |');
    // Every table row has the header's number of cells.
    for (const row of lines.filter((l) => l.startsWith('| changed'))) expect(row.replace(/\\\|/g, '').split('|').length).toBe(8);
  });

  it('keeps every table row at its column count whatever the names contain', () => {
    const a = load(BEFORE);
    const hostile = fc.array(fc.oneof(fc.constantFrom('|', '\\|', '`', '``', '\n', '<b>', '&', '*', '_', '[x](y)', '-->', '#'), fc.string({ minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 5 }).map((p) => p.join('')).filter((x) => x.trim().length > 0);
    fc.assert(
      fc.property(hostile, hostile, (n1, n2) => {
        const b: Design = { ...a, name: n1, regions: a.regions.map((r) => (r.id === 'fra-dc' ? { ...r, name: n2 } : r)) };
        const md = renderDiffMarkdown(diffDesigns({ design: a }, { design: b }), { before: n1, after: n2 });
        const rows = md.split('\n').filter((l) => l.startsWith('| changed'));
        expect(rows).toHaveLength(2);
        // Unescaped pipes split cells: each row has exactly the header's 6 cells.
        for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(8);
        expect(md.split('\n')[0]!.startsWith('### NetStudio design diff: ')).toBe(true);
        // Outside code spans (where GitHub shows text literally) no HTML survives.
        expect(md.replace(/(`+)[\s\S]*?\1/g, '')).not.toMatch(/<b>/);
      }),
      { numRuns: 150 },
    );
  });

  it('JSON round-trips', () => {
    const d = diffDesigns({ design: load(BEFORE) }, { design: load(AFTER) });
    expect(JSON.parse(renderDiffJson(d))).toEqual(JSON.parse(JSON.stringify(d)));
  });
});

describe('netstudio diff', () => {
  it('exits 2 on a missing file or an invalid design, and on conflicting flags', async () => {
    const errs: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((s: string) => (errs.push(String(s)), true)) as typeof process.stderr.write;
    try {
      expect(await main(['diff', BEFORE, join(root, 'test/fixtures/diff/nope.yaml')])).toBe(2);
      expect(errs.join('')).toMatch(/nope\.yaml: error: no such file/);
      expect(await main(['diff', BEFORE, join(root, 'package.json')])).toBe(2);
      expect(await main(['diff', BEFORE, AFTER, '--json', '--markdown'])).toBe(2);
      expect(await main(['diff', BEFORE, AFTER, '--latency-threshold-ms', 'soon'])).toBe(2);
      expect(await main(['diff', BEFORE])).toBe(2);
    } finally {
      process.stderr.write = write;
    }
  });

  it('prints Markdown with --markdown', async () => {
    const r = await runDiff(BEFORE, AFTER, { markdown: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| added | region | `aws-usw2` | AWS US West (Oregon) | | |');
    expect(r.stdout).toContain('| lose-use1 | `orders-db` | RTO | ❌ fail | ✅ pass |');
  });
});
