/**
 * dns-ttl-exceeds-rto: a DNS-failover service whose detection time plus DNS TTL already
 * exceeds its RTO objective, so no failover can meet it.
 */
import type { Finding, Rule } from './types.ts';

export const dnsTtlExceedsRto: Rule = {
  id: 'dns-ttl-exceeds-rto',
  severity: 'error',
  title: 'DNS TTL longer than what the RTO leaves after detection',
  check(ctx) {
    const out: Finding[] = [];
    for (const s of ctx.model().services) {
      const rto = s.service.objectives?.rtoSeconds;
      if (rto === undefined || s.rto.mechanism !== 'dns' || s.placements.length < 2) continue;
      const detection = s.rto.healthCheckIntervalSeconds.value * s.rto.failureThreshold.value;
      const ttl = s.rto.propagationSeconds.value;
      if (detection + ttl <= rto) continue;
      out.push({
        rule: this.id,
        severity: this.severity,
        message: `${s.id}: detection ${detection} s + DNS TTL ${ttl} s = ${detection + ttl} s, above the ${rto} s RTO`,
        elements: [s.id],
        hint: `lower dnsTtlSeconds to at most ${Math.max(0, rto - detection)} s, check health faster, or use anycast or a global load balancer`,
      });
    }
    return out;
  },
};
