/**
 * replication-bandwidth: replication needs more bandwidth (write rate × 8) than it has
 * (its reserved bandwidth, else the narrowest circuit on the path to the replica), so the
 * replica falls further behind without bound.
 */
import type { Finding, Rule } from './types.ts';

export const replicationBandwidth: Rule = {
  id: 'replication-bandwidth',
  severity: 'error',
  title: 'Replication bandwidth below the write rate',
  check(ctx) {
    const out: Finding[] = [];
    const model = ctx.model();
    const routes = ctx.routes();
    for (const s of model.services) {
      if (s.writeMbps <= 0 || s.replicationMode === 'none' || s.replicationMode === 'stateless' || s.placements.length < 2) continue;
      const from = Math.max(0, s.placements.indexOf(s.primary));
      const path = routes.replicaPaths[s.index]![from];
      if (!path || path.target < 0) continue;
      const have = s.replicationBandwidthMbps ?? path.bottleneckMbps;
      if (s.writeMbps <= have) continue;
      const to = model.graph.nodeIds[s.placements[path.target]!]!;
      out.push({
        rule: this.id,
        severity: this.severity,
        message: `${s.id} writes ${s.writeMbps} Mbps but replication to ${to} has ${have} Mbps${s.replicationBandwidthMbps === undefined ? ' (narrowest circuit on the path)' : ''}: the replica falls behind without bound`,
        elements: [s.id, to],
        hint: `give replication at least ${Math.ceil(s.writeMbps)} Mbps (a bigger circuit or replication.bandwidthMbps), or compress writes`,
      });
    }
    return out;
  },
};
