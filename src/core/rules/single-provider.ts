/** single-provider: a service with several placements, all on one provider: one provider-wide outage takes them all. */
import type { Finding, Rule } from './types.ts';

export const singleProvider: Rule = {
  id: 'single-provider',
  severity: 'info',
  title: 'Every placement of a redundant service on one provider',
  check(ctx) {
    const out: Finding[] = [];
    const regions = new Map(ctx.design.regions.map((r) => [r.id, r] as const));
    for (const s of ctx.design.services) {
      const placed = [...new Set(s.placements)].map((p) => regions.get(p)).filter((r) => r !== undefined);
      if (placed.length < 2) continue;
      const providers = new Set(placed.map((r) => r.provider));
      if (providers.size !== 1) continue;
      const provider = [...providers][0]!;
      if (provider === 'onprem' || provider === 'other') continue;
      out.push({
        rule: this.id,
        severity: this.severity,
        message: `every placement of ${s.id} is on ${provider}: a provider-wide outage (control plane, DNS, identity) takes all ${placed.length}`,
        elements: [s.id, ...placed.map((r) => r.id)],
        hint: `if the availability objective needs it, add a placement on another provider or on premises (try a providerOutage scenario)`,
      });
    }
    return out;
  },
};
