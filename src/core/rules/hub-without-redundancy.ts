/**
 * hub-without-redundancy: a hub (a region that at least two single-homed spokes hang off)
 * with no second hub those spokes could fail over to.
 */
import type { Finding, Rule } from './types.ts';

/** Spokes needed before a region counts as a hub. */
export const HUB_MIN_SPOKES = 2;

export const hubWithoutRedundancy: Rule = {
  id: 'hub-without-redundancy',
  severity: 'warning',
  title: `Hub with ${HUB_MIN_SPOKES}+ single-homed spokes and no redundant hub`,
  check(ctx) {
    const g = ctx.model().graph;
    const neighbours: Set<number>[] = Array.from({ length: g.nodeCount }, () => new Set<number>());
    for (let e = 0; e < g.edgeCount; e++) {
      neighbours[g.edgeFrom[e]!]!.add(g.edgeTo[e]!);
      neighbours[g.edgeTo[e]!]!.add(g.edgeFrom[e]!);
    }
    const out: Finding[] = [];
    for (let h = 0; h < g.nodeCount; h++) {
      // A hub joins at least three regions; a region in the middle of a chain is a plain SPOF.
      if (neighbours[h]!.size < 3) continue;
      const spokes = [...neighbours[h]!].filter((v) => neighbours[v]!.size === 1);
      if (spokes.length < HUB_MIN_SPOKES) continue;
      const ids = spokes.map((v) => g.nodeIds[v]!);
      out.push({
        rule: this.id,
        severity: this.severity,
        message: `${g.nodeIds[h]} is the only hub of ${ids.length} spokes (${ids.join(', ')}): when it fails they are all cut off`,
        elements: [g.nodeIds[h]!, ...ids],
        hint: `add a second hub and dual-home the spokes (a second circuit from each spoke to it)`,
      });
    }
    return out;
  },
};
