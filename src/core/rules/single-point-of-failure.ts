/**
 * single-point-of-failure: a region or circuit whose loss alone cuts some service's users
 * off from every placement — the bridges and articulation points of the network that
 * matter to a service (a cut that strands no user of any service is not reported).
 */
import { connectedComponents } from '../graph/connectivity.ts';
import { findCutElements } from '../graph/connectivity.ts';
import type { Finding, Rule } from './types.ts';

export const singlePointOfFailure: Rule = {
  id: 'single-point-of-failure',
  severity: 'warning',
  title: 'A region or circuit whose loss alone cuts a service’s users off from every placement',
  check(ctx) {
    const model = ctx.model();
    const g = model.graph;
    if (g.nodeCount === 0) return [];
    const cuts = findCutElements(g);
    const out: Finding[] = [];
    const probe = (what: 'region' | 'circuit', index: number) => {
      const nodeMask = new Uint8Array(g.nodeCount);
      const edgeMask = new Uint8Array(g.edgeCount);
      if (what === 'region') nodeMask[index] = 1;
      else edgeMask[index] = 1;
      const comp = connectedComponents(g, edgeMask, nodeMask).componentOf;
      const stranded: string[] = [];
      const services: string[] = [];
      for (const s of model.services) {
        const live = s.placements.filter((p) => !nodeMask[p]);
        if (live.length === 0) continue; // a placement's own region failing is a redundancy question, not a path one
        let hit = false;
        s.userNodes.forEach((u) => {
          if (nodeMask[u]) return;
          if (!live.some((p) => comp[p] === comp[u])) {
            hit = true;
            if (!stranded.includes(g.nodeIds[u]!)) stranded.push(g.nodeIds[u]!);
          }
        });
        if (hit) services.push(s.id);
      }
      if (services.length === 0) return;
      const id = what === 'region' ? g.nodeIds[index]! : g.edgeIds[index]!;
      out.push({
        rule: this.id,
        severity: this.severity,
        message: `losing ${what} ${id} alone cuts ${stranded.join(', ')} off from ${services.join(', ')}`,
        elements: [id, ...services],
        hint:
          what === 'circuit'
            ? `add a second circuit on a diverse path between the regions ${id} joins, or another route around it`
            : `connect the regions behind ${id} to a second region, or place ${services.join(', ')} on their side as well`,
      });
    };
    for (const u of cuts.articulationPoints) probe('region', u);
    for (const e of cuts.bridges) probe('circuit', e);
    return out;
  },
};
