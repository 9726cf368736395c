/**
 * The visual export formats of `netstudio export`: svg, png, drawio, mermaid, report-html
 * and report-pdf. The export command dispatches every format other than terraform/ansible
 * here. Layout, drawing and the report are built in src/core; this file gathers the
 * inputs (catalog locations, engine results, the design hash, the clock), rasterises PNG
 * with resvg, prints PDF with headless Chromium and writes files atomically.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { Design } from '../core/model/index.ts';
import { getCatalog, resolveRegionLocation, type Catalog } from '../core/catalog/index.ts';
import { simulateDesign, type SimulationResult } from '../core/simulate/index.ts';
import { estimateDesign } from '../core/estimate/index.ts';
import { lintDesign, type Finding } from '../core/rules/index.ts';
import { designToDrawio, designToMermaid, designToSvg, type CircuitRtt, type DiagramOptions } from '../core/diagram/index.ts';
import { buildReportHtml, type ReportEstimate } from '../core/report/index.ts';

// Heavy or native packages load on first use through require, so `netstudio validate` stays fast.
const nodeRequire = createRequire(import.meta.url);

export const VISUAL_FORMATS: readonly string[] = ['svg', 'png', 'drawio', 'mermaid', 'report-html', 'report-pdf'];

/** Seed and length of the Monte Carlo run in reports, stated in the report itself. */
export const REPORT_MONTE_CARLO = { years: 2000, seed: 1 } as const;

/** A failure the user can fix (exists, bad option, no Chromium): the message is for them; exit 2. */
export class VisualExportError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'VisualExportError';
  }
}

export interface VisualExportOptions {
  force?: boolean;
  /** The design file (hashed into the report, named in its header). */
  file: string;
  layout?: 'schematic' | 'map';
  scale?: number;
}

/** Engine results for the diagram and the report, each with the reason when missing. */
export interface DesignAnalysis {
  catalog?: Catalog;
  locations: Record<string, { lat: number; lon: number }>;
  circuitRtt: Record<string, CircuitRtt>;
  estimate?: ReportEstimate;
  estimateMissing?: string;
  simulation?: SimulationResult;
  simulationMissing?: string;
  findings?: Finding[];
  findingsMissing?: string;
  pricesAsOf?: string;
}

/** First line of an error message, at most 200 characters (some loaders put whole sources in messages). */
function firstLine(err: unknown): string {
  const text = (err as Error)?.message ?? String(err);
  const line = text.split('\n')[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/**
 * Runs what the visual formats need: region locations from the catalog, the estimate
 * (cost, latency, circuit RTTs), the simulation (design scenarios, N-1 sweep, Monte
 * Carlo with {@link REPORT_MONTE_CARLO}) and the design rules. `full: false` skips the
 * simulation and rules (diagrams need only locations and RTTs).
 */
export async function analyseDesign(design: Design, full: boolean): Promise<DesignAnalysis> {
  const out: DesignAnalysis = { locations: {}, circuitRtt: {} };
  let catalog: Catalog;
  try {
    catalog = getCatalog();
    out.catalog = catalog;
    out.pricesAsOf = catalog.pricesAsOf;
  } catch (err) {
    const why = `the catalog could not be loaded: ${firstLine(err)}`;
    return { ...out, estimateMissing: why, simulationMissing: why, findings: lintDesign(design) };
  }
  for (const r of design.regions) {
    const loc = resolveRegionLocation(r, catalog);
    if (!('error' in loc)) out.locations[r.id] = { lat: loc.lat, lon: loc.lon };
  }
  try {
    const estimate = estimateDesign(design, catalog);
    out.estimate = estimate;
    for (const c of estimate.circuits) out.circuitRtt[c.id] = { rttMs: c.rttMs, basis: shortBasis(c.basis, design, c.id) };
  } catch (err) {
    out.estimateMissing = `the estimate failed: ${firstLine(err)}`;
  }
  if (full || Object.keys(out.circuitRtt).length === 0) {
    try {
      const sim = simulateDesign(design, catalog, full ? { sweep: 'n1', monteCarloYears: REPORT_MONTE_CARLO.years, seed: REPORT_MONTE_CARLO.seed } : { scenarios: [] });
      if (full) out.simulation = sim;
      for (const c of sim.circuits) out.circuitRtt[c.id] ??= { rttMs: c.rttMs, basis: c.basis };
    } catch (err) {
      out.simulationMissing = `the simulation failed: ${firstLine(err)}`;
    }
  }
  if (full) {
    try {
      out.findings = lintDesign(design);
    } catch (err) {
      out.findingsMissing = `the design rules failed: ${firstLine(err)}`;
    }
  }
  return out;
}

/** The one-word basis a diagram label shows: measured, published or estimated. */
function shortBasis(basis: string | undefined, design: Design, id: string): string {
  if (design.circuits.find((c) => c.id === id)?.latencyMs !== undefined) return 'measured';
  if (basis === 'measured' || basis === 'published' || basis === 'estimated') return basis;
  return basis && /published/i.test(basis) ? 'published' : 'estimated';
}

let basemapMemo: unknown;
/** Land outline for the map layout: Natural Earth 1:110m land from world-atlas, as GeoJSON. */
async function loadBasemap(): Promise<DiagramOptions['basemap']> {
  if (basemapMemo) return basemapMemo as DiagramOptions['basemap'];
  const { feature } = nodeRequire('topojson-client') as typeof import('topojson-client');
  const topo = JSON.parse(await readFile(nodeRequire.resolve('world-atlas/land-110m.json'), 'utf8'));
  basemapMemo = feature(topo, topo.objects.land);
  return basemapMemo as DiagramOptions['basemap'];
}

/** Diagram options for a design: catalog locations, RTT labels and (map) the land outline. */
export async function diagramOptions(design: Design, layout: 'schematic' | 'map', analysis?: DesignAnalysis): Promise<DiagramOptions> {
  const a = analysis ?? (await analyseDesign(design, false));
  return { layout, locations: a.locations, circuitRtt: a.circuitRtt, ...(layout === 'map' ? { basemap: await loadBasemap() } : {}) };
}

/** Largest PNG written, in pixels (64 MP ≈ 256 MB of RGBA while rendering). */
export const MAX_PNG_PIXELS = 64_000_000;

/** Size of an SVG document from its root `width`/`height` attributes, px. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  return { width: Number(/\swidth="([\d.]+)"/.exec(root)?.[1] ?? 0), height: Number(/\sheight="([\d.]+)"/.exec(root)?.[1] ?? 0) };
}

/**
 * The zoom a PNG is rendered at: `scale`, reduced when the image would exceed
 * {@link MAX_PNG_PIXELS} (very large designs); `reduced` says whether it was.
 */
export function pngZoom(svg: string, scale: number): { zoom: number; reduced: boolean } {
  const { width, height } = svgSize(svg);
  const pixels = width * height * scale * scale;
  if (pixels <= MAX_PNG_PIXELS || pixels === 0) return { zoom: scale, reduced: false };
  return { zoom: Math.floor(Math.sqrt(MAX_PNG_PIXELS / (width * height)) * 1000) / 1000, reduced: true };
}

/**
 * Rasterises an SVG string to PNG at `scale` × its own size with DejaVu Sans as the
 * default font. A PNG that would exceed {@link MAX_PNG_PIXELS} is rendered smaller and a
 * note says so on stderr (the SVG export has no such limit).
 */
export async function svgToPng(svg: string, scale: number): Promise<Buffer> {
  const { Resvg } = nodeRequire('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const { zoom, reduced } = pngZoom(svg, scale);
  if (reduced) {
    const { width, height } = svgSize(svg);
    process.stderr.write(
      `netstudio export: note: the diagram is ${width}×${height} px; at ${scale}× the PNG would exceed ${MAX_PNG_PIXELS / 1e6} megapixels, so it is rendered at ${zoom}× (use --format svg for full size)\n`,
    );
  }
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Path of the Chromium binary the PDF export uses: `CHROMIUM_PATH`, else Debian's. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Prints an HTML document to an A4 PDF with headless Chromium; a clear error when Chromium is missing. */
export async function htmlToPdf(html: string): Promise<Buffer> {
  const exe = chromiumPath();
  try {
    await stat(exe);
  } catch {
    throw new VisualExportError(
      `report-pdf needs Chromium, and ${exe} does not exist. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH; report-html works without it.`,
    );
  }
  let chromium: typeof import('@playwright/test').chromium;
  try {
    ({ chromium } = nodeRequire('@playwright/test') as typeof import('@playwright/test'));
  } catch {
    throw new VisualExportError('report-pdf needs the @playwright/test package to drive Chromium; report-html works without it.');
  }
  const browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS }).catch((err: Error) => {
    throw new VisualExportError(`Chromium at ${exe} would not start: ${err.message.split('\n')[0]}`);
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '14mm', bottom: '14mm', left: '12mm', right: '12mm' } });
  } finally {
    await browser.close();
  }
}

/** SHA-256 of a file's bytes, hex. */
export async function fileSha256(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}

/** Builds the review report HTML for a design file (runs every engine). */
export async function buildReport(design: Design, file: string, layout: 'schematic' | 'map' = 'schematic', now: Date = new Date()): Promise<string> {
  const analysis = await analyseDesign(design, true);
  const diagramSvg = designToSvg(design, await diagramOptions(design, layout, analysis));
  // A schematic report also shows the map when at least one region has a known location.
  const mapSvg = layout === 'schematic' && Object.keys(analysis.locations).length > 0 ? designToSvg(design, await diagramOptions(design, 'map', analysis)) : undefined;
  return buildReportHtml({
    design,
    diagramSvg,
    ...(mapSvg ? { mapSvg } : {}),
    ...(analysis.estimate ? { estimate: analysis.estimate } : {}),
    ...(analysis.estimateMissing ? { estimateMissing: `Cost and latency are not shown: ${analysis.estimateMissing}.` } : {}),
    ...(analysis.simulation ? { simulation: analysis.simulation } : {}),
    ...(analysis.simulationMissing ? { simulationMissing: `Objectives are not shown: ${analysis.simulationMissing}.` } : {}),
    ...(analysis.findings ? { findings: analysis.findings } : {}),
    ...(analysis.findingsMissing ? { findingsMissing: analysis.findingsMissing } : {}),
    ...(analysis.pricesAsOf ? { pricesAsOf: analysis.pricesAsOf } : {}),
    generatedAt: now.toISOString(),
    designSha256: await fileSha256(file),
    sourceName: basename(file),
    generator: 'netstudio 0.1.0',
  });
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** `out.png` → `out@2x.png`: where the 2× PNG goes when both scales are written. */
export function retinaPath(outPath: string): string {
  const ext = extname(outPath);
  return join(dirname(outPath), `${basename(outPath, ext)}@2x${ext || '.png'}`);
}

/**
 * Writes one visual format of `design` to `outPath` and returns the files written.
 * PNG without `scale` writes 1× to `outPath` and 2× beside it (`name@2x.png`); with
 * `scale` 1 or 2 only that one. Refuses to overwrite an existing file unless `force`.
 * Throws {@link VisualExportError} (exit 2) for a bad format, option or missing Chromium.
 */
export async function exportVisual(
  design: Design,
  format: string,
  outPath: string,
  options: VisualExportOptions,
): Promise<{ written: string[] }> {
  if (!VISUAL_FORMATS.includes(format)) throw new VisualExportError(`unknown visual format "${format}" (one of ${VISUAL_FORMATS.join(', ')})`);
  const layout = options.layout ?? 'schematic';
  if (layout !== 'schematic' && layout !== 'map') throw new VisualExportError(`--layout must be schematic or map (got "${String(layout)}")`);
  if (options.scale !== undefined && options.scale !== 1 && options.scale !== 2) throw new VisualExportError(`--scale must be 1 or 2 (got "${String(options.scale)}")`);
  const targets = format === 'png' && options.scale === undefined ? [outPath, retinaPath(outPath)] : [outPath];
  if (!options.force) {
    for (const t of targets) {
      if (await exists(t)) throw new VisualExportError(`${t} already exists; pass --force to overwrite it`);
    }
  }
  const write = async (path: string, data: string | Buffer) => {
    await writeFileAtomic(path, data);
  };
  switch (format) {
    case 'svg':
      await write(outPath, designToSvg(design, await diagramOptions(design, layout)));
      break;
    case 'drawio':
      await write(outPath, designToDrawio(design, await diagramOptions(design, layout)));
      break;
    case 'mermaid': {
      const a = await analyseDesign(design, false);
      await write(outPath, designToMermaid(design, { circuitRtt: a.circuitRtt }));
      break;
    }
    case 'png': {
      const svg = designToSvg(design, await diagramOptions(design, layout));
      if (options.scale === undefined) {
        await write(targets[0]!, await svgToPng(svg, 1));
        await write(targets[1]!, await svgToPng(svg, 2));
      } else await write(outPath, await svgToPng(svg, options.scale));
      break;
    }
    case 'report-html':
      await write(outPath, await buildReport(design, options.file, layout));
      break;
    case 'report-pdf': {
      const html = await buildReport(design, options.file, layout);
      await write(outPath, await htmlToPdf(html));
      break;
    }
  }
  return { written: targets };
}

