/**
 * Estimate benchmarks: all-pairs lowest-latency paths on the generated 200/600 and
 * 1000/3000 designs against networkx and python-igraph on the same graphs (run in the same
 * `npm run bench`, Debian's /usr/bin/python3), and a full `estimateDesign` of the 200/600
 * sample. A benchmark, not a test: it prints figures; tests assert correctness.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getCatalog } from '../src/core/catalog/index.ts';
import { parseDesign, type Design } from '../src/core/model/index.ts';
import { allPairsShortestPaths } from '../src/core/graph/paths.ts';
import type { Graph } from '../src/core/graph/graph.ts';
import { buildDesignGraph, estimateDesign, estimateLinkLatencies, locateRegions } from '../src/core/estimate/index.ts';
import { generateLargeDesign } from '../scripts/generate-large.ts';
import type { Bench, BenchContext, BenchResult } from './types.ts';

const PEER_SCRIPT = join(process.cwd(), 'bench', 'peers', 'allpairs.py');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Median wall time and median process CPU time of `runs` calls, ms, after warm-up calls (at
 * least 5 and at least 200 ms' worth, at most 100): V8 is still compiling the hot loops
 * during the first few calls (on its own threads, which process CPU time counts), and the
 * steady state is what a long-running studio sees. The Python peers get a warm-up call too.
 */
function timeMedian(runs: number, fn: () => void): { ms: number; cpuMs: number } {
  const warmStart = performance.now();
  for (let i = 0; i < 5 || (i < 100 && performance.now() - warmStart < 200); i++) fn();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ms: median(times), cpuMs: median(cpu) };
}

function designGraph(design: Design): Graph {
  const catalog = getCatalog();
  const findings: never[] = [];
  const links = estimateLinkLatencies(design, catalog, locateRegions(design, catalog, findings), findings);
  return buildDesignGraph(design, catalog, links).graph;
}

interface PeerResult {
  peer?: string;
  ms?: number;
  cpuMs?: number;
  runs?: number;
  checksum?: number;
  pairs?: number;
  error?: string;
}

function runPeer(ctx: BenchContext, which: 'networkx' | 'igraph', file: string, runs: number): PeerResult {
  if (!existsSync(ctx.python)) return { error: `${ctx.python} not found` };
  try {
    const out = execFileSync(ctx.python, [PEER_SCRIPT, which, file, String(runs)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000 });
    return JSON.parse(out.trim().split('\n').at(-1)!) as PeerResult;
  } catch (err) {
    return { error: `${which} failed: ${(err as Error).message.split('\n')[0]}` };
  }
}

async function allPairsBench(ctx: BenchContext, label: string, design: Design, nxRuns: number): Promise<BenchResult> {
  const graph = designGraph(design);
  const file = join(ctx.tmpDir, `graph-${graph.nodeCount}.json`);
  const edges: [number, number, number][] = [];
  for (let e = 0; e < graph.edgeCount; e++) edges.push([graph.edgeFrom[e]!, graph.edgeTo[e]!, graph.edgeWeight[e]!]);
  writeFileSync(file, JSON.stringify({ n: graph.nodeCount, transit: Array.from(graph.nodeTransit), edges }));

  let ap = allPairsShortestPaths(graph);
  const ours = timeMedian(7, () => {
    ap = allPairsShortestPaths(graph);
  });
  const ourMs = ours.ms;
  let checksum = 0;
  let pairs = 0;
  const n = graph.nodeCount;
  for (let s = 0; s < n; s++)
    for (let t = 0; t < n; t++) {
      const d = ap.dist[s * n + t]!;
      if (s !== t && Number.isFinite(d)) {
        checksum += d;
        pairs++;
      }
    }
  ctx.log(`${label}: ours ${ourMs.toFixed(2)} ms (${graph.nodeCount} nodes, ${graph.edgeCount} edges, ${pairs} reachable pairs)`);
  const result: BenchResult = { name: label, ms: Number(ourMs.toFixed(3)), cpuMs: Number(ours.cpuMs.toFixed(3)), nodes: graph.nodeCount, edges: graph.edgeCount, pairs };
  for (const [which, runs] of [
    ['networkx', nxRuns],
    ['igraph', 5],
  ] as const) {
    const peer = runPeer(ctx, which, file, runs);
    const key = which === 'networkx' ? 'vsNetworkx' : 'vsIgraph';
    if (peer.error || peer.ms === undefined) {
      ctx.log(`${label}: ${which} unavailable: ${peer.error}`);
      result[`${which}Error`] = peer.error ?? 'no result';
      continue;
    }
    const agree = peer.pairs === pairs && Math.abs((peer.checksum ?? NaN) - checksum) <= 1e-6 * Math.max(1, Math.abs(checksum));
    if (!agree) {
      ctx.log(`${label}: ${which} disagrees with our distances (pairs ${peer.pairs} vs ${pairs}, checksum ${peer.checksum} vs ${checksum}); no ratio reported`);
      result[`${which}Error`] = 'results differ';
      continue;
    }
    result[`${which}Ms`] = Number(peer.ms.toFixed(2));
    result[key] = Number((peer.ms / ourMs).toFixed(2));
    if (peer.cpuMs !== undefined) {
      // CPU-time ratio: steadier than wall time when other jobs share the machine.
      result[`${which}CpuMs`] = Number(peer.cpuMs.toFixed(2));
      result[`${key}Cpu`] = Number((peer.cpuMs / Math.max(0.001, ours.cpuMs)).toFixed(2));
    }
    ctx.log(`${label}: ${peer.peer} ${peer.ms.toFixed(1)} ms wall, ${peer.cpuMs?.toFixed(1)} ms CPU (median of ${peer.runs}), same distances; ratio ${(peer.ms / ourMs).toFixed(1)}× wall, ${result[`${key}Cpu`]}× CPU`);
  }
  return result;
}

function sample200(): Design {
  const file = join(process.cwd(), 'samples', 'large-generated.netstudio.yaml');
  if (existsSync(file)) {
    const parsed = parseDesign(readFileSync(file, 'utf8'));
    if (parsed.design) return parsed.design;
  }
  return generateLargeDesign({ regions: 200, circuits: 600, services: 100, seed: 42 });
}

export const benches: Bench[] = [
  { name: 'all-pairs 200/600', run: (ctx) => allPairsBench(ctx, 'all-pairs 200/600', sample200(), 5) },
  {
    name: 'all-pairs 1000/3000',
    run: (ctx) => allPairsBench(ctx, 'all-pairs 1000/3000', generateLargeDesign({ regions: 1000, circuits: 3000, services: 300, seed: 7 }), 1),
  },
  {
    name: 'estimate 200/600',
    run: async (ctx) => {
      const design = sample200();
      const catalog = getCatalog();
      let latencyPairs = 0;
      const t = timeMedian(7, () => {
        latencyPairs = estimateDesign(design, catalog).latency.length;
      });
      ctx.log(`estimate 200/600: ${t.ms.toFixed(1)} ms wall, ${t.cpuMs.toFixed(1)} ms CPU (goal < 200 ms), ${latencyPairs} latency pairs`);
      return { name: 'estimate 200/600', ms: Number(t.ms.toFixed(2)), cpuMs: Number(t.cpuMs.toFixed(2)), goalMs: 200, latencyPairs };
    },
  },
];
