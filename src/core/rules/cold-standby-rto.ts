/** cold-standby-rto: a cold standby whose start-up alone takes longer than the RTO objective. */
import type { Finding, Rule } from './types.ts';

export const coldStandbyRto: Rule = {
  id: 'cold-standby-rto',
  severity: 'error',
  title: 'Cold standby with an RTO shorter than its start-up',
  check(ctx) {
    const out: Finding[] = [];
    for (const s of ctx.model().services) {
      const rto = s.service.objectives?.rtoSeconds;
      if (rto === undefined || s.rto.standby !== 'cold') continue;
      const start = s.rto.warmUpSeconds.value;
      if (start <= rto) continue;
      out.push({
        rule: this.id,
        severity: this.severity,
        message: `${s.id} has a cold standby that takes ${start} s to start, longer than its ${rto} s RTO`,
        elements: [s.id],
        hint: 'keep a warm or hot standby, or agree a longer RTO',
      });
    }
    return out;
  },
};
