/**
 * `netstudio estimate FILE [--json]`: latency matrix (with basis marks), circuits (RTT,
 * basis, utilisation, monthly cost) and cost line items with totals. Exit 0 when the
 * estimate ran, 1 when it found error-level problems (an overloaded circuit, a measured
 * latency below the physical floor), 2 when the file cannot be read or parsed.
 */
import type { Command } from 'commander';
import { formatProblem, loadDesignFile } from '../io.ts';
import { paint, table } from '../output.ts';
import { EXIT, type CommandResult } from '../exit.ts';
import { getCatalog } from '../../core/catalog/index.ts';
import { estimateDesign, type EstimateResult, type LatencyBasis } from '../../core/estimate/index.ts';

const MARK: Record<LatencyBasis, string> = { measured: 'm', published: 'p', estimated: 'e' };
/** Above this many regions the matrix is too wide for a terminal: list the slowest pairs instead. */
const MATRIX_MAX_REGIONS = 16;

const usd = (x: number) => x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const qty = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });

export async function runEstimate(file: string, opts: { json?: boolean }): Promise<CommandResult> {
  const loaded = await loadDesignFile(file);
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  if (!loaded.design || errors.length > 0) {
    const text = errors.map((p) => formatProblem(file, p)).join('\n');
    if (opts.json) {
      const out = { ok: false, file, errors: errors.map(({ path, line, column, message }) => ({ path, line, column, message })) };
      return { code: EXIT.badInput, stdout: JSON.stringify(out, null, 2) + '\n', stderr: text + '\n' };
    }
    return { code: EXIT.badInput, stdout: '', stderr: paint('red', text, process.stderr) + '\n' };
  }
  let result: EstimateResult;
  try {
    result = estimateDesign(loaded.design, getCatalog());
  } catch (err) {
    return { code: EXIT.badInput, stdout: '', stderr: `${file}: error: the estimate failed: ${(err as Error).message}\n` };
  }
  const failed = result.findings.some((f) => f.severity === 'error');
  const code = failed ? EXIT.failed : EXIT.ok;
  if (opts.json) return { code, stdout: JSON.stringify({ file, ...result }, null, 2) + '\n' };
  return { code, stdout: formatHuman(file, loaded.design.regions.map((r) => r.id), result) };
}

function formatHuman(file: string, regionIds: string[], r: EstimateResult): string {
  const out: string[] = [];
  out.push(paint('bold', `${file}: estimate (${r.routing === 'bgp-policy' ? 'BGP policy routing' : 'lowest-latency routing'})`), '');

  out.push(paint('bold', 'Latency (round trip, ms)'));
  const byPair = new Map(r.latency.map((p) => [`${p.from}\u0000${p.to}`, p]));
  if (regionIds.length <= MATRIX_MAX_REGIONS) {
    const rows = regionIds.map((a) => [
      a,
      ...regionIds.map((b) => {
        if (a === b) return '·';
        const p = byPair.get(`${a}\u0000${b}`);
        return p ? `${Math.round(p.rttMs)}${MARK[p.basis]}` : '—';
      }),
    ]);
    out.push(table(['from \\ to', ...regionIds], rows, [false, ...regionIds.map(() => true)]));
  } else {
    const slowest = [...r.latency].sort((a, b) => b.rttMs - a.rttMs).slice(0, 20);
    out.push(`${regionIds.length} regions, ${r.latency.length} reachable ordered pairs; the 20 slowest:`);
    out.push(
      table(
        ['from', 'to', 'RTT', 'floor', 'path'],
        slowest.map((p) => [p.from, p.to, `${Math.round(p.rttMs)}${MARK[p.basis]}`, p.floorMs.toFixed(0), p.path.join(' → ')]),
        [false, false, true, true, false],
      ),
    );
  }
  out.push('m = measured (circuit latencyMs), p = published median, e = estimated (model); — = unreachable', '');

  out.push(paint('bold', 'Circuits'));
  out.push(
    table(
      ['circuit', 'RTT ms', 'floor ms', 'basis', 'peak Mbps', 'bandwidth', 'util', 'USD/month'],
      r.circuits.map((c) => {
        const util = `${(c.utilization * 100).toFixed(0)} %`;
        return [
          c.id,
          c.rttMs.toFixed(1),
          c.floorMs.toFixed(1),
          c.basis,
          qty(c.mbps),
          qty(c.bandwidthMbps),
          c.utilization > 1 ? paint('red', util) : c.utilization > 0.8 ? paint('yellow', util) : util,
          usd(c.monthlyUsd),
        ];
      }),
      [false, true, true, false, true, true, true, true],
    ),
    '',
  );

  out.push(paint('bold', `Cost (prices as of ${r.cost.pricesAsOf})`));
  out.push(
    table(
      ['category', 'element', 'description', 'quantity', 'unit', 'unit USD', 'USD/month'],
      r.cost.items.map((i) => [i.category, i.element, i.description, qty(i.quantity), i.unit, String(i.unitPriceUsd), usd(i.monthlyUsd)]),
      [false, false, false, true, false, true, true],
    ),
  );
  const cats = Object.entries(r.cost.byCategory).sort((a, b) => b[1] - a[1]);
  out.push('', table(['category', 'USD/month'], cats.map(([k, v]) => [k, usd(v)]), [false, true]));
  out.push('', paint('bold', `Total: ${usd(r.cost.monthlyUsd)} USD/month, ${usd(r.cost.yearlyUsd)} USD/year (prices as of ${r.cost.pricesAsOf})`));
  if (r.cost.overridesUsed.length) out.push(`design price overrides used: ${r.cost.overridesUsed.join(', ')}`);
  out.push(r.cost.volumeBasis);
  if (r.defaultsUsed.length) {
    out.push('', 'defaults used:');
    for (const d of r.defaultsUsed) out.push(`  ${d.field} = ${d.value} ${d.unit} (${d.elements.length} element(s)): ${d.basis}`);
  }
  if (r.findings.length) {
    out.push('');
    for (const f of r.findings) {
      const text = `${file}: ${f.severity}: [${f.rule}] ${f.message}`;
      out.push(f.severity === 'error' ? paint('red', text) : f.severity === 'warning' ? paint('yellow', text) : text);
    }
  }
  return out.join('\n') + '\n';
}

export function registerEstimate(program: Command, done: (r: Promise<CommandResult>) => void): void {
  program
    .command('estimate')
    .description('latency, utilisation and monthly cost of a design')
    .argument('<file>', 'design file (*.netstudio.yaml)')
    .option('--json', 'machine-readable output')
    .action((file: string, opts: { json?: boolean }) => done(runEstimate(file, opts)));
}
