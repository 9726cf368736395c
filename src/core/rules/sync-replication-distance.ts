/**
 * sync-replication-distance: synchronous replication between placements more than a few
 * milliseconds apart. Every committed write waits one round trip to the replica.
 */
import type { Finding, Rule } from './types.ts';

/**
 * Largest replica RTT for synchronous replication, ms. 5 ms is about 500 km of fibre:
 * the distance metro or regional synchronous replication products are sold for (e.g.
 * storage-array sync mirroring is specified to about 5 ms RTT).
 */
export const SYNC_REPLICATION_MAX_RTT_MS = 5;

export const syncReplicationDistance: Rule = {
  id: 'sync-replication-distance',
  severity: 'warning',
  title: `Synchronous replication over more than ${SYNC_REPLICATION_MAX_RTT_MS} ms RTT`,
  check(ctx) {
    const out: Finding[] = [];
    const model = ctx.model();
    const routes = ctx.routes();
    for (const s of model.services) {
      if (s.replicationMode !== 'sync') continue;
      const from = Math.max(0, s.placements.indexOf(s.primary));
      const path = routes.replicaPaths[s.index]![from];
      if (!path || path.target < 0 || path.rttMs <= SYNC_REPLICATION_MAX_RTT_MS) continue;
      const a = model.graph.nodeIds[s.placements[from]!]!;
      const b = model.graph.nodeIds[s.placements[path.target]!]!;
      out.push({
        rule: this.id,
        severity: this.severity,
        message:
          path.rttMs === Infinity
            ? `${s.id} replicates synchronously from ${a} to ${b}, but no path joins them`
            : `${s.id} replicates synchronously from ${a} to ${b} at ${path.rttMs.toFixed(1)} ms RTT: every write waits that long`,
        elements: [s.id, a, b],
        hint: `keep synchronous replicas within ${SYNC_REPLICATION_MAX_RTT_MS} ms (same metro), and replicate asynchronously to the distant region`,
      });
    }
    return out;
  },
};
