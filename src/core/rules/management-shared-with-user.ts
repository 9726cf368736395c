/**
 * management-shared-with-user: management traffic shares a trust zone with user traffic —
 * a user segment may open flows into a management segment, the two share a CIDR, or a
 * user-facing service (one with users, or a web/CDN/load-balancer/DNS service) sits in a
 * management segment.
 */
import type { Finding, Rule } from './types.ts';
import { cidrRange } from './overlapping-cidr.ts';

const USER_FACING = new Set(['web', 'cdn', 'load-balancer', 'dns']);

export const managementSharedWithUser: Rule = {
  id: 'management-shared-with-user',
  severity: 'error',
  title: 'Management traffic sharing a segment with user traffic',
  check(ctx) {
    const out: Finding[] = [];
    const segs = ctx.design.segments ?? [];
    const mgmt = segs.filter((s) => s.kind === 'management');
    if (mgmt.length === 0) return out;
    const mgmtIds = new Set(mgmt.map((s) => s.id));
    for (const u of segs.filter((s) => s.kind === 'user')) {
      for (const f of u.allow ?? []) {
        if (!mgmtIds.has(f.to)) continue;
        out.push({
          rule: this.id,
          severity: this.severity,
          message: `user segment ${u.id} may open flows into management segment ${f.to}`,
          elements: [u.id, f.to],
          hint: 'only management hosts (jump hosts, admin workstations in the management segment) should reach it; remove the flow',
        });
      }
      if (!u.cidr) continue;
      for (const m of mgmt) {
        if (!m.cidr) continue;
        const a = cidrRange(u.cidr);
        const b = cidrRange(m.cidr);
        if (a[0] <= b[1] && b[0] <= a[1]) {
          out.push({
            rule: this.id,
            severity: this.severity,
            message: `user segment ${u.id} (${u.cidr}) and management segment ${m.id} (${m.cidr}) share addresses`,
            elements: [u.id, m.id],
            hint: 'give management its own block (and VLAN/VRF)',
          });
        }
      }
    }
    for (const s of ctx.design.services) {
      if (!s.segment || !mgmtIds.has(s.segment)) continue;
      const userFacing = USER_FACING.has(s.kind) || Object.keys(s.load?.users ?? {}).length > 0;
      if (!userFacing) continue;
      out.push({
        rule: this.id,
        severity: this.severity,
        message: `user-facing service ${s.id} sits in management segment ${s.segment}`,
        elements: [s.id, s.segment],
        hint: 'move the service to an application or DMZ segment; keep management for device and platform administration',
      });
    }
    return out;
  },
};
