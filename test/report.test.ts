// The review report: one self-contained HTML file that Chromium shows with every section,
// numbers only from the engines (missing data is said, never faked), and a PDF export.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from '@playwright/test';
import fc from 'fast-check';
import { parseDesign, type Design } from '../src/core/model/index.ts';
import { buildReportHtml, REPORT_SECTIONS, type ReportEstimate } from '../src/core/report/index.ts';
import { designToSvg } from '../src/core/diagram/index.ts';
import { getCatalog } from '../src/core/catalog/index.ts';
import { simulateDesign } from '../src/core/simulate/index.ts';
import { exportVisual, VisualExportError } from '../src/cli/export-visual.ts';

const root = new URL('..', import.meta.url).pathname;
const samples = readdirSync(join(root, 'samples'))
  .filter((f) => f.endsWith('.netstudio.yaml'))
  .map((f) => {
    const file = join(root, 'samples', f);
    return { name: f, file, design: parseDesign(readFileSync(file, 'utf8')).design! };
  });
const tmp = mkdtempSync(join(tmpdir(), 'netstudio-report-'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const dual = samples.find((s) => s.name.startsWith('dual-region'))!;

/** A hand-made estimate in the shape estimateDesign returns (test data, not engine output). */
const ESTIMATE: ReportEstimate = {
  latency: [
    { from: 'aws-use1', to: 'aws-euw1', rttMs: 68.2, floorMs: 53.1, basis: 'published', path: ['aws-use1', 'aws-euw1'], circuits: ['peer-use1-euw1'] },
    { from: 'fra-dc', to: 'aws-euw1', rttMs: 24, floorMs: 10.9, basis: 'measured', path: ['fra-dc', 'aws-euw1'], circuits: ['vpn-fra-euw1'] },
  ],
  circuits: [
    {
      id: 'peer-use1-euw1',
      rttMs: 68.2,
      floorMs: 53.1,
      basis: 'published',
      source: 'published median (test)',
      queueMs: 0,
      mbps: 200,
      forwardMbps: 200,
      reverseMbps: 40,
      averageMbps: 120,
      bandwidthMbps: 5000,
      utilization: 0.04,
      monthlyUsd: 73,
    },
  ],
  cost: {
    monthlyUsd: 1250.5,
    yearlyUsd: 15006,
    pricesAsOf: '2026-09-30',
    items: [
      { category: 'gateway', element: 'peer-use1-euw1', description: 'TGW attachment', quantity: 1460, unit: 'hour', unitPriceUsd: 0.05, monthlyUsd: 73, source: 'AWS pricing page (2026-09-01)' },
      { category: 'egress', element: 'web', description: 'internet egress', quantity: 5000, unit: 'GB', unitPriceUsd: 0.09, monthlyUsd: 450, source: 'AWS pricing page (2026-09-30)' },
      { category: 'circuit', element: 'vpn-fra-euw1', description: 'VPN connection', quantity: 730, unit: 'hour', unitPriceUsd: 0.05, monthlyUsd: 36.5, source: 'design' },
      { category: 'port', element: 'web', description: 'placements', quantity: 2, unit: 'placement', unitPriceUsd: 345.5, monthlyUsd: 691, source: 'design' },
    ],
    byCategory: { gateway: 73, egress: 450, circuit: 36.5, port: 691 },
    byRegion: {},
    byCircuit: { 'peer-use1-euw1': 73, 'vpn-fra-euw1': 36.5 },
    byService: { web: 1141 },
    overridesUsed: [],
    volumeBasis: 'test data',
  },
};

function reportFor(design: Design, extra: Partial<Parameters<typeof buildReportHtml>[0]> = {}): string {
  return buildReportHtml({
    design,
    diagramSvg: designToSvg(design),
    generatedAt: '2026-11-26T12:00:00.000Z',
    designSha256: 'ab'.repeat(32),
    sourceName: 'test.netstudio.yaml',
    ...extra,
  });
}

describe('report HTML', () => {
  it('is self-contained: no script, no external URL, one inline SVG diagram', () => {
    const sim = simulateDesign(dual.design, getCatalog(), { sweep: 'n1', monteCarloYears: 200, seed: 3 });
    const html = reportFor(dual.design, { estimate: ESTIMATE, simulation: sim, findings: [] });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)\s*=\s*"(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*['"]?https?:/i);
    expect(html).not.toMatch(/<link /i);
    expect(html).toContain('data-region="aws-use1"');
    for (const title of REPORT_SECTIONS) expect(html).toContain(`<h2>${title.replace(/&/g, '&amp;')}</h2>`);
  });

  it('gives the same bytes for the same input', () => {
    const sim = simulateDesign(dual.design, getCatalog(), { sweep: 'n1', monteCarloYears: 100, seed: 5 });
    const first = reportFor(dual.design, { estimate: ESTIMATE, simulation: sim, findings: [] });
    expect(reportFor(dual.design, { estimate: ESTIMATE, simulation: sim, findings: [] })).toBe(first);
  });

  it('shows the cost total, each category and the price date from the estimate', () => {
    const html = reportFor(dual.design, { estimate: ESTIMATE });
    expect(html).toContain('$1,250.50</strong> per month');
    expect(html).toContain('$15,006.00 per year (12 × monthly)');
    expect(html).toContain('Prices as of 2026-09-30');
    expect(html).toContain('AWS pricing page (2026-09-30)');
    // The chart is ECharts SVG with the categories as axis labels.
    const chart = html.match(/<figure class="chart"><svg[^>]*>[\s\S]*?<\/svg><\/figure>/)![0];
    for (const category of ['gateway', 'egress', 'circuit', 'port']) expect(chart).toContain(`>${category}</text>`);
  });

  it('says what is missing and why instead of inventing numbers', () => {
    const html = reportFor({ ...dual.design, scenarios: [], assumptions: undefined }, {
      estimateMissing: 'the estimate engine is not part of this build',
      simulation: simulateDesign({ ...dual.design, scenarios: [] }, getCatalog(), {}),
    });
    expect(html).toContain('the estimate engine is not part of this build');
    expect(html).toContain('No scenarios in this design');
    expect(html).toContain('No failure sweep was run');
    expect(html).toContain('No Monte Carlo run was made');
    expect(html).toContain('The design states no assumptions');
    expect(html).toContain('The design rules were not run');
    expect(html).not.toMatch(/\$\d/);
  });

  it('keeps a large design readable: no heatmap beyond 40 regions, the 200 slowest pairs', () => {
    const regions = Array.from({ length: 45 }, (_, i) => ({ id: `r${i}`, name: `Region ${i}`, kind: 'office' as const, provider: 'onprem' as const }));
    const latency = regions.flatMap((a, i) => regions.filter((_, j) => j !== i).map((b, j) => ({ from: a.id, to: b.id, rttMs: 10 + i + j, floorMs: 5, basis: 'estimated' as const, path: [a.id, b.id], circuits: [] })));
    const html = reportFor({ ...dual.design, regions, circuits: [], services: [] }, { estimate: { latency } });
    expect(html).toContain('The heatmap is drawn for up to 40 regions; this design has 45.');
    expect(html).toContain('1,980 region pairs; the 200 with the highest RTT are listed');
    const section = html.slice(html.indexOf('<section id="latency">'), html.indexOf('<section id="objectives">'));
    expect(section.match(/<tr><td/g)).toHaveLength(200);
  });

  it('lists open review comments and escapes their text', () => {
    const design: Design = {
      ...dual.design,
      review: {
        comments: [
          { id: 'c1', element: 'web', author: 'Ana <ops>', at: '2026-11-01T09:00:00Z', text: 'Why <script>alert(1)</script> & not anycast?' },
          { id: 'c2', author: 'Bo', at: '2026-11-02', text: 'resolved one', resolved: true },
        ],
      },
    };
    const html = reportFor(design);
    expect(html).toContain('1 open of 2 comment(s)');
    expect(html).toContain('Why &lt;script&gt;alert(1)&lt;/script&gt; &amp; not anycast?');
    expect(html).toContain('Ana &lt;ops&gt;');
    expect(html).not.toContain('resolved one');
  });
});

describe('hostile names in the report', () => {
  const parts = ['<script>alert(1)</script>', '</section>', '<!--', '-->', ']]>', '&', '&amp;', '"', "'", '<img src=x onerror=alert(1)>', '\n', '`'];
  const hostile = fc.array(fc.oneof(fc.constantFrom(...parts), fc.string({ minLength: 1, maxLength: 5 })), { minLength: 1, maxLength: 4 }).map((p) => p.join('')).filter((x) => x.trim().length > 0);

  it('never inject markup: the text is escaped and every section survives', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 5, maxLength: 5 }), (n) => {
        const design: Design = {
          schemaVersion: 1,
          name: n[0]!,
          description: n[1]!,
          assumptions: n[2]!,
          regions: [{ id: 'r1', name: n[3]!, kind: 'office', provider: 'onprem' }],
          circuits: [],
          services: [{ id: 's1', name: n[4]!, kind: 'web', placements: ['r1'] }],
          review: { comments: [{ id: 'c1', author: n[1]!, at: '2026-01-01', text: n[2]! }] },
        };
        const html = reportFor(design, { findings: [{ rule: 'r', severity: 'warning', message: n[0]!, elements: ['s1'], hint: n[4]! }] });
        expect(html).not.toMatch(/<script|<img/i);
        expect(html.match(/<section id=/g)).toHaveLength(REPORT_SECTIONS.length);
        expect(html.match(/<\/section>/g)).toHaveLength(REPORT_SECTIONS.length);
      }),
      { numRuns: 60 },
    );
  });
});

describe('report in Chromium', () => {
  it.each(samples)('$name: the exported report shows every section', async ({ file, design }) => {
    const out = join(tmp, `${design.regions[0]!.id}-${samples.findIndex((s) => s.file === file)}.html`);
    await exportVisual(design, 'report-html', out, { file });
    const html = readFileSync(out, 'utf8');
    expect(html).toContain(createHash('sha256').update(readFileSync(file)).digest('hex'));
    const page = await browser.newPage();
    try {
      const requests: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url());
      });
      await page.goto(`file://${out}`);
      const headings = await page.locator('h2').allInnerTexts();
      expect(headings).toEqual([...REPORT_SECTIONS]);
      for (const title of REPORT_SECTIONS) await expect(page.getByRole('heading', { name: title, exact: true }).isVisible()).resolves.toBe(true);
      await expect(page.locator('#diagram svg').first().isVisible()).resolves.toBe(true);
      for (const r of design.regions) expect(await page.locator(`#diagram figure.diagram:not(.map) [data-region="${r.id}"]`).count()).toBe(1);
      // The map figure places every region the catalog or the design locates.
      expect(await page.locator('#diagram figure.map svg').count()).toBe(1);
      // The page fits its width: nothing forces a horizontal scroll.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(requests).toEqual([]);
    } finally {
      await page.close();
    }
  }, 180_000);
});

describe('report PDF', () => {
  it('is written by headless Chromium and starts with %PDF', async () => {
    const out = join(tmp, 'report.pdf');
    const { written } = await exportVisual(dual.design, 'report-pdf', out, { file: dual.file });
    expect(written).toEqual([out]);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
  });

  it('explains how to get Chromium when it is missing', async () => {
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = join(tmp, 'no-such-chromium');
    try {
      const err = await exportVisual(dual.design, 'report-pdf', join(tmp, 'never.pdf'), { file: dual.file }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(VisualExportError);
      expect((err as Error).message).toMatch(/needs Chromium.*CHROMIUM_PATH.*report-html works without it/);
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
  });
});
