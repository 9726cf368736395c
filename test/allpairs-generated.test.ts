import { describe, expect, it } from 'vitest';
import { generateLargeDesign } from '../scripts/generate-large.ts';
import { getCatalog } from '../src/core/catalog/index.ts';
import { buildDesignGraph, estimateLinkLatencies, locateRegions } from '../src/core/estimate/index.ts';
import { allPairsShortestPaths, shortestPathTree } from '../src/core/graph/paths.ts';

describe('all-pairs routes on a generated design', () => {
  it('equal a heap Dijkstra from every region, bit for bit, with and without a failed circuit and region', () => {
    const design = generateLargeDesign({ regions: 120, circuits: 360, services: 20, seed: 11 });
    const catalog = getCatalog();
    const links = estimateLinkLatencies(design, catalog, locateRegions(design, catalog, []), []);
    const g = buildDesignGraph(design, catalog, links).graph;
    const n = g.nodeCount;
    const failedEdges = new Uint8Array(g.edgeCount);
    failedEdges[0] = 1;
    const failedNodes = new Uint8Array(n);
    failedNodes[n - 1] = 1;
    for (const [edges, nodes] of [[undefined, undefined], [failedEdges, failedNodes]] as const) {
      const ap = allPairsShortestPaths(g, edges, nodes);
      let mismatches = 0;
      for (let s = 0; s < n; s++) {
        const tree = shortestPathTree(g, s, edges, nodes);
        for (let t = 0; t < n; t++) if (!Object.is(ap.dist[s * n + t], tree.dist[t])) mismatches++;
      }
      expect(mismatches).toBe(0);
    }
  });
});
