/**
 * Simulation benchmarks: N-1/N-2 sweeps with incremental tree repair and Monte Carlo
 * availability, against peers run in the same process on the same graphs —
 * a networkx and a python-igraph remove-and-recompute loop (N-1), and a plain-Python
 * event simulator of the same Monte Carlo model (bench/peers/simulate_*.py).
 *
 * Run: `node bin/tsnode.mjs bench/simulate.bench.ts [--json]`, or through `npm run bench`.
 * A benchmark, not a test: it prints figures; tests assert correctness.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getCatalog } from '../src/core/catalog/index.ts';
import type { Design } from '../src/core/model/schema.ts';
import { buildSimModel, createRandom, simulateAvailability, sweepFailures, type SimModel } from '../src/core/simulate/index.ts';

const PYTHON = '/usr/bin/python3';
/** Services in the Monte Carlo benchmark model. */
const MC_SERVICES = 4;
// Run from the repository root (as `npm run bench` does).
const peers = join(process.cwd(), 'bench', 'peers');

/**
 * A seeded synthetic network of `regions` regions and `circuits` circuits: a random spanning
 * tree plus random chords (so some failures disconnect and most do not), cloud regions and
 * data centres scattered over the inhabited latitudes, measured RTTs from the distance, and
 * `services` services with 2–3 placements and users in 8 regions each.
 */
export function generateBenchDesign(regions: number, circuits: number, services: number, seed: number): Design {
  const rnd = createRandom(seed);
  const pick = (n: number) => Math.floor(rnd.next() * n) % n;
  const regs = Array.from({ length: regions }, (_, i) => ({
    id: `r${i}`,
    name: `Region ${i}`,
    kind: (i % 4 === 0 ? 'datacenter' : 'cloud-region') as 'datacenter' | 'cloud-region',
    provider: (['aws', 'azure', 'gcp', 'onprem'] as const)[i % 4]!,
    location: { lat: -40 + rnd.next() * 100, lon: -180 + rnd.next() * 360 },
  }));
  const seen = new Set<string>();
  const cs: Design['circuits'] = [];
  const add = (a: number, b: number) => {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) return false;
    seen.add(key);
    const la = regs[a]!.location;
    const lb = regs[b]!.location;
    const km = Math.hypot(la.lat - lb.lat, (la.lon - lb.lon) * Math.cos(((la.lat + lb.lat) / 360) * Math.PI)) * 111;
    cs.push({ id: `c${cs.length}`, from: `r${a}`, to: `r${b}`, type: 'mpls', bandwidthMbps: 1000, latencyMs: Math.round((km / 100 + 2) * 100) / 100 });
    return true;
  };
  for (let i = 1; i < regions; i++) add(i, pick(i));
  while (cs.length < circuits) add(pick(regions), pick(regions));
  const svcs: Design['services'] = Array.from({ length: services }, (_, s) => {
    const count = 2 + (s % 2);
    const placements = [...new Set(Array.from({ length: count }, () => `r${pick(regions)}`))];
    const users: Record<string, number> = {};
    for (let k = 0; k < 8; k++) users[`r${pick(regions)}`] = 0.125;
    return {
      id: `svc${s}`,
      name: `Service ${s}`,
      kind: 'api',
      placements,
      topology: placements.length > 1 ? 'active-active' : 'single',
      failover: { mechanism: 'dns', healthCheckIntervalSeconds: 10, failureThreshold: 3, dnsTtlSeconds: 60 },
      objectives: { rtoSeconds: 300, availabilityPercent: 99.9 },
      load: { users },
    };
  });
  return { schemaVersion: 1, name: `bench ${regions}/${circuits}`, regions: regs, circuits: cs, services: svcs };
}

/** The model as plain JSON for the Python peers: the same graph, rates and services. */
function exportModel(model: SimModel): string {
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

function python(script: string, args: string[]): Record<string, number> | { error: string } {
  if (!existsSync(PYTHON)) return { error: `${PYTHON} not found` };
  try {
    const out = execFileSync(PYTHON, [join(peers, script), ...args], { encoding: 'utf8', maxBuffer: 1 << 26, timeout: 900_000 });
    return JSON.parse(out.trim().split('\n').pop()!);
  } catch (err) {
    return { error: String((err as Error).message).split('\n')[0]! };
  }
}

/** CPU time of the best run, ms, measured with the wall time (machines running other work inflate the wall time). */
let lastCpuMs = 0;
function timeBest(runs: number, fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    const wall = performance.now() - t0;
    if (wall < best) {
      best = wall;
      const c = process.cpuUsage(c0);
      lastCpuMs = (c.user + c.system) / 1000;
    }
  }
  return best;
}

export interface BenchFigure {
  name: string;
  ms: number;
  [key: string]: number | string;
}

/** Runs every simulation benchmark; returns one figure per benchmark. */
export async function runSimulateBenchmarks(log: (line: string) => void = () => {}): Promise<BenchFigure[]> {
  const catalog = getCatalog();
  const figures: BenchFigure[] = [];
  const tmp = mkdtempSync(join(tmpdir(), 'netstudio-bench-sim-'));

  const small = buildSimModel(generateBenchDesign(200, 600, 12, 2026), catalog);
  const smallJson = join(tmp, 'model-200.json');
  writeFileSync(smallJson, exportModel(small));
  const warm = sweepFailures(small, 'n1'); // warm-up (JIT), and the cross-check figure
  const availableOutcomes = warm.worst.reduce((a, w) => a + warm.scenarioCount - w.unavailableScenarios, 0);
  const n1 = timeBest(5, () => sweepFailures(small, 'n1'));
  log(`n-1 sweep 200/600: ${n1.toFixed(1)} ms`);
  const nx = python('simulate_sweep_networkx.py', [smallJson]);
  const ig = python('simulate_sweep_igraph.py', [smallJson]);
  const ratio = (peer: Record<string, number> | { error: string }) => ('error' in peer ? String(peer.error) : Number((peer.ms! / n1).toFixed(1)));
  figures.push({
    name: 'n-1 sweep 200/600',
    ms: Number(n1.toFixed(2)),
    cpuMs: Number(lastCpuMs.toFixed(2)),
    scenarios: small.graph.nodeCount + small.graph.edgeCount,
    roots: small.roots.length,
    availableOutcomes,
    peerAvailableOutcomes: 'error' in nx ? -1 : nx.availableOutcomes!,
    networkxMs: 'error' in nx ? -1 : Number(nx.ms!.toFixed(0)),
    igraphMs: 'error' in ig ? -1 : Number(ig.ms!.toFixed(0)),
    vsNetworkx: ratio(nx),
    vsIgraph: ratio(ig),
  });

  const n2 = timeBest(1, () => sweepFailures(small, 'n2'));
  log(`n-2 sweep 200/600: ${n2.toFixed(0)} ms`);
  figures.push({ name: 'n-2 sweep 200/600', ms: Number(n2.toFixed(0)), cpuMs: Number(lastCpuMs.toFixed(0)), scenarios: (800 * 799) / 2 });

  const big = buildSimModel(generateBenchDesign(1000, 3000, 30, 7), catalog);
  sweepFailures(big, 'n1');
  const n1big = timeBest(3, () => sweepFailures(big, 'n1'));
  log(`n-1 sweep 1000/3000: ${n1big.toFixed(0)} ms`);
  figures.push({ name: 'n-1 sweep 1000/3000', ms: Number(n1big.toFixed(1)), cpuMs: Number(lastCpuMs.toFixed(1)), scenarios: 4000, roots: big.roots.length });

  // The Monte Carlo figure: the same 200/600 network with four connectivity-based services
  // (2–3 placements, users in 8 regions each), the Python reference on the same model.
  const mcModel = buildSimModel(generateBenchDesign(200, 600, MC_SERVICES, 2026), catalog);
  const mcJson = join(tmp, 'model-200-mc.json');
  writeFileSync(mcJson, exportModel(mcModel));
  const years = 2000;
  simulateAvailability(mcModel, { years: 100, seed: 1 });
  let events = 0;
  const mc = timeBest(3, () => {
    events = simulateAvailability(mcModel, { years, seed: 1 }).events;
  });
  const mcCpuMs = lastCpuMs;
  const yearsPerSecond = years / (mc / 1000);
  const py = python('simulate_montecarlo.py', [mcJson, '100', '1']);
  const pyYps = 'error' in py ? NaN : py.yearsPerSecond!;
  const pyCpuYps = 'error' in py ? NaN : py.years! / py.cpuSeconds!;
  log(`monte-carlo 600: ${yearsPerSecond.toFixed(0)} years/s (python ${pyYps.toFixed(1)} years/s)`);
  figures.push({
    name: 'monte-carlo 600',
    ms: Number(mc.toFixed(1)),
    cpuMs: Number(mcCpuMs.toFixed(1)),
    services: MC_SERVICES,
    years,
    events,
    yearsPerSecond: Number(yearsPerSecond.toFixed(0)),
    cpuYearsPerSecond: Number((years / (mcCpuMs / 1000)).toFixed(0)),
    pythonYearsPerSecond: Number.isFinite(pyYps) ? Number(pyYps.toFixed(1)) : -1,
    vsPython: Number.isFinite(pyYps) ? Number((yearsPerSecond / pyYps).toFixed(1)) : 'error' in py ? py.error : 'n/a',
    vsPythonCpu: Number.isFinite(pyCpuYps) ? Number((years / (mcCpuMs / 1000) / pyCpuYps).toFixed(1)) : -1,
  });
  return figures;
}

/** Benchmarks for bench/run.ts: one entry per figure name. */
export default { name: 'simulate', run: runSimulateBenchmarks };

if (process.argv[1] && /simulate\.bench\.ts$/.test(process.argv[1])) {
  const json = process.argv.includes('--json');
  void runSimulateBenchmarks(json ? () => {} : (l) => process.stderr.write(`${l}\n`)).then((figs) => {
    for (const f of figs) process.stdout.write(json ? `${JSON.stringify(f)}\n` : `${Object.entries(f).map(([k, v]) => `${k}=${v}`).join('  ')}\n`);
  });
}
