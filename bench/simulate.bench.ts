/**
 * Simulation benchmarks (bench/README.md): N-1/N-2 failure sweeps with incremental tree
 * repair and Monte Carlo availability, against peers run in the same run on the same graphs:
 * a networkx and a python-igraph remove-and-recompute loop for N-1
 * (bench/peers/simulate_sweep_*.py) and a plain-Python event simulator of the same Monte
 * Carlo model (bench/peers/simulate_montecarlo.py).
 *
 * Graphs: samples/large-generated.netstudio.yaml (200 regions, 600 circuits, 100 services)
 * and generateLargeDesign({ regions: 1000, circuits: 3000, services: 300, seed: 7 }), the
 * same as the estimate benchmarks. Wall time (`ms`) and process CPU time (`cpuMs`) are both
 * given: on a shared machine the wall time grows with other work, the CPU time much less.
 *
 * Run: `npm run bench -- --filter sweep`, or `node bin/tsnode.mjs bench/simulate.bench.ts [--json]`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getCatalog } from '../src/core/catalog/index.ts';
import { parseDesign, type Design } from '../src/core/model/index.ts';
import { buildSimModel, simulateAvailability, sweepFailures, type SimModel } from '../src/core/simulate/index.ts';
import { generateLargeDesign } from '../scripts/generate-large.ts';
import type { Bench, BenchContext, BenchResult } from './types.ts';

/** Services kept for the Monte Carlo figure: the sample's first ones (connectivity-based: users in many regions). */
export const MC_SERVICES = 4;
/** Simulated years per timed Monte Carlo run, and for the Python reference. */
export const MC_YEARS = 2000;
export const MC_PYTHON_YEARS = 100;

const peersDir = () => join(process.cwd(), 'bench', 'peers');

let sample: Design | undefined;
function largeSample(): Design {
  if (!sample) {
    const parsed = parseDesign(readFileSync(join(process.cwd(), 'samples', 'large-generated.netstudio.yaml'), 'utf8'));
    if (!parsed.design) throw new Error(`samples/large-generated.netstudio.yaml: ${parsed.problems[0]?.message}`);
    sample = parsed.design;
  }
  return sample;
}

/** The sample's network with only its first `count` services (dependencies among them kept). */
export function withFirstServices(design: Design, count: number): Design {
  const kept = design.services.slice(0, count);
  const ids = new Set(kept.map((s) => s.id));
  return {
    ...design,
    services: kept.map((s) => ({ ...s, dependsOn: s.dependsOn?.filter((d) => ids.has(d)) })),
    scenarios: [],
  };
}

/** The model as plain JSON for the Python peers: the same graph, rates and services. */
export function exportModel(model: SimModel): string {
  const g = model.graph;
  return JSON.stringify({
    nodes: g.nodeIds,
    transit: [...g.nodeTransit],
    edges: Array.from({ length: g.edgeCount }, (_, e) => [g.edgeFrom[e], g.edgeTo[e], g.edgeWeight[e]]),
    regionMtbf: [...model.regionMtbfHours],
    regionMttr: [...model.regionMttrHours],
    circuitMtbf: [...model.circuitMtbfHours],
    circuitMttr: [...model.circuitMttrHours],
    internetFacing: model.regions.map((r) => r.kind === 'cloud-region' || r.kind === 'edge-pop'),
    roots: model.roots,
    services: model.services.map((s) => ({
      id: s.id,
      topology: s.topology,
      placements: s.placements,
      primary: s.placements.indexOf(s.primary),
      users: s.userNodes,
      steering: s.publicSteering,
      usersAreDefault: s.usersAreDefault,
      instMtbf: s.instanceMtbfHours.value,
      instMttr: s.instanceMttrHours.value,
      failoverHours: (s.rto.healthCheckIntervalSeconds.value * s.rto.failureThreshold.value + s.rto.propagationSeconds.value) / 3600,
      promotedExtraHours: (s.rto.promotionSeconds.value + s.rto.warmUpSeconds.value) / 3600,
    })),
  });
}

function python(ctx: BenchContext, script: string, args: string[]): Record<string, number> | { error: string } {
  try {
    const out = execFileSync(ctx.python, [join(peersDir(), script), ...args], { encoding: 'utf8', maxBuffer: 1 << 26, timeout: 900_000 });
    return JSON.parse(out.trim().split('\n').pop()!);
  } catch (err) {
    return { error: String((err as Error).message).split('\n')[0]! };
  }
}

/** Best of `runs` timed runs: wall ms and the CPU ms of that run. */
function timeBest(runs: number, fn: () => void): { ms: number; cpuMs: number } {
  let best = { ms: Infinity, cpuMs: Infinity };
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (ms < best.ms) best = { ms, cpuMs: (c.user + c.system) / 1000 };
  }
  return best;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

async function n1Small(ctx: BenchContext): Promise<BenchResult> {
  const model = buildSimModel(largeSample(), getCatalog());
  const file = join(ctx.tmpDir, 'sim-200-600.json');
  writeFileSync(file, exportModel(model));
  const warm = sweepFailures(model, 'n1'); // warm-up (JIT) and the cross-check figure
  const availableOutcomes = warm.worst.reduce((a, w) => a + warm.scenarioCount - w.unavailableScenarios, 0);
  const t = timeBest(7, () => sweepFailures(model, 'n1'));
  ctx.log(`n-1 sweep 200/600: ${t.ms.toFixed(1)} ms; running networkx and igraph`);
  const result: BenchResult = {
    name: 'n-1 sweep 200/600',
    ms: round(t.ms, 2),
    cpuMs: round(t.cpuMs, 2),
    scenarios: warm.scenarioCount,
    roots: model.roots.length,
    services: model.services.length,
  };
  for (const [peer, script] of [
    ['networkx', 'simulate_sweep_networkx.py'],
    ['igraph', 'simulate_sweep_igraph.py'],
  ] as const) {
    const r = python(ctx, script, [file]);
    const key = peer === 'networkx' ? 'Networkx' : 'Igraph';
    if ('error' in r) result[`${peer}Error`] = String(r.error);
    else {
      result[`${peer}Ms`] = round(r.ms!, 0);
      result[`vs${key}`] = round(r.ms! / t.ms, 1);
      // The peers use the engine's reachability rule without steering, so counts are for information.
      result[`${peer}AvailableOutcomes`] = r.availableOutcomes!;
    }
  }
  result.availableOutcomes = availableOutcomes;
  return result;
}

async function n2Small(ctx: BenchContext): Promise<BenchResult> {
  const model = buildSimModel(largeSample(), getCatalog());
  ctx.log('n-2 sweep 200/600: 319,600 pairs');
  const t = timeBest(1, () => sweepFailures(model, 'n2'));
  return { name: 'n-2 sweep 200/600', ms: round(t.ms, 0), cpuMs: round(t.cpuMs, 0), scenarios: ((800 * 799) / 2) | 0, roots: model.roots.length };
}

async function n1Large(ctx: BenchContext): Promise<BenchResult> {
  const model = buildSimModel(generateLargeDesign({ regions: 1000, circuits: 3000, services: 300, seed: 7 }), getCatalog());
  sweepFailures(model, 'n1');
  const t = timeBest(3, () => sweepFailures(model, 'n1'));
  ctx.log(`n-1 sweep 1000/3000: ${t.ms.toFixed(0)} ms`);
  return { name: 'n-1 sweep 1000/3000', ms: round(t.ms, 1), cpuMs: round(t.cpuMs, 1), scenarios: model.graph.nodeCount + model.graph.edgeCount, roots: model.roots.length };
}

async function monteCarlo(ctx: BenchContext): Promise<BenchResult> {
  const model = buildSimModel(withFirstServices(largeSample(), MC_SERVICES), getCatalog());
  const file = join(ctx.tmpDir, 'sim-200-600-mc.json');
  writeFileSync(file, exportModel(model));
  simulateAvailability(model, { years: 100, seed: 1 });
  let events = 0;
  const t = timeBest(3, () => {
    events = simulateAvailability(model, { years: MC_YEARS, seed: 1 }).events;
  });
  const yearsPerSecond = MC_YEARS / (t.ms / 1000);
  const cpuYearsPerSecond = MC_YEARS / (t.cpuMs / 1000);
  ctx.log(`monte-carlo 600: ${yearsPerSecond.toFixed(0)} years/s; running the Python reference`);
  const result: BenchResult = {
    name: 'monte-carlo 600',
    ms: round(t.ms, 1),
    cpuMs: round(t.cpuMs, 1),
    services: model.services.length,
    years: MC_YEARS,
    events,
    yearsPerSecond: round(yearsPerSecond, 0),
    cpuYearsPerSecond: round(cpuYearsPerSecond, 0),
  };
  const py = python(ctx, 'simulate_montecarlo.py', [file, String(MC_PYTHON_YEARS), '1']);
  if ('error' in py) result.pythonError = String(py.error);
  else {
    result.pythonYearsPerSecond = round(py.yearsPerSecond!, 1);
    result.vsPython = round(yearsPerSecond / py.yearsPerSecond!, 1);
    result.vsPythonCpu = round(cpuYearsPerSecond / (py.years! / py.cpuSeconds!), 1);
  }
  return result;
}

export const benches: Bench[] = [
  { name: 'n-1 sweep 200/600', run: n1Small },
  { name: 'n-2 sweep 200/600', run: n2Small },
  { name: 'n-1 sweep 1000/3000', run: n1Large },
  { name: 'monte-carlo 600', run: monteCarlo },
];

if (process.argv[1] && /simulate\.bench\.ts$/.test(process.argv[1])) {
  const json = process.argv.includes('--json');
  const ctx: BenchContext = {
    log: json ? () => {} : (l) => process.stderr.write(`${l}\n`),
    python: process.env.NETSTUDIO_BENCH_PYTHON ?? '/usr/bin/python3',
    tmpDir: mkdtempSync(join(tmpdir(), 'netstudio-bench-sim-')),
    json,
  };
  void (async () => {
    for (const b of benches) {
      const r = await b.run(ctx);
      process.stdout.write(json ? `${JSON.stringify(r)}\n` : `${Object.entries(r).map(([k, v]) => `${k}=${v}`).join('  ')}\n`);
    }
  })();
}
