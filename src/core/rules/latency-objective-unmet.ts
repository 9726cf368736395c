/** latency-objective-unmet: with nothing failed, users already see a p95 RTT above the service's objective. */
import type { Finding, Rule } from './types.ts';

export const latencyObjectiveUnmet: Rule = {
  id: 'latency-objective-unmet',
  severity: 'error',
  title: 'Latency objective not met even with nothing failed',
  check(ctx) {
    const out: Finding[] = [];
    const intact = ctx.intact();
    for (const s of ctx.model().services) {
      const target = s.service.objectives?.latencyP95Ms;
      if (target === undefined) continue;
      const o = intact[s.index]!;
      if (o.latencyP95Ms !== null && o.latencyP95Ms > target) {
        out.push({
          rule: this.id,
          severity: this.severity,
          message: `${s.id}: users see ${o.latencyP95Ms.toFixed(1)} ms (p95 RTT to their serving region), above the ${target} ms objective`,
          elements: [s.id],
          hint: 'place the service closer to its users, add a placement near the slow regions, or use a lower-latency circuit type',
        });
      }
      if (o.syncWriteAddedMs !== undefined && o.syncWriteAddedMs > target) {
        out.push({
          rule: this.id,
          severity: this.severity,
          message: `${s.id}: synchronous replication adds ${o.syncWriteAddedMs.toFixed(1)} ms to every write, above the ${target} ms objective`,
          elements: [s.id],
          hint: 'replicate asynchronously to distant regions, or keep the synchronous replica in the same metro',
        });
      }
    }
    return out;
  },
};
