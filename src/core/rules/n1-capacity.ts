/**
 * n1-capacity: a single failure leaves too little capacity. Two checks:
 * - services: an active-active service whose surviving placements (capacityRps each)
 *   cannot carry its requests/s after losing any one placement;
 * - circuits: demands (and replication write traffic) re-routed on lowest-RTT paths after
 *   any single region or circuit failure overload a circuit (load per direction above
 *   its bandwidth).
 */
import { buildRepairableTree, TreeRepairer } from '../simulate/repair.ts';
import type { Finding, Rule } from './types.ts';

interface Flow {
  from: number;
  to: number;
  mbps: number;
}

export const n1Capacity: Rule = {
  id: 'n1-capacity',
  severity: 'warning',
  title: 'Capacity shortfall after a single failure (service instances or circuits)',
  check(ctx) {
    const out: Finding[] = [];
    const model = ctx.model();
    for (const s of model.services) {
      const cap = s.service.capacityRps;
      const rps = s.service.load?.requestsPerSecond;
      if (!cap || !rps || s.topology !== 'active-active') continue;
      const n = new Set(s.placements).size;
      if (n * cap < rps) {
        out.push({
          rule: this.id,
          severity: 'error',
          message: `${s.id}: ${n} placements × ${cap} req/s = ${n * cap} req/s, below its ${rps} req/s even with nothing failed`,
          elements: [s.id],
          hint: `raise capacityRps or add placements: it needs ${Math.ceil(rps / cap)} of them`,
        });
      } else if ((n - 1) * cap < rps) {
        out.push({
          rule: this.id,
          severity: this.severity,
          message: `${s.id}: after losing one of its ${n} placements the other ${n - 1} carry ${(n - 1) * cap} req/s, below its ${rps} req/s`,
          elements: [s.id],
          hint: `size each placement for ${Math.ceil(rps / Math.max(1, n - 1))} req/s, or add a placement`,
        });
      }
    }

    // Circuit load after each single failure.
    const g = model.graph;
    const flows: Flow[] = [];
    for (const d of ctx.design.demands ?? []) {
      const a = g.nodeIndex.get(d.from);
      const b = g.nodeIndex.get(d.to);
      if (a !== undefined && b !== undefined && a !== b && d.mbps > 0) flows.push({ from: a, to: b, mbps: d.mbps });
    }
    const routes = ctx.routes();
    for (const s of model.services) {
      if (s.writeMbps <= 0 || s.replicationMode === 'none' || s.replicationMode === 'stateless') continue;
      const from = Math.max(0, s.placements.indexOf(s.primary));
      const path = routes.replicaPaths[s.index]![from];
      if (path && path.target >= 0 && s.placements[from] !== s.placements[path.target]) {
        flows.push({ from: s.placements[from]!, to: s.placements[path.target]!, mbps: s.writeMbps });
      }
    }
    if (flows.length === 0 || g.edgeCount === 0) return out;
    const sources = [...new Set(flows.map((f) => f.from))];
    const trees = sources.map((src) => buildRepairableTree(g, src));
    const bySource = sources.map((src) => flows.filter((f) => f.from === src));
    const repairer = new TreeRepairer(g);
    const load = new Float64Array(2 * g.edgeCount);
    const nodeMask = new Uint8Array(g.nodeCount);
    const edgeMask = new Uint8Array(g.edgeCount);
    const worst = new Map<number, { ratio: number; cause: string; mbps: number }>();
    const evaluate = (cause: string, nodes: number[], edges: number[]) => {
      load.fill(0);
      trees.forEach((t, k) => {
        repairer.repair(t, edges, nodes, edgeMask, nodeMask);
        repairer.materialize();
        for (const f of bySource[k]!) {
          if (nodeMask[f.to] || repairer.dist[f.to] === Infinity) continue;
          for (let v = f.to; repairer.predEdge[v]! >= 0; v = repairer.predNode[v]!) {
            const e = repairer.predEdge[v]!;
            const forward = g.edgeFrom[e] === repairer.predNode[v] ? 0 : 1;
            load[2 * e + forward]! += f.mbps;
          }
        }
      });
      for (let e = 0; e < g.edgeCount; e++) {
        const mbps = Math.max(load[2 * e]!, load[2 * e + 1]!);
        const ratio = mbps / model.circuits[e]!.bandwidthMbps;
        if (ratio > 1 && ratio > (worst.get(e)?.ratio ?? 0)) worst.set(e, { ratio, cause, mbps });
      }
    };
    evaluate('with nothing failed', [], []);
    for (let u = 0; u < g.nodeCount; u++) {
      nodeMask[u] = 1;
      evaluate(`after losing ${g.nodeIds[u]}`, [u], []);
      nodeMask[u] = 0;
    }
    for (let e = 0; e < g.edgeCount; e++) {
      edgeMask[e] = 1;
      evaluate(`after losing ${g.edgeIds[e]}`, [], [e]);
      edgeMask[e] = 0;
    }
    for (const [e, w] of [...worst.entries()].sort((a, b) => a[0] - b[0])) {
      const c = model.circuits[e]!;
      out.push({
        rule: this.id,
        severity: this.severity,
        message: `circuit ${c.id} carries ${w.mbps.toFixed(0)} Mbps of demands and replication ${w.cause}, ${(w.ratio * 100).toFixed(0)}% of its ${c.bandwidthMbps} Mbps`,
        elements: [c.id],
        hint: `raise ${c.id} to at least ${Math.ceil(w.mbps)} Mbps, or add a parallel path so the load can split`,
      });
    }
    return out;
  },
};
