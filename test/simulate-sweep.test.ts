// N-1/N-2 sweeps: incremental shortest-path-tree repair must give exactly what a full
// recompute gives, including failures that disconnect the graph; worst cases must match a
// brute-force evaluation of every scenario; progress and cancellation work.
import { describe, expect, it } from 'vitest';
import { buildGraph, type Graph } from '../src/core/graph/graph.ts';
import { shortestPathTree } from '../src/core/graph/paths.ts';
import {
  buildRepairableTree,
  buildSimModel,
  createRandom,
  RouteTable,
  ServiceEvaluator,
  SimulationAbortedError,
  sweepFailures,
  sweepState,
  TreeRepairer,
} from '../src/core/simulate/index.ts';
import type { Design } from '../src/core/model/schema.ts';
import { sampleDesign, testCatalog } from './simulate-catalog.ts';
import { generateLargeDesign } from '../scripts/generate-large.ts';

const catalog = testCatalog();

/** A random sparse graph with pendant chains (so many failures disconnect it) and equal-weight ties. */
function randomGraph(seed: number, n: number, extraEdges: number): Graph {
  const rnd = createRandom(seed);
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, transitMs: Math.floor(rnd.next() * 3) * 0.5 }));
  const edges: { id: string; from: string; to: string; weight: number }[] = [];
  for (let i = 1; i < n; i++) {
    const j = Math.floor(rnd.next() * i);
    edges.push({ id: `t${i}`, from: `n${i}`, to: `n${j}`, weight: 1 + Math.floor(rnd.next() * 4) * 0.1 });
  }
  for (let k = 0; k < extraEdges; k++) {
    const a = Math.floor(rnd.next() * n);
    const b = Math.floor(rnd.next() * n);
    if (a !== b) edges.push({ id: `x${k}`, from: `n${a}`, to: `n${b}`, weight: 1 + Math.floor(rnd.next() * 4) * 0.1 + rnd.next() * 1e-3 });
  }
  return buildGraph(nodes, edges);
}

function sameDistances(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

describe('incremental tree repair', () => {
  it.each([1, 2, 3, 4])('equals a full recompute bit for bit for every single and double failure (graph %i)', (seed) => {
    const g = randomGraph(seed, 24, 14);
    const repairer = new TreeRepairer(g);
    const nodeMask = new Uint8Array(g.nodeCount);
    const edgeMask = new Uint8Array(g.edgeCount);
    const E = g.nodeCount + g.edgeCount;
    let disconnecting = 0;
    let checked = 0;
    for (const source of [0, 7, 19]) {
      const tree = buildRepairableTree(g, source);
      const flip = (x: number, on: 0 | 1) => (x < g.nodeCount ? (nodeMask[x] = on) : (edgeMask[x - g.nodeCount] = on));
      for (let a = 0; a < E; a++) {
        for (let b = a; b < E; b++) {
          flip(a, 1);
          flip(b, 1);
          const nodes = [a, b].filter((x) => x < g.nodeCount);
          const edges = [a, b].filter((x) => x >= g.nodeCount).map((x) => x - g.nodeCount);
          repairer.repair(tree, [...new Set(edges)], [...new Set(nodes)], edgeMask, nodeMask);
          repairer.materialize();
          const full = shortestPathTree(g, source, edgeMask, nodeMask);
          if (!sameDistances(repairer.dist, full.dist)) {
            throw new Error(`source ${source}, failures ${a},${b}: repaired ${[...repairer.dist]} vs full ${[...full.dist]}`);
          }
          // The repaired predecessors form valid shortest paths.
          for (let v = 0; v < g.nodeCount; v++) {
            const e = repairer.predEdge[v]!;
            if (e < 0) continue;
            const u = repairer.predNode[v]!;
            expect(repairer.dist[u]! + (u === source ? 0 : g.nodeTransit[u]!) + g.edgeWeight[e]!).toBe(repairer.dist[v]);
          }
          if (full.settledCount < g.nodeCount - nodes.length) disconnecting++;
          checked++;
          flip(a, 0);
          flip(b, 0);
        }
      }
    }
    expect(checked).toBeGreaterThan(3000);
    expect(disconnecting).toBeGreaterThan(100);
  });
});

/** Brute force: every scenario evaluated with full recomputes, worst RTO/RPO per service. */
function bruteWorst(design: Design, kind: 'n1' | 'n2') {
  const model = buildSimModel(design, catalog);
  const routes = new RouteTable(model);
  const ev = new ServiceEvaluator(model, routes);
  const n = model.graph.nodeCount;
  const E = n + model.graph.edgeCount;
  const rank = (x: number | null) => (x === null ? Infinity : x);
  const worst = model.services.map(() => ({ rto: -1, rpo: -1, failing: 0, unavailable: 0 }));
  const run = (xs: number[]) => {
    const st = sweepState(model, xs.filter((x) => x < n), xs.filter((x) => x >= n).map((x) => x - n));
    routes.useRecomputed(st);
    ev.evaluate(st, false).forEach((o, i) => {
      worst[i]!.rto = Math.max(worst[i]!.rto, rank(o.rtoSeconds));
      worst[i]!.rpo = Math.max(worst[i]!.rpo, rank(o.rpoSeconds));
      if (!o.ok) worst[i]!.failing++;
      if (!o.available) worst[i]!.unavailable++;
    });
  };
  for (let a = 0; a < E; a++) {
    if (kind === 'n1') run([a]);
    else for (let b = a + 1; b < E; b++) run([a, b]);
  }
  return worst.map((w) => ({ rto: w.rto === Infinity ? null : w.rto, rpo: w.rpo === Infinity ? null : w.rpo, failing: w.failing, unavailable: w.unavailable }));
}

describe('sweeps', () => {
  it.each(['hq-hub-spoke', 'sdwan-eu-regulated', 'multicloud-mesh'])('%s: the N-2 sweep equals brute force', (name) => {
    const design = sampleDesign(name);
    const sweep = sweepFailures(buildSimModel(design, catalog), 'n2');
    const brute = bruteWorst(design, 'n2');
    expect(sweep.worst.map((w) => ({ rto: w.rtoSeconds, rpo: w.rpoSeconds, failing: w.failingScenarios, unavailable: w.unavailableScenarios }))).toEqual(brute);
  });

  it.each([3, 11])('a generated 24-region design (seed %i): N-1 and N-2 equal brute force', (seed) => {
    const design = generateLargeDesign({ regions: 24, circuits: 40, services: 12, seed });
    for (const kind of ['n1', 'n2'] as const) {
      const sweep = sweepFailures(buildSimModel(design, catalog), kind);
      const brute = bruteWorst(design, kind);
      expect(sweep.worst.map((w) => ({ rto: w.rtoSeconds, rpo: w.rpoSeconds, failing: w.failingScenarios, unavailable: w.unavailableScenarios }))).toEqual(brute);
    }
  });

  it('N-1 on the canonical example names the failure behind each worst case', () => {
    const sweep = sweepFailures(buildSimModel(sampleDesign('dual-region-active-active'), catalog), 'n1');
    expect(sweep.scenarioCount).toBe(5);
    const web = sweep.worst.find((w) => w.service === 'web')!;
    expect(web).toMatchObject({ rtoSeconds: 90, scenario: 'aws-use1', meetsRto: true });
  });

  it('reports progress and stops when the signal fires', () => {
    const model = buildSimModel(sampleDesign('sdwan-eu-regulated'), catalog);
    const seen: number[] = [];
    const ac = new AbortController();
    expect(() =>
      sweepFailures(model, 'n2', {
        signal: ac.signal,
        onProgress: (done, total) => {
          seen.push(done);
          expect(total).toBe((34 * 33) / 2); // 15 regions + 19 circuits, every pair
          if (done > 100) ac.abort();
        },
      }),
    ).toThrow(SimulationAbortedError);
    expect(seen[0]).toBe(0);
    expect(seen.length).toBeGreaterThan(2);
  });
});
