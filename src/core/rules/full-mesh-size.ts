/**
 * full-mesh-size: regions peered as a full mesh past a size. n regions need n·(n−1)/2
 * peerings; past a handful a transit hub (transit gateway, virtual WAN) is simpler.
 */
import type { Rule } from './types.ts';

/** Largest full mesh accepted without a finding (5 regions = 10 peerings). */
export const FULL_MESH_MAX_REGIONS = 5;

export const fullMeshSize: Rule = {
  id: 'full-mesh-size',
  severity: 'warning',
  title: `Full mesh of more than ${FULL_MESH_MAX_REGIONS} regions (n·(n−1)/2 peerings)`,
  check(ctx) {
    const g = ctx.model().graph;
    const adj: Set<number>[] = Array.from({ length: g.nodeCount }, () => new Set<number>());
    for (let e = 0; e < g.edgeCount; e++) {
      adj[g.edgeFrom[e]!]!.add(g.edgeTo[e]!);
      adj[g.edgeTo[e]!]!.add(g.edgeFrom[e]!);
    }
    // Greedy clique: from each region, keep neighbours adjacent to everything kept so far.
    let best: number[] = [];
    for (let u = 0; u < g.nodeCount; u++) {
      if (adj[u]!.size < FULL_MESH_MAX_REGIONS) continue;
      const clique = [u];
      const cands = [...adj[u]!].sort((a, b) => adj[b]!.size - adj[a]!.size || a - b);
      for (const v of cands) if (clique.every((w) => adj[w]!.has(v))) clique.push(v);
      if (clique.length > best.length) best = clique;
    }
    if (best.length <= FULL_MESH_MAX_REGIONS) return [];
    const n = best.length;
    const ids = best.map((u) => g.nodeIds[u]!).sort();
    return [
      {
        rule: this.id,
        severity: this.severity,
        message: `${n} regions are fully meshed: ${(n * (n - 1)) / 2} peerings to build, secure and route (${ids.join(', ')})`,
        elements: ids,
        hint: 'connect them through a transit hub (AWS Transit Gateway, Azure Virtual WAN, Google NCC) or two, instead of peering every pair',
      },
    ];
  },
};
