/**
 * latency-below-floor: a circuit's measured latencyMs is below the physical floor, the
 * round trip of light in fibre along the great circle between its ends (c / 1.468).
 */
import { fibreFloorRttMs } from '../latency/geo.ts';
import { locateRegion } from '../simulate/model.ts';
import type { Finding, Rule } from './types.ts';

export const latencyBelowFloor: Rule = {
  id: 'latency-below-floor',
  severity: 'error',
  title: 'Measured circuit latency below the fibre floor',
  check(ctx) {
    const out: Finding[] = [];
    const regions = new Map(ctx.design.regions.map((r) => [r.id, r] as const));
    for (const c of ctx.design.circuits) {
      if (c.latencyMs === undefined) continue;
      const a = regions.get(c.from);
      const b = regions.get(c.to);
      const la = a && locateRegion(a, ctx.catalog);
      const lb = b && locateRegion(b, ctx.catalog);
      if (!la || !lb) continue;
      const floor = fibreFloorRttMs(la, lb);
      if (c.latencyMs >= floor) continue;
      out.push({
        rule: this.id,
        severity: this.severity,
        message: `circuit ${c.id} claims ${c.latencyMs} ms RTT, but light in fibre needs at least ${floor.toFixed(1)} ms between ${c.from} and ${c.to}`,
        elements: [c.id],
        hint: 'check the measurement (one-way instead of round trip?) and the regions’ locations',
      });
    }
    return out;
  },
};
