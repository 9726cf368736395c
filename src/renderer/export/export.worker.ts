/**
 * The export worker: generates export files (Terraform, Ansible, diagrams, the review report)
 * and the engine results a design diff needs, off the UI thread. The engines come from
 * src/core through the same loaders as the analysis worker; an engine that fails is named
 * in the result (with its message) rather than failing the export.
 */
import * as Comlink from 'comlink';
import type { Design } from '../../core/model/index.ts';
import type { DiagramOptions, CircuitRtt } from '../../core/diagram/index.ts';
import type { DesignDiff, DiffSide } from '../../core/diff/index.ts';
import type { Finding } from '../../core/rules/index.ts';
import type { Estimate, SimulationResult } from '../worker/engineTypes.ts';
import { loadCatalog, loadCatalogModule, loadEstimate, loadRules, loadSimulate } from '../worker/engines.ts';
import type { ExportFormatId, GenerateRequest, GenerateResult } from './formats.ts';

/** Monte Carlo length and seed of the report, as the CLI's `REPORT_MONTE_CARLO` (stated in the report). */
const REPORT_MONTE_CARLO = { years: 2000, seed: 1 } as const;

function message(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const line = text.split('\n')[0] ?? '';
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

interface Analysis {
  locations: Record<string, { lat: number; lon: number }>;
  circuitRtt: Record<string, CircuitRtt>;
  estimate?: Estimate;
  simulation?: SimulationResult;
  findings?: Finding[];
  pricesAsOf?: string;
  /** Engine → why its results are missing. */
  missing: Record<string, string>;
}

function shortBasis(basis: string | undefined, design: Design, id: string): string {
  if (design.circuits.find((c) => c.id === id)?.latencyMs !== undefined) return 'measured';
  if (basis === 'measured' || basis === 'published' || basis === 'estimated') return basis;
  return basis && /published/i.test(basis) ? 'published' : 'estimated';
}

/** Locations, RTTs and (with `full`) the estimate, a simulation with the N-1 sweep and Monte Carlo, and the rules. */
async function analyse(design: Design, depth: 'diagram' | 'diff' | 'report'): Promise<Analysis> {
  const out: Analysis = { locations: {}, circuitRtt: {}, missing: {} };
  const catalog = await loadCatalog().catch((e) => {
    out.missing.catalog = `the region and price catalog could not be loaded: ${message(e)}`;
    return undefined;
  });
  if (catalog) {
    out.pricesAsOf = catalog.pricesAsOf;
    const mod = await loadCatalogModule();
    for (const r of design.regions) {
      const loc = mod.resolveRegionLocation(r, catalog);
      if (!('error' in loc)) out.locations[r.id] = { lat: loc.lat, lon: loc.lon };
      else if (r.location) out.locations[r.id] = { lat: r.location.lat, lon: r.location.lon };
    }
    try {
      out.estimate = (await loadEstimate()).estimateDesign(design, catalog, {});
      for (const c of out.estimate.circuits) out.circuitRtt[c.id] = { rttMs: c.rttMs, basis: shortBasis(c.basis, design, c.id) };
    } catch (e) {
      out.missing.estimate = `the estimate failed: ${message(e)}`;
    }
    if (depth !== 'diagram') {
      try {
        out.simulation = (await loadSimulate()).simulateDesign(
          design,
          catalog,
          depth === 'report' ? { scenarios: 'design', sweep: 'n1', monteCarloYears: REPORT_MONTE_CARLO.years, seed: REPORT_MONTE_CARLO.seed } : { scenarios: 'design', sweep: 'n1' },
        );
      } catch (e) {
        out.missing.simulate = `the simulation failed: ${message(e)}`;
      }
    }
  } else {
    out.missing.estimate = 'it needs the catalog';
    out.missing.simulate = 'it needs the catalog';
  }
  if (depth !== 'diagram') {
    try {
      out.findings = (await loadRules()).lintDesign(design, catalog ? { catalog } : {});
    } catch (e) {
      out.missing.rules = `the design rules failed: ${message(e)}`;
    }
  }
  return out;
}

let basemap: Promise<DiagramOptions['basemap']> | undefined;
/** Natural Earth 1:110m land (world-atlas) as GeoJSON, for the map layout. */
function loadBasemap(): Promise<DiagramOptions['basemap']> {
  basemap ??= Promise.all([import('world-atlas/land-110m.json'), import('topojson-client')]).then(([atlas, topo]) => {
    const data = (atlas as { default?: unknown }).default ?? atlas;
    const t = data as Parameters<typeof topo.feature>[0] & { objects: { land: Parameters<typeof topo.feature>[1] } };
    return topo.feature(t, t.objects.land) as DiagramOptions['basemap'];
  });
  return basemap;
}

async function diagramOptions(design: Design, layout: 'schematic' | 'map', a: Analysis): Promise<DiagramOptions> {
  return { layout, locations: a.locations, circuitRtt: a.circuitRtt, ...(layout === 'map' ? { basemap: await loadBasemap() } : {}) };
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const NOTHING: Record<'terraform' | 'ansible', string> = {
  terraform: 'Terraform describes the cloud regions (AWS, Azure, GCP) and the circuits between them, and this design has none, so there is nothing to write.',
  ansible: 'The Ansible playbooks configure the on-prem sites (data centre, colo, office and edge PoP regions), and this design has none, so there is nothing to write.',
};

async function generate(req: GenerateRequest): Promise<GenerateResult> {
  const started = performance.now();
  const { design, format, layout, baseName } = req;
  const notes: string[] = [];
  const done = (files: Record<string, string>): GenerateResult => ({ ok: true, files, notes, durationMs: performance.now() - started });
  try {
    switch (format as ExportFormatId) {
      case 'terraform':
      case 'ansible': {
        const { exportDesign } = await import('../../core/export/index.ts');
        const files = exportDesign(design, format as 'terraform' | 'ansible');
        if (Object.keys(files).length === 0) return { ok: false, message: NOTHING[format as 'terraform' | 'ansible'] };
        return done(files);
      }
      case 'svg':
      case 'drawio': {
        const a = await analyse(design, 'diagram');
        if (a.missing.estimate) notes.push(`Circuit labels show only measured latencies: ${a.missing.catalog ?? a.missing.estimate}.`);
        const diagram = await import('../../core/diagram/index.ts');
        const opts = await diagramOptions(design, layout, a);
        return done(format === 'svg' ? { [`${baseName}.svg`]: diagram.designToSvg(design, opts) } : { [`${baseName}.drawio`]: diagram.designToDrawio(design, opts) });
      }
      case 'mermaid': {
        const a = await analyse(design, 'diagram');
        if (a.missing.estimate) notes.push(`Circuit labels show only measured latencies: ${a.missing.catalog ?? a.missing.estimate}.`);
        const { designToMermaid } = await import('../../core/diagram/index.ts');
        return done({ [`${baseName}.mmd`]: designToMermaid(design, { circuitRtt: a.circuitRtt }) });
      }
      case 'report-html': {
        const a = await analyse(design, 'report');
        const diagram = await import('../../core/diagram/index.ts');
        const { buildReportHtml } = await import('../../core/report/index.ts');
        const diagramSvg = diagram.designToSvg(design, await diagramOptions(design, layout, a));
        const mapSvg = layout === 'schematic' && Object.keys(a.locations).length > 0 ? diagram.designToSvg(design, await diagramOptions(design, 'map', a)) : undefined;
        const html = buildReportHtml({
          design,
          diagramSvg,
          ...(mapSvg ? { mapSvg } : {}),
          ...(a.estimate ? { estimate: a.estimate } : { estimateMissing: `Cost and latency are not shown: ${a.missing.estimate ?? a.missing.catalog}.` }),
          ...(a.simulation ? { simulation: a.simulation } : { simulationMissing: `Objectives are not shown: ${a.missing.simulate ?? a.missing.catalog}.` }),
          ...(a.findings ? { findings: a.findings } : { findingsMissing: a.missing.rules ?? 'the design rules did not run' }),
          ...(a.pricesAsOf ? { pricesAsOf: a.pricesAsOf } : {}),
          generatedAt: req.generatedAt,
          designSha256: await sha256Hex(req.yamlText),
          sourceName: req.sourceName,
          generator: 'NetStudio app',
        });
        return done({ [`${baseName}-review.html`]: html });
      }
    }
    return { ok: false, message: `unknown export format ${format}` };
  } catch (e) {
    return { ok: false, message: `The ${format} export failed: ${message(e)}` };
  }
}

async function diffSide(design: Design): Promise<{ side: DiffSide; missing: Record<string, string> }> {
  const a = await analyse(design, 'diff');
  return {
    side: {
      design,
      ...(a.estimate ? { estimate: a.estimate } : {}),
      ...(a.simulation ? { simulation: a.simulation } : {}),
      ...(a.findings ? { findings: a.findings } : {}),
    },
    missing: a.missing,
  };
}

const api = {
  generate,
  /** The semantic diff from `before` to `after`, with cost, latency, objective and finding deltas. */
  async diff(before: Design, after: Design): Promise<DesignDiff> {
    const [a, b] = await Promise.all([diffSide(before), diffSide(after)]);
    const { diffDesigns } = await import('../../core/diff/index.ts');
    return diffDesigns(a.side, b.side);
  },
};

export type ExportApi = typeof api;

Comlink.expose(api);
