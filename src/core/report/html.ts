/**
 * The design-review report: one self-contained HTML file (inline CSS and SVG, no external
 * URL, no script needed to read it) that prints cleanly to PDF.
 *
 * Pure: the caller runs the engines and passes their results, the diagram SVG, the
 * generation time and the SHA-256 of the design text. A section whose data is missing
 * says what is missing and why; no number is ever made up here — every figure shown is
 * copied from an engine result and labelled with its basis.
 */
import type { EstimateResult } from '../estimate/types.ts';
import type { Design } from '../model/schema.ts';
import type { Finding } from '../rules/index.ts';
import type { SimulationResult } from '../simulate/index.ts';
import { escapeXml } from '../diagram/escape.ts';
import { costByCategoryChart, downtimeChart, latencyHeatmapChart } from './charts.ts';

/** The parts of `estimateDesign`'s result the report shows; a part left out is reported as missing. */
export type ReportEstimate = Partial<Pick<EstimateResult, 'latency' | 'circuits' | 'cost'>>;

/** Everything the report is built from. */
export interface ReportInput {
  design: Design;
  /** The diagram, from `designToSvg` (the caller resolves locations and RTTs). */
  diagramSvg: string;
  /** Optional second diagram in the map layout, shown under the first. */
  mapSvg?: string;
  estimate?: ReportEstimate;
  /** Why there is no estimate (shown instead of cost and latency). */
  estimateMissing?: string;
  simulation?: SimulationResult;
  /** Why there is no simulation (shown instead of objectives, N-1 and availability). */
  simulationMissing?: string;
  findings?: Finding[];
  /** Why there are no findings (rules engine unavailable, say). */
  findingsMissing?: string;
  /** Catalog's "prices as of" date, YYYY-MM-DD. */
  pricesAsOf?: string;
  /** When the report was made, ISO 8601 (the caller reads the clock). */
  generatedAt: string;
  /** SHA-256 of the design file's bytes, hex. */
  designSha256: string;
  /** File name of the design, shown in the header. */
  sourceName?: string;
  /** Producer, e.g. `netstudio 0.1.0`. */
  generator?: string;
}

/** Section headings, in order; each report has all of them (the tests check this list). */
export const REPORT_SECTIONS = [
  'Summary and assumptions',
  'Diagram',
  'Cost',
  'Latency',
  'Objectives per scenario',
  'N-1 worst cases',
  'Availability (Monte Carlo)',
  'Rule findings',
  'Open review comments',
  'Sources, price dates and provenance',
] as const;

const h = (s: string | number) => escapeXml(String(s));
const usd = (v: number) => `$${v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const secs = (v: number | null | undefined) => (v === null || v === undefined ? '∞ (cannot recover)' : v < 120 ? `${round1(v)} s` : `${round1(v)} s (${round1(v / 60)} min)`);
const round1 = (v: number) => Math.round(v * 10) / 10;
/** Availability as a percentage with enough decimals to show the nines (99.9995 %, not 100.0000 %). */
function pct(v: number): string {
  if (v >= 1) return '100 %';
  const digits = Math.max(2, Math.min(8, Math.ceil(-Math.log10(1 - v)) + 1));
  return `${(v * 100).toFixed(digits)} %`;
}

function missing(text: string): string {
  return `<p class="missing">${h(text)}</p>`;
}

function verdict(ok: boolean, label = ok ? 'meets' : 'fails'): string {
  return `<span class="${ok ? 'ok' : 'bad'}">${h(label)}</span>`;
}

function section(id: string, title: (typeof REPORT_SECTIONS)[number], body: string): string {
  return `<section id="${id}"><h2>${h(title)}</h2>\n${body}\n</section>`;
}

function summary(input: ReportInput): string {
  const d = input.design;
  const parts: string[] = [];
  if (d.description) parts.push(`<p>${h(d.description)}</p>`);
  parts.push(
    `<p class="counts">${d.regions.length} region(s) · ${d.circuits.length} circuit(s) · ${d.services.length} service(s) · ${(d.scenarios ?? []).length} scenario(s) · ${(d.demands ?? []).length} demand(s)</p>`,
  );
  if (input.simulation) {
    parts.push(
      `<p class="verdict">Overall: ${verdict(input.simulation.ok, input.simulation.ok ? 'every objective is met in every simulated case' : 'at least one objective fails (details below)')}</p>`,
    );
  }
  parts.push('<h3>Assumptions</h3>');
  parts.push(d.assumptions ? `<div class="assumptions">${h(d.assumptions).replace(/\n/g, '<br>')}</div>` : missing('The design states no assumptions (the `assumptions` field is empty).'));
  if (input.simulation?.defaultsUsed.length) {
    parts.push('<h3>Defaults the engine used</h3><p>The design leaves these values out; the catalog defaults below were used.</p>');
    parts.push(
      table(
        ['Element', 'Field', 'Value', 'Basis'],
        input.simulation.defaultsUsed.map((u) => [h(u.element), h(u.field), h(u.value), h(u.basis)]),
      ),
    );
  }
  return parts.join('\n');
}

/** Column headers whose cells may break anywhere (long sources, URLs, paths). */
const BREAK_ANYWHERE = new Set(['Source', 'Item', 'Path', 'Basis', 'Why', 'Closed form', 'Hint', 'Comment', 'Finding']);

function table(headers: string[], rows: string[][], numeric: boolean[] = []): string {
  const cls = (i: number) => {
    const c = [numeric[i] ? 'num' : '', BREAK_ANYWHERE.has(headers[i]!) ? 'wrap' : ''].filter(Boolean).join(' ');
    return c ? ` class="${c}"` : '';
  };
  const th = headers.map((x, i) => `<th${cls(i)}>${h(x)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function cost(input: ReportInput): string {
  const c = input.estimate?.cost;
  if (!c) return missing(input.estimateMissing ?? 'No cost estimate was passed to the report.');
  const byCategory = new Map<string, number>();
  for (const it of c.items) byCategory.set(it.category, (byCategory.get(it.category) ?? 0) + it.monthlyUsd);
  const rows = [...byCategory].map(([category, monthlyUsd]) => ({ category, monthlyUsd }));
  const parts = [
    `<p class="total">Total: <strong>${usd(c.monthlyUsd)}</strong> per month · ${usd(c.yearlyUsd)} per year (12 × monthly). Prices as of ${h(c.pricesAsOf)}.</p>`,
  ];
  if (rows.length) parts.push(`<figure class="chart">${costByCategoryChart(rows)}</figure>`);
  parts.push(
    c.items.length
      ? table(
          ['Category', 'Element', 'Item', 'Quantity', 'Unit price', 'Monthly', 'Source'],
          c.items.map((it) => [
            h(it.category),
            h(it.element),
            h(it.description),
            `${h(round2(it.quantity).toLocaleString('en-US'))} ${h(it.unit)}`,
            h(usd(it.unitPriceUsd)),
            h(usd(it.monthlyUsd)),
            h(it.source),
          ]),
          [false, false, false, true, true, true, false],
        )
      : missing('The estimate has no cost items: nothing in this design is priced.'),
  );
  return parts.join('\n');
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** Above this many regions the heatmap would be unreadable (and megabytes of SVG). */
const HEATMAP_MAX_REGIONS = 40;
/** Above this many region pairs, only the slowest are listed. */
const LATENCY_MAX_ROWS = 200;

function latency(input: ReportInput): string {
  const rows = input.estimate?.latency;
  const parts: string[] = [];
  if (rows && rows.length) {
    const ids = input.design.regions.map((r) => r.id).filter((id) => rows.some((l) => l.from === id || l.to === id));
    const index = new Map(ids.map((id, i) => [id, i]));
    const cells: { from: number; to: number; rttMs: number }[] = [];
    const seen = new Set<string>();
    for (const l of rows) {
      const a = index.get(l.from);
      const b = index.get(l.to);
      if (a === undefined || b === undefined) continue;
      for (const [x, y] of [[a, b], [b, a]] as const) {
        if (seen.has(`${x},${y}`)) continue;
        seen.add(`${x},${y}`);
        cells.push({ from: x, to: y, rttMs: l.rttMs });
      }
    }
    if (ids.length <= HEATMAP_MAX_REGIONS) parts.push(`<figure class="chart">${latencyHeatmapChart(ids, cells)}</figure>`);
    else parts.push(missing(`The heatmap is drawn for up to ${HEATMAP_MAX_REGIONS} regions; this design has ${ids.length}. The table lists the slowest pairs.`));
    // One row per unordered pair when both directions agree; the slowest first when there are many.
    const unique = new Map<string, (typeof rows)[number]>();
    const both = new Set<string>();
    for (const l of rows) {
      const backKey = `${l.to}\u0000${l.from}`;
      const back = unique.get(backKey);
      if (back && back.rttMs === l.rttMs) {
        both.add(backKey);
        continue;
      }
      unique.set(`${l.from}\u0000${l.to}`, l);
    }
    const pairs = [...unique.values()];
    const shown = pairs.length > LATENCY_MAX_ROWS ? [...pairs].sort((x, y) => y.rttMs - x.rttMs).slice(0, LATENCY_MAX_ROWS) : pairs;
    if (shown.length < pairs.length) parts.push(`<p>${pairs.length.toLocaleString('en-US')} region pairs; the ${LATENCY_MAX_ROWS} with the highest RTT are listed (<code>netstudio estimate --json</code> has them all).</p>`);
    parts.push(
      table(
        ['From', 'To (↔ both directions)', 'RTT', 'Fibre floor', 'Path', 'Basis'],
        shown.map((l) => {
          return [
            h(l.from),
            `${both.has(`${l.from}\u0000${l.to}`) ? '↔ ' : ''}${h(l.to)}`,
            h(`${round1(l.rttMs)} ms`),
            h(`${round1(l.floorMs)} ms`),
            h(l.path.join(' → ')),
            h(l.basis),
          ];
        }),
        [false, false, true, true, false, false],
      ),
    );
  } else {
    parts.push(missing(rows ? 'The estimate lists no region pairs (the design needs at least two connected regions).' : (input.estimateMissing ?? 'No latency estimate was passed to the report.')));
  }
  const estimated = input.estimate?.circuits ?? [];
  if (estimated.length) {
    parts.push('<h3>Circuits</h3>');
    parts.push(
      table(
        ['Circuit', 'RTT', 'Fibre floor', 'Queueing', 'Peak utilisation', 'Monthly', 'Basis', 'Source'],
        estimated.map((c) => [
          h(c.id),
          h(`${round1(c.rttMs)} ms`),
          h(`${round1(c.floorMs)} ms`),
          h(`${round1(c.queueMs)} ms`),
          h(`${round1(c.utilization * 100)} %`),
          h(usd(c.monthlyUsd)),
          h(c.basis),
          h(c.source),
        ]),
        [false, true, true, true, true, true, false, false],
      ),
    );
  } else if (input.simulation?.circuits.length) {
    parts.push('<h3>Circuit round-trip times used by the simulation</h3>');
    parts.push(
      table(
        ['Circuit', 'RTT', 'Basis'],
        input.simulation.circuits.map((c) => [
          h(c.id),
          h(`${round1(c.rttMs)} ms`),
          h(c.basis === 'measured' ? 'measured (latencyMs in the design)' : 'estimated (fibre floor × route inflation + overheads, circuit-type catalog)'),
        ]),
        [false, true, false],
      ),
    );
  }
  return parts.join('\n');
}

function breakdown(b: SimulationResult['scenarios'][number]['services'][number]['rtoBreakdown']): string {
  const parts: [string, number][] = [
    ['detect', b.detectionSeconds],
    ['propagate', b.propagationSeconds],
    ['promote', b.promotionSeconds],
    ['warm up', b.warmUpSeconds],
    ['wait for dependency', b.dependencyWaitSeconds],
  ];
  return parts
    .filter(([, v]) => v > 0)
    .map(([k, v]) => `${k} ${round1(v)} s`)
    .join(' + ');
}

function objectivesFor(design: Design, serviceId: string) {
  return design.services.find((s) => s.id === serviceId)?.objectives;
}

function objectives(input: ReportInput): string {
  const sim = input.simulation;
  if (!sim) return missing(input.simulationMissing ?? 'No simulation was passed to the report.');
  if (!sim.scenarios.length) return missing('No scenarios in this design: add failure drills under `scenarios` to see RTO and RPO per service.');
  return sim.scenarios
    .map((sc) => {
      const rows = sc.services.map((s) => {
        const o = objectivesFor(input.design, s.service);
        return [
          h(s.service),
          s.available ? verdict(true, 'available') : verdict(false, 'unavailable'),
          `${h(secs(s.rtoSeconds))}${o?.rtoSeconds !== undefined ? ` <span class="target">target ${h(secs(o.rtoSeconds))}</span> ${verdict(s.meetsRto)}` : ' <span class="target">no RTO objective</span>'}`,
          h(breakdown(s.rtoBreakdown) || (s.affected ? '—' : 'not affected')),
          `${h(s.rpoSeconds === null ? '∞ (unbounded loss)' : `${round1(s.rpoSeconds)} s`)}${o?.rpoSeconds !== undefined ? ` <span class="target">target ${h(`${o.rpoSeconds} s`)}</span> ${verdict(s.meetsRpo)}` : ' <span class="target">no RPO objective</span>'}`,
          s.latencyP95Ms === null ? '' : `${h(`${round1(s.latencyP95Ms)} ms`)}${o?.latencyP95Ms !== undefined ? ` ${verdict(s.meetsLatency)}` : ''}`,
          h(s.notes.join(' ')),
        ];
      });
      return `<h3>${h(sc.name)} <span class="id">(${h(sc.id)})</span> — ${verdict(sc.ok, sc.ok ? 'all objectives met' : 'objectives fail')}</h3>
<p class="failed">Failed: ${h(sc.failed.join(', ') || 'nothing (degradations only)')}${sc.degradations.length ? ` · degraded: ${h(sc.degradations.map((d) => (d as { circuit?: string }).circuit ?? '').filter(Boolean).join(', '))}` : ''}</p>
${table(['Service', 'Available', 'RTO', 'RTO breakdown', 'RPO', 'User p95 RTT', 'Why'], rows)}`;
    })
    .join('\n');
}

function sweep(input: ReportInput): string {
  const sim = input.simulation;
  if (!sim) return missing(input.simulationMissing ?? 'No simulation was passed to the report.');
  if (!sim.sweep) return missing('No failure sweep was run for this report.');
  const s = sim.sweep;
  if (!s.worst.length) return missing('The sweep found no services to evaluate (the design has no services).');
  return `<p>${s.kind === 'n1' ? 'Every single' : 'Every pair of'} region and circuit failure: ${s.scenarioCount.toLocaleString('en-US')} scenarios; the worst case per service.</p>
${table(
  ['Service', 'Worst RTO', 'Caused by', 'Worst RPO', 'Caused by', 'Verdict', 'Failing scenarios', 'Unavailable in'],
  s.worst.map((w) => [
    h(w.service),
    h(secs(w.rtoSeconds)),
    h(w.scenario),
    h(w.rpoSeconds === null ? '∞ (unbounded loss)' : `${round1(w.rpoSeconds)} s`),
    h(w.rpoScenario),
    `RTO ${verdict(w.meetsRto)} · RPO ${verdict(w.meetsRpo)}`,
    h(w.failingScenarios),
    h(w.unavailableScenarios),
  ]),
  [false, true, false, true, false, false, true, true],
)}`;
}

function availability(input: ReportInput): string {
  const sim = input.simulation;
  if (!sim) return missing(input.simulationMissing ?? 'No simulation was passed to the report.');
  const mc = sim.monteCarlo;
  if (!mc) return missing('No Monte Carlo run was made for this report.');
  if (!mc.services.length) return missing('The design has no services to simulate.');
  return `<p>${mc.years.toLocaleString('en-US')} simulated years, seed ${mc.seed}, ${mc.events.toLocaleString('en-US')} failure and repair events. ${h(mc.basis)}</p>
<figure class="chart">${downtimeChart(mc.services.map((s) => ({ service: s.service, downtimeMinutesPerYear: s.downtimeMinutesPerYear })))}</figure>
${table(
  ['Service', 'Availability', '95 % confidence interval', 'Target', 'Verdict', 'Years meeting target', 'Downtime / year', 'Outages / year', 'Closed form'],
  mc.services.map((s) => [
    h(s.service),
    h(pct(s.availability)),
    h(`${pct(s.confidence95[0])} – ${pct(s.confidence95[1])}`),
    h(s.targetPercent === null ? 'none' : `${s.targetPercent} %`),
    s.targetPercent === null ? 'no objective' : verdict(s.meetsAvailability),
    h(s.pMeetsTarget === null ? '' : `${round1(s.pMeetsTarget * 100)} %`),
    h(`${round1(s.downtimeMinutesPerYear)} min`),
    h(round2(s.outagesPerYear)),
    `${h(pct(s.closedForm.availability))} <span class="target">${h(s.closedForm.model)}: ${h(s.closedForm.basis)}</span>`,
  ]),
  [false, true, true, true, false, true, true, true, false],
)}`;
}

function findings(input: ReportInput): string {
  const f = input.findings;
  if (!f) return missing(input.findingsMissing ?? 'The design rules were not run for this report.');
  if (!f.length) return '<p>The design rules found nothing to report.</p>';
  const order = { error: 0, warning: 1, info: 2 } as const;
  return table(
    ['Severity', 'Rule', 'Finding', 'Elements', 'Hint'],
    [...f]
      .sort((a, b) => order[a.severity] - order[b.severity])
      .map((x) => [`<span class="sev-${x.severity}">${h(x.severity)}</span>`, h(x.rule), h(x.message), h(x.elements.join(', ')), h(x.hint ?? '')]),
  );
}

function comments(input: ReportInput): string {
  const all = input.design.review?.comments ?? [];
  const open = all.filter((c) => !c.resolved);
  if (!all.length) return missing('No review comments in this design (the `review.comments` section is empty).');
  if (!open.length) return `<p>All ${all.length} review comment(s) are resolved.</p>`;
  return `<p>${open.length} open of ${all.length} comment(s).</p>
${table(
  ['On', 'Author', 'When', 'Comment'],
  open.map((c) => [h(c.element ?? 'the whole design'), h(c.author), h(c.at), h(c.text).replace(/\n/g, '<br>')]),
)}`;
}

function provenance(input: ReportInput): string {
  const rows: [string, string][] = [
    ['Design', input.sourceName ?? input.design.name],
    ['Design SHA-256', input.designSha256],
    ['Generated', input.generatedAt],
    ['Generator', input.generator ?? 'NetStudio'],
    ['Prices as of', input.estimate?.cost?.pricesAsOf ?? input.pricesAsOf ?? 'not recorded (no cost estimate)'],
  ];
  const sources = new Map<string, number>();
  for (const it of input.estimate?.cost?.items ?? []) {
    if (it.source) sources.set(it.source, (sources.get(it.source) ?? 0) + 1);
  }
  const parts = [`<table class="kv"><tbody>${rows.map(([k, v]) => `<tr><th>${h(k)}</th><td><code>${h(v)}</code></td></tr>`).join('')}</tbody></table>`];
  if (sources.size) {
    parts.push('<h3>Price sources</h3>');
    parts.push(`<ul>${[...sources].map(([s, n]) => `<li>${h(s)} — ${n} item(s)</li>`).join('')}</ul>`);
  }
  parts.push('<p class="note">Numbers in this report come from the NetStudio engine run on the design file with the hash above; rerun <code>netstudio export FILE --format report-html</code> to reproduce it.</p>');
  return parts.join('\n');
}

const CSS = `
*{box-sizing:border-box}
body{font-family:"DejaVu Sans",Verdana,Arial,sans-serif;color:#1b2631;margin:0 auto;max-width:1180px;padding:24px 32px;line-height:1.45;font-size:14px}
header h1{margin:0 0 4px;font-size:26px}
header .meta{color:#566573;font-size:12px}
nav ol{columns:2;font-size:13px;padding-left:20px}
section{margin:28px 0;padding-top:8px;border-top:2px solid #e5e8eb}
h2{font-size:20px;margin:8px 0 12px}
h3{font-size:15px;margin:18px 0 6px}
table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:12px}
th,td{border:1px solid #d5dbe1;padding:4px 6px;text-align:left;vertical-align:top;overflow-wrap:break-word}
p,li{overflow-wrap:anywhere}
th{background:#f4f6f7}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td:first-child{white-space:nowrap}
td.wrap{overflow-wrap:anywhere;min-width:90px}
table.kv th{width:180px}
.missing{background:#fef9e7;border-left:4px solid #f4d03f;padding:8px 12px;color:#6e5a00}
.ok{color:#1e8449;font-weight:bold}
.bad{color:#b03a2e;font-weight:bold}
.target,.id{color:#7b8a97;font-size:11px}
.sev-error{color:#b03a2e;font-weight:bold}.sev-warning{color:#b9770e;font-weight:bold}.sev-info{color:#2e86c1}
.assumptions{background:#f8f9f9;border:1px solid #e5e8eb;padding:8px 12px}
figure{margin:8px 0}
figure.diagram svg{max-width:100%;height:auto;border:1px solid #e5e8eb}
figure.chart svg{max-width:100%;height:auto}
code{font-size:12px;word-break:break-all}
.note{color:#566573;font-size:12px}
@page{size:A4;margin:14mm}
@media print{body{max-width:none;padding:0;font-size:11px}section{break-inside:auto}table,figure,h3{break-inside:avoid}h2,h3{break-after:avoid}nav{display:none}}
`;

/**
 * Builds the review report as one HTML document. Same input, same bytes (charts are
 * rendered without animation; ids are stable within a process run).
 */
export function buildReportHtml(input: ReportInput): string {
  const d = input.design;
  const ids = ['summary', 'diagram', 'cost', 'latency', 'objectives', 'n-1', 'availability', 'findings', 'comments', 'provenance'];
  const bodies = [
    summary(input),
    `<figure class="diagram">${input.diagramSvg.replace(/^<\?xml[^>]*>\s*/, '')}</figure>` +
      (input.mapSvg ? `\n<h3>On the map</h3>\n<figure class="diagram map">${input.mapSvg.replace(/^<\?xml[^>]*>\s*/, '')}</figure>` : ''),
    cost(input),
    latency(input),
    objectives(input),
    sweep(input),
    availability(input),
    findings(input),
    comments(input),
    provenance(input),
  ];
  const sections = REPORT_SECTIONS.map((title, i) => section(ids[i]!, title, bodies[i]!)).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${h(input.generator ?? 'NetStudio')}">
<meta name="design-sha256" content="${h(input.designSha256)}">
<title>${h(d.name)} — design review</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${h(d.name)}</h1>
<div class="meta">Design review · ${h(input.sourceName ?? '')} · generated ${h(input.generatedAt)} · SHA-256 <code>${h(input.designSha256.slice(0, 16))}…</code></div>
</header>
<nav><ol>${REPORT_SECTIONS.map((t, i) => `<li><a href="#${ids[i]}">${h(t)}</a></li>`).join('')}</ol></nav>
${sections}
</body>
</html>
`;
}
